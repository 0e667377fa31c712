import type { SnapshotItem } from '../../../src-shared/minutes/snapshot';
import { formatDate } from '../../lib/dates';
import type { Language } from '../../i18n';
import { formatNumber, local } from '../verdicts/text';

const YES_NO: Record<string, { vi: string; en: string }> = {
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  na: { vi: 'Không áp dụng', en: 'Not applicable' },
};

interface Column {
  key: string;
  label: { vi: string; en: string };
  unit?: string;
  choices?: { key: string; label: { vi: string; en: string } }[];
}

function cell(v: unknown, col: Column | undefined, language: Language): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'number') return `${formatNumber(v, language)}${col?.unit ? ` ${col.unit}` : ''}`;
  const choice = col?.choices?.find((c) => c.key === v);
  return choice ? local(choice.label, language) : String(v);
}

/** An answer as the printed minutes show it, from the snapshot alone (choice labels and table columns travel with it). */
export function answerText(item: SnapshotItem, language: Language, noAnswer: string): string {
  const a = item.answer;
  if (item.type === 'photo' || item.type === 'signature') return '';
  if (a === null || a === undefined || a === '') return noAnswer;
  switch (item.type) {
    case 'yes_no_na':
      return YES_NO[String(a)]?.[language] ?? String(a);
    case 'number':
      if (typeof a === 'number') return `${formatNumber(a, language)}${item.unit ? ` ${item.unit}` : ''}`;
      // A number typed with its unit ({ value, unit }: 120 µGy/h for an item in mGy/h) shows as typed.
      if (typeof a === 'object' && typeof (a as { value?: unknown }).value === 'number') {
        const q = a as { value: number; unit?: string | null };
        const unit = q.unit ?? item.unit;
        return `${formatNumber(q.value, language)}${unit ? ` ${unit}` : ''}`;
      }
      return String(a);
    case 'date':
      return formatDate(String(a));
    case 'choice':
      return local(item.choices?.find((c) => c.key === a)?.label, language) || String(a);
    case 'multi_choice':
      return (Array.isArray(a) ? a : [a]).map((k) => local(item.choices?.find((c) => c.key === k)?.label, language) || String(k)).join('; ');
    case 'measurement_table': {
      const columns = ((item.table as { columns?: Column[] } | null)?.columns ?? []) as Column[];
      const rows = Array.isArray(a) ? (a as { cells?: Record<string, unknown> }[]) : [];
      return rows
        .map((r) =>
          Object.entries(r.cells ?? {})
            .filter(([, v]) => v !== null && v !== undefined && v !== '')
            .map(([k, v]) => {
              const col = columns.find((c) => c.key === k);
              return `${col ? local(col.label, language) : k}: ${cell(v, col, language)}`;
            })
            .join(', '),
        )
        .join(' | ');
    }
    default:
      return typeof a === 'string' ? a : JSON.stringify(a);
  }
}
