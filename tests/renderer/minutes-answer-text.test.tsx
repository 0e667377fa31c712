import { describe, expect, it } from 'vitest';
import type { SnapshotItem } from '../../src-shared/minutes/snapshot';
import { answerText } from '../../src-renderer/features/minutes/answer-text';

/** The leakage item of the X-ray form as a signed snapshot carries it (only the fields answerText reads). */
const leakage = (answer: unknown) => ({ key: 'unit_tube_leakage', type: 'number', unit: 'mGy/h', answer }) as unknown as SnapshotItem;

describe('a signed number answer typed with its unit reads as a number, not "[object Object]"', () => {
  it('shows 0,12 mGy/h and 120 µGy/h as typed, in both languages', () => {
    expect(answerText(leakage(0.12), 'vi', '—')).toBe('0,12 mGy/h');
    expect(answerText(leakage({ value: 0.12, unit: 'mGy/h' }), 'vi', '—')).toBe('0,12 mGy/h');
    expect(answerText(leakage({ value: 120, unit: 'µGy/h' }), 'en', '—')).toBe('120 µGy/h');
    expect(answerText(leakage({ value: 0.5 }), 'en', '—')).toBe('0.5 mGy/h');
  });
});
