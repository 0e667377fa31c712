import { Alert, Button, Card, Collapse, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconHistory } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../src-shared/api/audit';
import { api } from '../../api/client';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';

function shown(v: unknown, empty: string): string {
  if (v === null || v === undefined || v === '') return empty;
  if (typeof v === 'string') return v.length > 120 ? `${v.slice(0, 117)}…` : v;
  const text = JSON.stringify(v);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/**
 * The audit trail of a record (or of an inspection with everything in it), newest first: who,
 * which device, when, field old → new, and the reason where one was given.
 */
export function HistoryPanel({ entity, entityId, scope = 'record' }: { entity: string; entityId: string; scope?: 'record' | 'inspection' }) {
  const { t } = useTranslation('audit');
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const history = useQuery({
    queryKey: ['audit', scope, entity, entityId],
    queryFn: () => api('audit.history', { entity, entityId, scope, limit: 100 }),
    enabled: open,
  });
  return (
    <Card withBorder component="section" aria-label={t('title')}>
      <Button variant="subtle" leftSection={<IconHistory size={16} />} onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={bodyId} justify="flex-start">
        {open ? t('hide') : t('show')}
      </Button>
      <Collapse expanded={open} id={bodyId}>
        <Stack gap="xs" mt="xs">
          <Title order={3} size="h5">
            {t('title')}
          </Title>
          {history.isError && <Alert color="red">{errorMessage(history.error)}</Alert>}
          {history.data && history.data.entries.length === 0 && <Text size="sm">{t('empty')}</Text>}
          {history.data && history.data.entries.length > 0 && (
            <List spacing="xs" listStyleType="none" data-testid="history-list">
              {history.data.entries.map((e) => (
                <HistoryRow key={e.id} entry={e} />
              ))}
            </List>
          )}
          {history.data && history.data.total > history.data.entries.length && (
            <Text size="sm">{t('more', { shown: history.data.entries.length, total: history.data.total })}</Text>
          )}
        </Stack>
      </Collapse>
    </Card>
  );
}

function HistoryRow({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation('audit');
  const action = t(`actions.${entry.action}` as 'actions.create', { defaultValue: entry.action });
  return (
    <List.Item data-testid="history-entry">
      <Text size="sm" fw={600}>
        {formatDateTime(entry.at)} — {action} ({entry.entity})
      </Text>
      <Text size="sm">{t('who', { actor: entry.actor, device: entry.device.slice(0, 8) })}</Text>
      {entry.reason && <Text size="sm">{t('reason', { reason: entry.reason })}</Text>}
      {entry.changes.length > 0 && (
        <List size="sm" withPadding>
          {entry.changes.slice(0, 12).map((c) => (
            <List.Item key={c.field}>
              {c.field}: {shown(c.old, t('empty_value'))} → {shown(c.new, t('empty_value'))}
            </List.Item>
          ))}
        </List>
      )}
    </List.Item>
  );
}
