import { ActionIcon, Button, Group, Image, Paper, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { IconSignature, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../src-shared/schemas/attachment';
import { SIGNER_ROLES, type SignerRole, type TeamMember } from '../../../../src-shared/schemas/inspection';
import { errorMessage } from '../../../lib/errors';
import { useAddAttachment, useBlobDataUrl, useRemoveAttachment } from '../queries';
import { SignatureModal, type SignatureResult } from './SignatureModal';

interface SignatureFieldProps {
  inspectionId: string;
  itemKey: string;
  instanceKey: string;
  signatures: Attachment[];
  team: TeamMember[];
  readOnly: boolean;
  label: string;
}

/** Signature items are named after who signs (sig_truong_doan, sig_dai_dien_co_so …). */
function roleOfItem(itemKey: string): SignerRole {
  const suffix = itemKey.replace(/^sig_/, '');
  return (SIGNER_ROLES as readonly string[]).includes(suffix) ? (suffix as SignerRole) : 'khac';
}

export function SignatureField({ inspectionId, itemKey, instanceKey, signatures, team, readOnly, label }: SignatureFieldProps) {
  const { t } = useTranslation('inspections');
  const add = useAddAttachment(inspectionId);
  const remove = useRemoveAttachment(inspectionId);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const role = roleOfItem(itemKey);
  const signedNames = new Set(signatures.map((s) => s.signerName));
  const defaultName = team.find((m) => m.role === role && !signedNames.has(m.name))?.name ?? '';

  const save = async (r: SignatureResult) => {
    setError(null);
    try {
      await add.mutateAsync({
        itemKey,
        instanceKey,
        kind: 'signature',
        dataBase64: r.pngBase64,
        fileName: `${itemKey}.png`,
        mime: 'image/png',
        signerName: r.signerName || null,
        signerRole: r.signerRole,
      });
      setOpen(false);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Stack gap="xs">
      {signatures.length > 0 ? (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
          {signatures.map((s) => (
            <Paper key={s.id} withBorder p="xs" data-testid="signature">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate>
                    {s.signerName || '—'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {s.signerRole ? t(`roles.${s.signerRole}`) : ''}
                  </Text>
                </div>
                {!readOnly && (
                  <ActionIcon variant="subtle" color="red" aria-label={`${t('signature.remove')}: ${s.signerName ?? ''}`} onClick={() => remove.mutate(s.id)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
              <SignatureImage sha256={s.blobSha256} alt={t('signature.image', { name: s.signerName ?? '' })} />
            </Paper>
          ))}
        </SimpleGrid>
      ) : (
        <Text size="sm" c="dimmed">
          {t('signature.none')}
        </Text>
      )}
      {!readOnly && (
        <Group>
          <Button variant="light" leftSection={<IconSignature size={16} />} onClick={() => setOpen(true)} aria-label={`${t('signature.sign')}: ${label}`}>
            {t('signature.sign')}
          </Button>
        </Group>
      )}
      <SignatureModal
        opened={open}
        title={`${t('signature.title')} — ${label}`}
        defaultName={defaultName}
        defaultRole={role}
        saving={add.isPending}
        error={error}
        onClose={() => setOpen(false)}
        onSave={(r) => void save(r)}
      />
    </Stack>
  );
}

function SignatureImage({ sha256, alt }: { sha256: string; alt: string }) {
  const url = useBlobDataUrl(sha256);
  if (!url.data) return <Skeleton h={80} mt={4} />;
  return <Image src={url.data} alt={alt} h={80} fit="contain" mt={4} data-testid="signature-image" />;
}
