import { ActionIcon, Box, Group, Image, Loader, Modal, SimpleGrid, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconPhoto, IconTrash, IconUpload, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BLOB_BYTES, type Attachment } from '../../../../src-shared/schemas/attachment';
import { errorMessage } from '../../../lib/errors';
import { blobToBase64, downscalePhoto, refusePhoto } from '../images';
import { useAddAttachment, useBlobDataUrl, useRemoveAttachment } from '../queries';

/** Image types a browser can decode and the core stores; anything else is refused before upload. */
const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/bmp', 'image/avif'];

interface PhotoFieldProps {
  inspectionId: string;
  itemKey: string;
  instanceKey: string;
  photos: Attachment[];
  readOnly: boolean;
  label: string;
}

export function PhotoField({ inspectionId, itemKey, instanceKey, photos, readOnly, label }: PhotoFieldProps) {
  const { t } = useTranslation('inspections');
  const add = useAddAttachment(inspectionId);
  const remove = useRemoveAttachment(inspectionId);
  const [busy, setBusy] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [viewing, setViewing] = useState<number | null>(null);

  const refusalText = (name: string, why: 'not_image' | 'too_large') => t(why === 'not_image' ? 'photos.notImage' : 'photos.tooLarge', { name });

  const onReject = (rejections: FileRejection[]) =>
    setProblems(
      rejections.map(({ file, errors }) => refusalText(file.name, errors.some((e) => e.code === 'file-too-large') ? 'too_large' : 'not_image')),
    );

  const onDrop = async (files: File[]) => {
    setProblems([]);
    for (const file of files) {
      const refusal = refusePhoto(file);
      if (refusal) {
        setProblems((p) => [...p, refusalText(file.name, refusal)]);
        continue;
      }
      setBusy((b) => [...b, file.name]);
      try {
        const jpeg = await downscalePhoto(file);
        const name = file.name.replace(/\.[^.]+$/, '') + '.jpg';
        await add.mutateAsync({ itemKey, instanceKey, kind: 'photo', dataBase64: await blobToBase64(jpeg), fileName: name, mime: 'image/jpeg' });
      } catch (e) {
        setProblems((p) => [...p, `${file.name}: ${errorMessage(e)}`]);
      } finally {
        setBusy((b) => b.filter((n) => n !== file.name));
      }
    }
  };

  const removePhoto = async (id: string) => {
    try {
      await remove.mutateAsync(id);
    } catch (e) {
      setProblems([errorMessage(e)]);
    }
  };

  const shown = photos[viewing ?? -1];
  return (
    <Stack gap="xs">
      {photos.length > 0 && (
        <SimpleGrid cols={{ base: 3, sm: 4, md: 6 }} spacing="xs" data-testid="photo-grid">
          {photos.map((p, i) => (
            <Box key={p.id} pos="relative">
              <UnstyledButton onClick={() => setViewing(i)} aria-label={t('photos.open', { n: i + 1 })} w="100%">
                <Thumbnail sha256={p.blobSha256} alt={`${label} — ${t('photos.view', { n: i + 1 })}`} />
              </UnstyledButton>
              {!readOnly && (
                <ActionIcon
                  pos="absolute"
                  top={4}
                  right={4}
                  size="sm"
                  color="red"
                  variant="filled"
                  aria-label={`${t('photos.remove')} ${i + 1}`}
                  onClick={() => void removePhoto(p.id)}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              )}
            </Box>
          ))}
        </SimpleGrid>
      )}
      {photos.length === 0 && readOnly && (
        <Text size="sm" c="dimmed">
          {t('photos.none')}
        </Text>
      )}
      {busy.map((name) => (
        <Group key={name} gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('photos.uploading', { name })}</Text>
        </Group>
      ))}
      {!readOnly && (
        <Dropzone onDrop={(f) => void onDrop(f)} onReject={onReject} accept={ACCEPTED} maxSize={MAX_BLOB_BYTES} multiple aria-label={`${label}: ${t('photos.drop')}`} p="sm">
          <Group justify="center" gap="sm" mih={56} style={{ pointerEvents: 'none' }}>
            <Dropzone.Accept>
              <IconUpload size={28} />
            </Dropzone.Accept>
            <Dropzone.Reject>
              <IconX size={28} />
            </Dropzone.Reject>
            <Dropzone.Idle>
              <IconPhoto size={28} color="var(--mantine-color-dimmed)" />
            </Dropzone.Idle>
            <div>
              <Text size="sm">{t('photos.drop')}</Text>
              <Text size="xs" c="dimmed">
                {t('photos.dropHint')}
              </Text>
            </div>
          </Group>
        </Dropzone>
      )}
      {problems.map((p) => (
        <Text key={p} size="sm" c="red" role="alert">
          {p}
        </Text>
      ))}
      <Modal opened={shown !== undefined} onClose={() => setViewing(null)} size="auto" title={shown ? `${label} — ${t('photos.view', { n: (viewing ?? 0) + 1 })}` : ''}>
        {shown && <FullImage sha256={shown.blobSha256} alt={`${label} — ${t('photos.view', { n: (viewing ?? 0) + 1 })}`} />}
      </Modal>
    </Stack>
  );
}

function Thumbnail({ sha256, alt }: { sha256: string; alt: string }) {
  const url = useBlobDataUrl(sha256);
  if (!url.data) return <Skeleton h={96} />;
  return <Image src={url.data} alt={alt} h={96} fit="cover" radius="sm" data-testid="photo-thumbnail" />;
}

function FullImage({ sha256, alt }: { sha256: string; alt: string }) {
  const url = useBlobDataUrl(sha256);
  if (!url.data) return <Loader />;
  return <Image src={url.data} alt={alt} maw="min(90vw, 1600px)" mah="80vh" fit="contain" />;
}
