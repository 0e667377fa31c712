import { ActionIcon, Button, Select, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TableColumn } from '../../../../src-shared/checklists/schema';
import { unitChoices } from '../../../../src-shared/rules/units';
import { useUiStore } from '../../../store/ui';
import type { DraftRow } from '../drafts';
import { tableRows } from '../drafts';
import type { FieldProps } from './ValueFields';

/**
 * Measurements (dose rates at named points, lab results): fixed rows come from the template,
 * free rows are added and removed here. Cells stay text while typed ("0,5"); the shared
 * checkAnswer turns them into numbers when the row is saved.
 */
export function MeasurementTableField({ item, value, onChange, onBlur, readOnly, invalid, label }: FieldProps) {
  const { t } = useTranslation('inspections');
  const language = useUiStore((s) => s.language);
  const spec = item.table;
  if (!spec) return null;
  const rows: DraftRow[] = Array.isArray(value) ? (value as DraftRow[]) : tableRows(item, []);
  const free = spec.rows === 'free';
  const fixedLabel = (key: string | undefined) => (spec.rows === 'free' ? '' : (spec.rows.find((r) => r.key === key)?.label[language] ?? key ?? ''));

  const setCell = (index: number, column: string, cell: string) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, cells: { ...r.cells, [column]: cell } } : r)));
  const addRow = () => onChange([...rows, { cells: Object.fromEntries(spec.columns.map((c) => [c.key, ''])) }]);
  const removeRow = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    onBlur();
  };
  const header = (c: TableColumn) => `${c.label[language]}${c.unit && c.type !== 'unit' ? ` (${c.unit})` : ''}`;
  // The unit a row's values are judged in: a fixed row's own, else the unit column's default.
  const rowBase = (r: DraftRow, c: TableColumn) => (spec.rows === 'free' ? (c.unit ?? null) : (spec.rows.find((x) => x.key === r.row)?.unit ?? null));

  return (
    <div>
      <Table.ScrollContainer minWidth={520}>
        <Table withTableBorder withColumnBorders verticalSpacing={4} aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              {free ? <Table.Th w={48}>{t('table.row')}</Table.Th> : <Table.Th />}
              {spec.columns.map((c) => (
                <Table.Th key={c.key}>
                  {header(c)}
                  {c.required ? <Text span c="red"> *</Text> : null}
                </Table.Th>
              ))}
              {free && !readOnly ? <Table.Th w={44} /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, index) => {
              const rowName = free ? String(index + 1) : fixedLabel(r.row);
              return (
                <Table.Tr key={r.row ?? index}>
                  <Table.Td>
                    <Text size="sm" fw={free ? 400 : 500}>
                      {rowName}
                    </Text>
                  </Table.Td>
                  {spec.columns.map((c) => (
                    <Table.Td key={c.key} miw={c.type === 'choice' ? 200 : c.type === 'unit' ? 130 : 110}>
                      <Cell
                        column={c}
                        unitBase={c.type === 'unit' ? rowBase(r, c) : null}
                        value={r.cells[c.key] ?? ''}
                        label={`${header(c)} — ${t('table.row')} ${rowName}`}
                        onChange={(v) => setCell(index, c.key, v)}
                        onBlur={onBlur}
                        readOnly={readOnly}
                        invalid={invalid}
                      />
                    </Table.Td>
                  ))}
                  {free && !readOnly ? (
                    <Table.Td>
                      <ActionIcon variant="subtle" color="red" aria-label={t('table.removeRow', { n: index + 1 })} onClick={() => removeRow(index)}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed" mt={4}>
          {t('table.noRows')}
        </Text>
      )}
      {free && !readOnly && (
        <Button mt="xs" size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={addRow}>
          {t('table.addRow')}
        </Button>
      )}
    </div>
  );
}

function Cell({
  column,
  unitBase,
  value,
  label,
  onChange,
  onBlur,
  readOnly,
  invalid,
}: {
  column: TableColumn;
  unitBase: string | null;
  value: string;
  label: string;
  onChange(v: string): void;
  onBlur(): void;
  readOnly: boolean;
  invalid: boolean;
}) {
  const language = useUiStore((s) => s.language);
  if (column.type === 'unit') {
    // The closed list of the row's unit, the rule's own unit shown (and saved) when none is chosen.
    if (!unitBase) return <Text size="sm" aria-label={label}>—</Text>;
    return (
      <Select
        size="xs"
        aria-label={label}
        data={unitChoices(unitBase)}
        value={value || unitBase}
        allowDeselect={false}
        onChange={(v) => {
          onChange(v ?? unitBase);
          onBlur();
        }}
        readOnly={readOnly}
        disabled={readOnly}
      />
    );
  }
  if (column.type === 'choice') {
    return (
      <Select
        size="xs"
        aria-label={label}
        data={(column.choices ?? []).map((c) => ({ value: c.key, label: c.label[language] }))}
        value={value || null}
        onChange={(v) => {
          onChange(v ?? '');
          onBlur();
        }}
        clearable={!readOnly}
        readOnly={readOnly}
        disabled={readOnly}
        error={invalid && column.required && !value}
      />
    );
  }
  return (
    <TextInput
      size="xs"
      aria-label={label}
      inputMode={column.type === 'number' ? 'decimal' : 'text'}
      autoComplete="off"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={onBlur}
      readOnly={readOnly}
      disabled={readOnly}
    />
  );
}
