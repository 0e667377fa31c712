import { Alert, Button, Card, Group, Modal, PasswordInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../src-shared/api/identity';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { useUiStore } from '../../store/ui';
import { useProfile, useSaveProfile } from './queries';

/** Saves text as a file through the browser (web mode) or the shell's download (desktop). */
function download(fileName: string, contents: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Settings: who this device signs as, how its key is protected, and the key backup. */
export function ProfileCard() {
  const { t } = useTranslation('identity');
  const profile = useProfile();
  const [editing, setEditing] = useState(false);
  const [exporting, setExporting] = useState(false);
  const p = profile.data;
  if (!p) return null;
  return (
    <Card withBorder component="section" aria-labelledby="profile-title">
      <Title order={3} size="h4" id="profile-title" mb="sm">
        {t('card.title')}
      </Title>
      <Table>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{t('fields.fullName')}</Table.Th>
            <Table.Td>{p.fullName}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('fields.position')}</Table.Th>
            <Table.Td>{p.position ?? '—'}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('fields.unit')}</Table.Th>
            <Table.Td>{p.unit}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('card.device')}</Table.Th>
            <Table.Td>{p.deviceId}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('card.fingerprint')}</Table.Th>
            <Table.Td ff="monospace" data-testid="key-fingerprint">
              {p.fingerprint}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('card.keyFile')}</Table.Th>
            <Table.Td style={{ wordBreak: 'break-all' }}>{p.keyFile}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{t('card.protection')}</Table.Th>
            <Table.Td>{p.keyProtection === 'safe_storage' ? t('card.safeStorage') : t('card.none')}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {p.keyProblem && (
        <Alert color="red" title={t('card.problem')} mt="sm" role="alert">
          {p.keyProblem[useUiStore.getState().language]}
        </Alert>
      )}
      <Group mt="sm">
        <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
          {t('card.edit')}
        </Button>
        <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => setExporting(true)} disabled={Boolean(p.keyProblem)}>
          {t('card.export')}
        </Button>
      </Group>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('card.edit')}>
        <EditProfile profile={p} onDone={() => setEditing(false)} />
      </Modal>
      <Modal opened={exporting} onClose={() => setExporting(false)} title={t('card.exportTitle')}>
        <ExportKey onDone={() => setExporting(false)} />
      </Modal>
    </Card>
  );
}

function EditProfile({ profile, onDone }: { profile: Profile; onDone(): void }) {
  const { t } = useTranslation('identity');
  const save = useSaveProfile('update');
  const [fullName, setFullName] = useState(profile.fullName);
  const [position, setPosition] = useState(profile.position ?? '');
  const [unit, setUnit] = useState(profile.unit);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutateAsync({ fullName, position, unit }).then(
          () => {
            notifications.show({ color: 'teal', message: t('card.saved') });
            onDone();
          },
          (err: unknown) => setError(errorMessage(err)),
        );
      }}
    >
      <Stack>
        <TextInput label={t('fields.fullName')} required value={fullName} onChange={(e) => setFullName(e.currentTarget.value)} data-autofocus />
        <TextInput label={t('fields.position')} value={position} onChange={(e) => setPosition(e.currentTarget.value)} />
        <TextInput label={t('fields.unit')} required value={unit} onChange={(e) => setUnit(e.currentTarget.value)} />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={save.isPending}>
          {t('card.save')}
        </Button>
      </Stack>
    </form>
  );
}

function ExportKey({ onDone }: { onDone(): void }) {
  const { t } = useTranslation('identity');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        api('profile.exportKey', passphrase ? { passphrase } : {}).then(
          (r) => {
            download(r.fileName, r.contents);
            notifications.show({ color: 'teal', message: t('card.exported', { file: r.fileName }) });
            onDone();
          },
          (err: unknown) => setError(errorMessage(err)),
        );
      }}
    >
      <Stack>
        <Text size="sm">{t('card.exportHint')}</Text>
        <PasswordInput label={t('card.passphrase')} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} autoComplete="new-password" data-autofocus />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Button type="submit" leftSection={<IconDownload size={16} />}>
          {t('card.download')}
        </Button>
      </Stack>
    </form>
  );
}
