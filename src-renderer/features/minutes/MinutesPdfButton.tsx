import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { downloadBase64 } from '../../lib/download';

/**
 * "Tải biên bản (PDF)": saves what is still waiting to autosave, asks the core for the minutes
 * PDF and downloads it. The Vietnamese minutes are the legal document; English is on request.
 */
export function MinutesPdfButton({ inspectionId, beforeDownload }: { inspectionId: string; beforeDownload?: () => Promise<unknown> }) {
  const { t } = useTranslation('minutesPdf');
  const [busy, setBusy] = useState<'vi' | 'en' | null>(null);

  const download = async (lang: 'vi' | 'en') => {
    setBusy(lang);
    try {
      await beforeDownload?.();
      const file = await api('inspections.minutesPdf', { inspectionId, lang });
      downloadBase64(file.dataBase64, file.fileName, 'application/pdf');
      notifications.show({ color: 'teal', message: t('done', { file: file.fileName }) });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Group gap={4} wrap="nowrap" data-testid="minutes-pdf">
      <Button variant="default" leftSection={<IconFileTypePdf size={16} />} loading={busy === 'vi'} disabled={busy !== null} onClick={() => void download('vi')}>
        {t('download')}
      </Button>
      <Button variant="subtle" size="compact-sm" loading={busy === 'en'} disabled={busy !== null} onClick={() => void download('en')}>
        {t('downloadEn')}
      </Button>
    </Group>
  );
}
