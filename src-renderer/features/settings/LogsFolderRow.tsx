import { Button, Group, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../src-shared/api/app';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';

/** The logs folder: the desktop app opens it ("Mở thư mục nhật ký"); web mode shows where it is. */
export function LogsFolderRow({ info }: { info: AppInfo }) {
  const { t } = useTranslation('common');
  const open = useMutation({ mutationFn: () => api('app.logs.open', {}) });
  return (
    <Table.Tr>
      <Table.Td>{t('logs.folder')}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <Text size="sm" style={{ wordBreak: 'break-all' }} data-testid="logs-folder">
            {info.logsFolder}
          </Text>
          {info.transport === 'electron' && (
            <Button size="xs" variant="default" onClick={() => open.mutate()} loading={open.isPending}>
              {t('logs.open')}
            </Button>
          )}
        </Group>
        {open.error && (
          <Text size="sm" c="red" role="alert">
            {errorMessage(open.error)}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
