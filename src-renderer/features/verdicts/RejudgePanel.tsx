import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionVerdicts } from '../../../src-shared/api/judging';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { useUiStore } from '../../store/ui';
import { local } from './text';
import { VerdictBadge } from './VerdictBadge';

type Line = { key: string; label: string; original: InspectionVerdicts['items'][number]['verdicts'][number] | null; current: InspectionVerdicts['items'][number]['verdicts'][number] | null };

/** Pairs the verdicts of both judgements by item instance, rule and point. */
function pair(original: InspectionVerdicts, current: InspectionVerdicts, language: 'vi' | 'en'): Line[] {
  const lines = new Map<string, Line>();
  const add = (v: InspectionVerdicts, side: 'original' | 'current') => {
    for (const item of v.items) {
      for (const x of item.verdicts) {
        const key = `${item.itemKey}\u0000${item.instanceKey}\u0000${x.key}\u0000${x.where ?? ''}`;
        const label = [local(item.label, language), item.instanceLabel, x.where].filter(Boolean).join(' — ');
        const line = lines.get(key) ?? { key, label, original: null, current: null };
        line[side] = x;
        lines.set(key, line);
      }
    }
  };
  add(original, 'original');
  add(current, 'current');
  return [...lines.values()];
}

/**
 * A completed inspection keeps the rule packs it was judged by. When a newer pack is imported,
 * this shows the minutes' original verdicts beside the verdicts by the packs in force now.
 */
export function RejudgePanel({ inspectionId }: { inspectionId: string }) {
  const { t } = useTranslation('verdicts');
  const language = useUiStore((s) => s.language);
  const [asked, setAsked] = useState(false);
  const rejudge = useQuery({ queryKey: ['rejudge', inspectionId], queryFn: () => api('inspections.rejudge', { inspectionId }), enabled: asked });
  const packs = (v: InspectionVerdicts) => v.packs.filter((p) => p.packId).map((p) => `${p.packId} ${p.version}`).join(', ');

  return (
    <Card withBorder padding="md" component="section" aria-label={t('rejudge.title')}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('rejudge.title')}
        </Title>
        {!asked && (
          <Button variant="light" leftSection={<IconScale size={16} />} onClick={() => setAsked(true)}>
            {t('rejudge.button')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('rejudge.hint')}
      </Text>
      {rejudge.isError && <Alert color="red">{errorMessage(rejudge.error)}</Alert>}
      {rejudge.data && (
        <Stack gap="xs" mt="sm">
          {rejudge.data.note && <Alert color={rejudge.data.changed ? 'yellow' : 'gray'}>{local(rejudge.data.note, language)}</Alert>}
          {!rejudge.data.changed && <Text size="sm">{t('rejudge.same')}</Text>}
          {rejudge.data.original && rejudge.data.changed && (
            <Table withTableBorder verticalSpacing={4} aria-label={t('rejudge.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('rejudge.item')}</Table.Th>
                  <Table.Th>
                    {t('rejudge.original')}
                    <Text size="xs" c="dimmed">
                      {packs(rejudge.data.original)}
                    </Text>
                  </Table.Th>
                  <Table.Th>
                    {t('rejudge.current')}
                    <Text size="xs" c="dimmed">
                      {packs(rejudge.data.current)}
                    </Text>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pair(rejudge.data.original, rejudge.data.current, language)
                  .filter((l) => l.original?.verdict.status !== l.current?.verdict.status || l.original?.verdict.packVersion !== l.current?.verdict.packVersion)
                  .map((l) => (
                    <Table.Tr key={l.key}>
                      <Table.Td>
                        <Text size="sm">{l.label}</Text>
                      </Table.Td>
                      <Table.Td>{l.original ? <VerdictBadge verdict={l.original.verdict} where={l.original.where} /> : <Badge variant="default">—</Badge>}</Table.Td>
                      <Table.Td>{l.current ? <VerdictBadge verdict={l.current.verdict} where={l.current.where} /> : <Badge variant="default">—</Badge>}</Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Card>
  );
}
