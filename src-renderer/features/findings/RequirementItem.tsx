import { ActionIcon, Group, Paper, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconBan, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Requirement } from '../../../src-shared/schemas/requirement';
import { formatDate } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { useSetRequirementStatus } from './queries';
import { RequirementStatusBadge } from './RequirementStatusBadge';

/** One kiến nghị under its finding: text, who, deadline, status; edit, cancel or reopen. */
export function RequirementItem({ requirement: r, readOnly, onEdit }: { requirement: Requirement; readOnly: boolean; onEdit(r: Requirement): void }) {
  const { t } = useTranslation('findings');
  const { t: tc } = useTranslation('common');
  const setStatus = useSetRequirementStatus();
  const change = (status: 'open' | 'cancelled') =>
    setStatus.mutate({ id: r.id, status }, { onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }) });
  return (
    <Paper withBorder p="xs" data-testid="requirement" style={r.overdue ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', textDecoration: r.status === 'cancelled' ? 'line-through' : undefined }}>
            {r.text}
          </Text>
          <Text size="xs" c="dimmed">
            {[r.responsible ? t('requirements.who', { who: r.responsible }) : null, r.deadline ? t('requirements.deadline', { date: formatDate(r.deadline) }) : t('requirements.noDeadline')]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {r.closingNote && (
            <Text size="xs" c="dimmed" fs="italic">
              {r.closingNote}
            </Text>
          )}
        </div>
        <Group gap={4} wrap="nowrap">
          <RequirementStatusBadge requirement={r} />
          {!readOnly && r.status === 'open' && (
            <>
              <Tooltip label={tc('actions.edit')}>
                <ActionIcon variant="subtle" aria-label={tc('actions.edit')} onClick={() => onEdit(r)}>
                  <IconPencil size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('requirements.cancel')}>
                <ActionIcon variant="subtle" color="gray" aria-label={t('requirements.cancel')} onClick={() => change('cancelled')} loading={setStatus.isPending}>
                  <IconBan size={16} />
                </ActionIcon>
              </Tooltip>
            </>
          )}
          {!readOnly && r.status === 'cancelled' && (
            <Tooltip label={t('requirements.reopen')}>
              <ActionIcon variant="subtle" aria-label={t('requirements.reopen')} onClick={() => change('open')} loading={setStatus.isPending}>
                <IconArrowBackUp size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
