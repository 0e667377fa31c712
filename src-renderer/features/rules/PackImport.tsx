import { Alert, Button, FileButton, List, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { useUiStore } from '../../store/ui';
import { useImportPack } from './queries';

/** Picks a pack file, reads it as text and hands it to the core, which validates everything first. */
export function PackImport() {
  const { t } = useTranslation('verdicts');
  const { t: tt } = useTranslation('trust');
  const [reason, setReason] = useState('');
  const language = useUiStore((s) => s.language);
  const importPack = useImportPack();
  const [refusal, setRefusal] = useState<{ message: string; issues: { path: string; text: string }[] } | null>(null);

  const onFile = async (file: File | null) => {
    if (!file) return;
    setRefusal(null);
    try {
      const result = await importPack.mutateAsync({ fileName: file.name, json: await file.text(), reason });
      notifications.show({
        color: result.alreadyImported ? 'gray' : 'teal',
        message: `${t(result.alreadyImported ? 'packs.alreadyImported' : 'packs.imported', { id: result.id, version: result.version })}. ${tt('signedBy', { label: result.signedBy.label })}`,
      });
    } catch (e) {
      const issues = e instanceof ApiCallError ? (e.error.issues ?? []).map((i) => ({ path: i.path, text: language === 'en' ? i.en : i.vi })) : [];
      setRefusal({ message: errorMessage(e), issues });
    }
  };

  return (
    <Stack gap="xs">
      <TextInput label={tt('reason')} description={tt('reasonHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maw={520} required />
      <FileButton onChange={(f) => void onFile(f)} accept="application/json,.json">
        {(props) => (
          <Button {...props} leftSection={<IconFileImport size={16} />} loading={importPack.isPending} w="fit-content">
            {t('packs.import')}
          </Button>
        )}
      </FileButton>
      {refusal && (
        <Alert color="red" title={t('packs.refused')} role="alert" withCloseButton onClose={() => setRefusal(null)}>
          <Text size="sm">{refusal.message}</Text>
          {refusal.issues.length > 0 && (
            <List size="sm" mt="xs" spacing={2}>
              {refusal.issues.map((i) => (
                <List.Item key={`${i.path}-${i.text}`}>
                  {t('packs.field')} <code>{i.path}</code>: {i.text}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
