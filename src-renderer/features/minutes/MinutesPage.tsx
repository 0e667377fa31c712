import { Alert, Anchor, Button, Card, Center, Code, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { PageTitle } from '../../components/PageTitle';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { HistoryPanel } from '../audit/HistoryPanel';
import { RejudgePanel } from '../verdicts/RejudgePanel';
import { AmendForm } from './AmendForm';
import { AmendmentList } from './AmendmentList';
import { MinutesBody } from './MinutesBody';
import { MinutesPdfButton } from './MinutesPdfButton';
import { useSignedMinutes } from './queries';

/**
 * The signed minutes, read-only, from the snapshot: the locked state, hash, key fingerprint and
 * whether both still verify, the content, the amendments under it, "Đánh giá lại" beside it and
 * the history of the inspection.
 */
export function MinutesPage({ inspectionId }: { inspectionId?: string }) {
  const params = useParams();
  const id = inspectionId ?? params.id;
  const { t } = useTranslation('minutes');
  const navigate = useNavigate();
  const minutes = useSignedMinutes(id);

  if (minutes.isError) return <Alert color="red">{errorMessage(minutes.error)}</Alert>;
  if (minutes.isPending)
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  if (!minutes.data)
    return (
      <Alert color="gray" title={t('page.notSigned')}>
        <Anchor component={Link} to={`/inspections/${id}`}>
          {t('page.openForm')}
        </Anchor>
      </Alert>
    );
  const m = minutes.data;
  const o = m.original;
  const s = o.snapshot;
  const intact = o.check.hash && o.check.signature;
  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={() => navigate('/inspections')}>
            {t('page.back')}
          </Button>
          <PageTitle>
            {t('page.title')}
            {s.inspection.decisionNumber ? ` — ${s.inspection.decisionNumber}` : ''}
          </PageTitle>
        </Group>
        <Group gap="xs">
          {/* The signed PDF is printed from the snapshot (with its hash), like this page. */}
          <MinutesPdfButton inspectionId={m.inspectionId} />
          <AmendForm inspectionId={m.inspectionId} snapshot={s} />
        </Group>
      </Group>
      <Alert color={intact ? 'teal' : 'red'} icon={<IconLock size={18} />} title={t('page.locked')} data-testid="minutes-locked">
        <Stack gap={4}>
          <Text size="sm">{t('page.lockedText', { at: formatDateTime(o.signedAt), name: o.signerName })}</Text>
          {s.inspection.legacyCompletedAt && <Text size="sm">{t('page.legacy', { at: formatDateTime(s.inspection.legacyCompletedAt) })}</Text>}
          <Text size="sm">
            {t('page.hash')}: <Code data-testid="minutes-hash">{o.sha256}</Code>
          </Text>
          <Text size="sm">
            {t('page.fingerprint')}: <Code data-testid="minutes-fingerprint">{o.fingerprint}</Code>
          </Text>
          <Text size="sm">
            {t('page.device')}: {o.deviceId}
          </Text>
          <Text size="sm" fw={600} data-testid="minutes-check">
            {intact ? t('page.intact') : t('page.broken')}
          </Text>
        </Stack>
      </Alert>
      <MinutesBody s={s} />
      <Card withBorder component="section" aria-labelledby="minutes-amendments">
        <Title order={2} size="h3" id="minutes-amendments" mb="xs">
          {t('amend.title')}
        </Title>
        <AmendmentList amendments={m.amendments} />
      </Card>
      <RejudgePanel inspectionId={m.inspectionId} />
      <HistoryPanel entity="inspection" entityId={m.inspectionId} scope="inspection" />
    </Stack>
  );
}
