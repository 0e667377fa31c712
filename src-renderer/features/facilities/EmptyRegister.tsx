import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';

/** What an empty data file shows: how to start, and the sample data to explore at once. */
export function EmptyRegister({ onSeeded }: { onSeeded(): void }) {
  const { t } = useTranslation('facilities');
  const qc = useQueryClient();
  const seed = useMutation({
    mutationFn: () => api('demo.seed', {}),
    onSuccess: (r) => {
      void qc.invalidateQueries();
      notifications.show({ color: 'green', message: t('demo.done', { facilities: r.facilities, inspections: r.inspections }) });
      onSeeded();
    },
    onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
  });
  return (
    <Stack align="flex-start" gap="xs">
      <Text c="dimmed">{t('empty')}</Text>
      <Text size="sm" c="dimmed">
        {t('demo.hint')}
      </Text>
      <Button variant="light" leftSection={<IconDatabaseImport size={16} />} loading={seed.isPending} onClick={() => seed.mutate()}>
        {t('demo.button')}
      </Button>
    </Stack>
  );
}
