import { Alert, Button, Group, Loader, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUBJECT_TITLES } from '../../../src-shared/reports/labels';
import { REPORT_SUBJECTS, type ReportFilter, type ReportFormat, type ReportSubject } from '../../../src-shared/schemas/report';
import { api } from '../../api/client';
import { downloadBase64 } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { useUiStore } from '../../store/ui';
import { formatBytes } from './format';

type State = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; text: string } | { kind: 'cancelled' } | { kind: 'error'; text: string };

/**
 * Export of the summary for the filter shown: XLSX with every subject or one subject as CSV, in
 * Vietnamese or English. The core makes the file; the browser downloads it. "Hủy" stops waiting and
 * drops the file: nothing is saved.
 */
export function ExportPanel(props: { filter: ReportFilter }) {
  const { t } = useTranslation('reports');
  const language = useUiStore((s) => s.language);
  const [format, setFormat] = useState<ReportFormat>('xlsx');
  const [subject, setSubject] = useState<ReportSubject>('inspections');
  const [lang, setLang] = useState<'vi' | 'en'>(language);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = useRef(0);

  async function start() {
    const mine = ++run.current;
    setState({ kind: 'running' });
    try {
      const file = await api('reports.export', { filter: props.filter, format, subject: format === 'csv' ? subject : undefined, lang });
      if (run.current !== mine) return;
      downloadBase64(file.base64, file.fileName, file.mime);
      setState({ kind: 'done', text: t('export.done', { name: file.fileName, size: formatBytes(file.bytes) }) });
    } catch (err) {
      if (run.current === mine) setState({ kind: 'error', text: errorMessage(err) });
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-export-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="report-export-title">
          {t('export.title')}
        </Title>
        <Group gap="md" align="flex-end" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="report-format-label">
              {t('export.format')}
            </Text>
            <SegmentedControl
              aria-labelledby="report-format-label"
              value={format}
              onChange={(v) => setFormat(v as ReportFormat)}
              data={[
                { value: 'xlsx', label: t('export.xlsx') },
                { value: 'csv', label: t('export.csv') },
                { value: 'pdf', label: t('export.pdf') },
                { value: 'zip', label: t('export.zip') },
              ]}
            />
          </Stack>
          {format === 'csv' && (
            <Select
              label={t('export.subject')}
              w={240}
              allowDeselect={false}
              value={subject}
              onChange={(v) => v && setSubject(v as ReportSubject)}
              data={REPORT_SUBJECTS.map((s) => ({ value: s, label: SUBJECT_TITLES[s][language] }))}
            />
          )}
          <Select
            label={t('export.language')}
            w={160}
            allowDeselect={false}
            value={lang}
            onChange={(v) => v && setLang(v as 'vi' | 'en')}
            data={[
              { value: 'vi', label: 'Tiếng Việt' },
              { value: 'en', label: 'English' },
            ]}
          />
          {state.kind === 'running' ? (
            <Group gap="xs">
              <Loader size="sm" aria-hidden="true" />
              <Text role="status">{t('export.running')}</Text>
              <Button
                variant="default"
                onClick={() => {
                  run.current++;
                  setState({ kind: 'cancelled' });
                }}
              >
                {t('export.cancel')}
              </Button>
            </Group>
          ) : (
            <Button onClick={() => void start()} data-testid="report-export">
              {t('export.run')}
            </Button>
          )}
        </Group>
        {state.kind === 'done' && (
          <Text role="status" data-testid="report-export-done">
            {state.text}
          </Text>
        )}
        {state.kind === 'cancelled' && <Text role="status">{t('export.cancelled')}</Text>}
        {state.kind === 'error' && (
          <Alert color="red" role="alert">
            {state.text}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
