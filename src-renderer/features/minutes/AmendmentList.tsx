import { Card, Code, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AmendmentSnapshot, SignedRecord } from '../../../src-shared/minutes/snapshot';
import { formatDateTime } from '../../lib/dates';
import { useUiStore } from '../../store/ui';
import { local } from '../verdicts/text';

function text(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Amendments under the original minutes, each with its reason, changes, hash and check. */
export function AmendmentList({ amendments }: { amendments: SignedRecord<AmendmentSnapshot>[] }) {
  const { t } = useTranslation('minutes');
  const language = useUiStore((s) => s.language);
  if (amendments.length === 0) return <Text>{t('amend.none')}</Text>;
  return (
    <Stack>
      {amendments.map((a) => (
        <Card withBorder key={a.seq} component="article" aria-labelledby={`amendment-${a.seq}`} data-testid="amendment">
          <Title order={3} size="h4" id={`amendment-${a.seq}`}>
            {t('amend.number', { seq: a.seq })}
          </Title>
          <Text size="sm">
            {formatDateTime(a.signedAt)} — {a.signerName}
          </Text>
          <Text>
            {t('amend.reason')}: {a.reason}
          </Text>
          {a.snapshot.text && <Text>{a.snapshot.text}</Text>}
          {a.snapshot.changes.length > 0 && (
            <List>
              {a.snapshot.changes.map((c) => (
                <List.Item key={`${c.itemKey}:${c.instanceKey}`}>
                  {local(c.label, language)}
                  {c.instanceLabel ? ` — ${c.instanceLabel}` : ''}: {t('amend.before')} {text(c.before.answer)} → {t('amend.after')} {text(c.after.answer)}
                  {c.after.note && c.after.note !== c.before.note ? ` (${c.after.note})` : ''}
                </List.Item>
              ))}
            </List>
          )}
          <Text size="sm">
            {t('page.hash')}: <Code>{a.sha256}</Code>
          </Text>
          <Text size="sm" fw={600} c={a.check.hash && a.check.signature ? 'teal.9' : 'red.9'}>
            {a.check.hash && a.check.signature ? t('page.intact') : t('page.broken')}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
