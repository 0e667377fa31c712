import { describe, expect, it } from 'vitest';
import { formatActivity, formatNumber, numberForInput, parseLocaleNumber, readableActivity } from '../../../src-shared/text/numbers';
import { fmt } from '../../../src-shared/rules/format';
import { byUrgency } from '../../../src-shared/warnings/order';
import type { RegisterWarning } from '../../../src-shared/schemas/warning';
import { groupByKind } from '../../../src-renderer/features/warnings/order';

/** One rule for each thing shown: numbers, activities, the order of warnings. */
describe('numbers for people', () => {
  it('read "0,5" and "0.5" alike, empty as not given, anything else as not a number', () => {
    expect(parseLocaleNumber('0,5')).toBe(0.5);
    expect(parseLocaleNumber(' 1 234,5 ')).toBe(1234.5);
    expect(parseLocaleNumber('')).toBeNull();
    expect(parseLocaleNumber('abc')).toBeUndefined();
    expect(parseLocaleNumber({ toString: 1 })).toBeUndefined();
  });

  it('write with the reader\'s decimal mark and no grouping, the engine\'s texts the same way', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1234.5');
    expect(formatNumber(2e-5, 'vi')).toBe('2e-5');
    expect(fmt(0.123456789, 'vi')).toBe(formatNumber(0.123456789, 'vi'));
    expect(numberForInput(0.123456789, 'vi')).toBe('0,123456789');
    expect(numberForInput(null, 'en')).toBe('');
  });

  it('show an activity in the largest SI unit with curies beside it', () => {
    expect(readableActivity(1.85e10)).toEqual({ value: 18.5, unit: 'GBq' });
    expect(formatActivity(1.85e10, 'vi')).toBe('18,5 GBq (500 mCi)');
    expect(formatActivity(5.484e6, 'en')).toBe('5.484 MBq (148.2 µCi)');
  });
});

describe('warnings order', () => {
  const w = (over: Partial<RegisterWarning>): RegisterWarning =>
    ({ kind: 'licence_expiry', state: 'due_soon', severity: 'low', facilityId: 'f', facilityName: 'A', record: { entity: 'licence', id: over.facilityName ?? 'x', label: 'x' }, dueDate: null, daysLeft: null, ...over }) as RegisterWarning;

  it('is one order: overdue, then missing, then due soon; worse severity first; nearer date first', () => {
    const list = [
      w({ facilityName: 'due-soon-critical', state: 'due_soon', severity: 'critical', dueDate: '2026-01-10' }),
      w({ facilityName: 'overdue-low', state: 'overdue', severity: 'low', dueDate: '2025-01-10' }),
      w({ facilityName: 'missing', state: 'missing', severity: 'medium' }),
      w({ facilityName: 'due-soon-critical-later', state: 'due_soon', severity: 'critical', dueDate: '2026-02-10' }),
    ];
    const ordered = [...list].sort(byUrgency).map((x) => x.facilityName);
    expect(ordered).toEqual(['overdue-low', 'missing', 'due-soon-critical', 'due-soon-critical-later']);
    // The screens group by kind and keep the same order inside each group.
    const shown = groupByKind(list).flatMap((r) => (r.type === 'warning' ? [r.warning.facilityName] : []));
    expect(shown).toEqual(ordered);
  });
});
