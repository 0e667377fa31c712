import { Alert, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../../src-shared/rules/verdict';
import { useUiStore } from '../../store/ui';
import { formatLimit, formatNumber, formatValue, local } from './text';

/**
 * Everything a verdict says about itself: the value, the limit and how it was found (column,
 * K and why, formula), the legal citation and the pack it was judged by.
 */
export function VerdictExplanation({ verdict, where }: { verdict: Verdict; where?: string | null }) {
  const { t } = useTranslation('verdicts');
  const language = useUiStore((s) => s.language);
  const limit = formatLimit(verdict.limit, verdict.unit, language);
  const basis = verdict.basis;
  const basisParts: string[] = [];
  if (basis?.column) basisParts.push(t('fields.column', { column: basis.column }));
  if (basis?.k !== undefined) {
    const from = basis.kSource === 'permit' ? t('fields.kFromPermit') : basis.kSource === 'table' ? t('fields.kFromTable') : '';
    basisParts.push([t('fields.k', { k: formatNumber(basis.k, language) }), from].filter(Boolean).join(' ') + (basis.kReason ? ` — ${local(basis.kReason, language)}` : ''));
  }

  const rows: [string, string][] = [];
  if (where) rows.push([t('fields.where'), where]);
  if (verdict.value !== null) rows.push([t('fields.value'), formatValue(verdict.value, verdict.unit, language)]);
  if (basis?.conversion) rows.push([t('fields.conversion'), local(basis.conversion, language)]);
  if (limit) rows.push([t('fields.limit'), t(`limit.${limit.key}`, { min: limit.min, max: limit.max })]);
  if (basisParts.length) rows.push([t('fields.basis'), basisParts.join('; ')]);
  if (basis?.formula) rows.push([t('fields.formula'), local(basis.formula, language)]);
  rows.push([t('fields.citation'), local(verdict.citation, language)]);
  rows.push([t('fields.pack'), `${verdict.packId} ${verdict.packVersion}`]);

  return (
    <Stack gap="xs" data-testid="verdict-explanation">
      <Text size="sm">{local(verdict.explanation, language)}</Text>
      <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs" fz="sm">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={170} style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }} c="dimmed" fw={500}>
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!verdict.verified && (
        <Alert variant="light" color="orange" p="xs" icon={<IconAlertTriangle size={16} />}>
          <Text size="xs">{t('unverifiedHint')}</Text>
        </Alert>
      )}
    </Stack>
  );
}
