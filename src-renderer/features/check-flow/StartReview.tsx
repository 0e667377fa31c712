import { Alert, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TemplateProposal } from '../../../src-shared/api/check-flow';
import type { InspectionCreateInput } from '../../../src-shared/schemas/inspection';
import type { z } from 'zod';
import { formatDate, formatDateTime } from '../../lib/dates';
import { useUiStore } from '../../store/ui';
import { useFacility } from '../facilities/queries';

interface Props {
  values: z.output<typeof InspectionCreateInput>;
  proposal: TemplateProposal | null;
  templateTitle: string;
  creating: boolean;
  error: string | null;
  onBack(): void;
  onConfirm(): void;
}

/** The step before anything is created: what the new check will be, with its form's size for this facility. */
export function StartReview({ values, proposal, templateTitle, creating, error, onBack, onConfirm }: Props) {
  const { t } = useTranslation('flow');
  const { t: ti } = useTranslation('inspections');
  const language = useUiStore((s) => s.language);
  const facility = useFacility(values.facilityId);
  const rows: [string, string][] = [
    [t('start.facility'), facility.data?.name ?? ''],
    [t('start.kind'), ti(`kinds.${values.kind}`)],
    [t('start.template'), templateTitle],
    ...(proposal ? ([[t('start.form'), t('start.formSize', { sections: proposal.sections, items: proposal.items })]] as [string, string][]) : []),
    [t('start.decision'), [values.decisionNumber, values.decisionDate ? formatDate(values.decisionDate) : null, values.decisionIssuer].filter(Boolean).join(' · ')],
    [t('start.startedAt'), formatDateTime(values.startedAt)],
  ];
  return (
    <Stack gap="md" data-testid="start-review">
      <Title order={3} size="h4">
        {t('start.confirmTitle')}
      </Title>
      <Text size="sm">{t('start.confirmIntro')}</Text>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Table>
        <Table.Tbody>
          {rows.map(([k, v]) => (
            <Table.Tr key={k}>
              <Table.Th scope="row" w="30%">
                {k}
              </Table.Th>
              <Table.Td>{v}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('start.team')}</Table.Th>
            <Table.Td>
              <List size="sm">
                {values.team.map((m, i) => (
                  <List.Item key={i}>{[m.name, m.position, ti(`roles.${m.role}`)].filter(Boolean).join(' — ')}</List.Item>
                ))}
              </List>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {proposal && !proposal.fits && (
        <Alert color="orange">
          {t('start.notFitting')}: {proposal.reason[language]}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onBack}>
          {t('start.back')}
        </Button>
        <Button onClick={onConfirm} loading={creating} data-autofocus>
          {t('start.create')}
        </Button>
      </Group>
    </Stack>
  );
}
