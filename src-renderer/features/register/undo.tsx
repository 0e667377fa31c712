import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { askDeleteReason } from '../identity/reason';
import { useRegisterVersion, type RegisterEntity } from './version-store';

/**
 * Delete as a tombstone (it syncs), after asking why, with "Hoàn tác" in the toast that restores it — the same
 * pattern as facilities. Every list of the entity refreshes after either step.
 */
export function useDeleteWithUndo(entity: RegisterEntity) {
  const { t } = useTranslation('register');
  const { t: tc } = useTranslation('common');
  const bump = useRegisterVersion((s) => s.bump);
  return async (id: string, name: string) => {
    // A deletion says why (the audit log keeps it); cancelling the question deletes nothing.
    const reason = await askDeleteReason(name);
    if (!reason) return;
    try {
      await api(`${entity}.delete`, { id, reason });
      bump(entity);
      const toastId = notifications.show({
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t('common.deleted', { name })}</Text>
            <Button
              size="xs"
              variant="light"
              onClick={async () => {
                notifications.hide(toastId);
                try {
                  await api(`${entity}.restore`, { id });
                  bump(entity);
                } catch (e) {
                  notifications.show({ color: 'red', message: errorMessage(e) });
                }
              }}
            >
              {tc('actions.undo')}
            </Button>
          </Group>
        ),
        autoClose: 10_000,
      });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    }
  };
}
