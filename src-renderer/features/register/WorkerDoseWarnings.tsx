import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui';
import { local } from '../verdicts/text';
import { useWarnings } from '../warnings/queries';

/** The core's dose verdicts for one worker (limits from the records, reading interval from the dates), with the legal basis. */
export function WorkerDoseWarnings({ facilityId, workerId }: { facilityId: string; workerId: string }) {
  const { t } = useTranslation('register');
  const language = useUiStore((s) => s.language);
  const warnings = useWarnings(facilityId);
  const mine = (warnings.data ?? []).filter((w) => w.record.id === workerId && (w.kind === 'worker_dose' || w.kind === 'dosimetry_late'));
  if (warnings.isLoading) return null;
  if (mine.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="worker-dose-verdicts">
        {t('dose.noWarnings')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="worker-dose-verdicts">
      {mine.map((w, i) => (
        <Alert key={`${w.kind}-${w.ruleId}-${i}`} color={w.state === 'overdue' ? 'red' : 'yellow'} variant="light" title={t(w.kind === 'worker_dose' ? 'dose.overLimit' : 'dose.readingLate')}>
          <Text size="sm">{local(w.explanation, language)}</Text>
          {w.citation && (
            <Text size="xs" c="dimmed">
              {local(w.citation, language)}
            </Text>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
