import { Alert, Button, Code, Group, Modal, Paper, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrustedKeyInfo } from '../../../src-shared/api/rules';
import { api } from '../../api/client';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';

const keysQuery = ['rules.keys'] as const;

/** Rule packs → "Khoá ký tin cậy": the keys whose signatures this device accepts; trusting and revoking are audited. */
export function TrustedKeys() {
  const { t } = useTranslation('trust');
  const qc = useQueryClient();
  const keys = useQuery({ queryKey: keysQuery, queryFn: () => api('rules.keys.list', {}) });
  const [pem, setPem] = useState('');
  const [label, setLabel] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<TrustedKeyInfo | null>(null);
  const [revokeReason, setRevokeReason] = useState('');
  const trust = useMutation({
    mutationFn: () => api('rules.keys.trust', { publicKeyPem: pem, label, reason }),
    onSuccess: (k) => {
      setDone(t('keys.trusted', { label: k.label }));
      setPem('');
      setLabel('');
      setReason('');
      void qc.invalidateQueries({ queryKey: keysQuery });
    },
  });
  const revoke = useMutation({
    mutationFn: (fingerprint: string) => api('rules.keys.revoke', { fingerprint, reason: revokeReason }),
    onSuccess: () => {
      setRevoking(null);
      setRevokeReason('');
      void qc.invalidateQueries({ queryKey: keysQuery });
    },
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="trusted-keys-title">
      <Stack gap="sm">
        <Title order={3} id="trusted-keys-title">
          {t('keys.title')}
        </Title>
        <Text size="sm">{t('keys.intro')}</Text>
        {keys.error && <Alert color="red">{errorMessage(keys.error)}</Alert>}
        {keys.data && (
          <Table aria-label={t('keys.listLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('keys.label')}</Table.Th>
                <Table.Th>{t('keys.fingerprint')}</Table.Th>
                <Table.Th>{t('keys.source')}</Table.Th>
                <Table.Th>{t('keys.revoke')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {keys.data.map((k) => (
                <Table.Tr key={k.fingerprint} data-testid="trusted-key">
                  <Table.Td>{k.label}</Table.Td>
                  <Table.Td>
                    <Code>{k.fingerprint}</Code>
                  </Table.Td>
                  <Table.Td>
                    {k.source === 'release' ? t('keys.release') : t('keys.device')}
                    {k.addedBy && k.addedAt && <Text size="sm">{t('keys.addedBy', { who: k.addedBy, when: formatDateTime(k.addedAt) })}</Text>}
                  </Table.Td>
                  <Table.Td>
                    {k.source === 'device' && (
                      <Button size="xs" variant="default" aria-label={t('keys.revokeLabel', { label: k.label })} onClick={() => setRevoking(k)}>
                        {t('keys.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Title order={4}>{t('keys.add')}</Title>
        <TextInput label={t('keys.holder')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} required />
        <Textarea label={t('keys.pem')} description={t('keys.pemHint')} value={pem} onChange={(e) => setPem(e.currentTarget.value)} autosize minRows={3} required />
        <TextInput label={t('keys.why')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required />
        <Group>
          <Button onClick={() => trust.mutate()} loading={trust.isPending}>
            {t('keys.trust')}
          </Button>
        </Group>
        {done && (
          <Alert color="green" role="status">
            {done}
          </Alert>
        )}
        {trust.error && (
          <Alert color="red" role="alert">
            {errorMessage(trust.error)}
          </Alert>
        )}
      </Stack>
      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title={revoking ? t('keys.revokeLabel', { label: revoking.label }) : ''} closeButtonProps={{ 'aria-label': t('keys.cancel') }}>
        <Stack>
          <TextInput label={t('keys.revokeWhy')} value={revokeReason} onChange={(e) => setRevokeReason(e.currentTarget.value)} required data-autofocus />
          {revoke.error && (
            <Alert color="red" role="alert">
              {errorMessage(revoke.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t('keys.cancel')}
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={() => revoking && revoke.mutate(revoking.fingerprint)}>
              {t('keys.revokeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
