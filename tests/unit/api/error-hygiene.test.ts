import { beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../src-main/core/core';
import { ok, tempCore } from '../inspections/helpers';

/** Hostile answer values get a field error on `value`, never INTERNAL, and never echo long input. */
describe('saveAnswer with hostile values', () => {
  let core: Core;
  let inspectionId = '';
  beforeEach(() => {
    core = tempCore().core;
    const facility = ok(core.call('facilities.create', { name: 'Bệnh viện Đa khoa Mộc Châu', kind: 'hospital', provinceCode: 'son-la' }));
    inspectionId = ok(core.call('inspections.create', { facilityId: facility.id, kind: 'wastewater', templateId: 'wastewater-hospital' })).id;
  });
  const save = (itemKey: string, value: unknown) => core.dispatch('inspections.saveAnswer', { inspectionId, itemKey, value });

  const hostile = [{ toString: 1 }, { toString: null, valueOf: null }, Object.create(null), [{ toString: 1 }]];
  for (const itemKey of ['permit_k_factor', 'env_permit_expiry', 'receiving_water', 'env_permit_number', 'env_permit']) {
    it(`${itemKey}: an object with a broken toString is a field error`, () => {
      for (const value of hostile) {
        const result = save(itemKey, value);
        expect(result.ok).toBe(false);
        if (result.ok) continue;
        expect(result.error.code, result.error.en).toBe('VALIDATION');
        expect(result.error.issues?.map((i) => i.path)).toEqual(['value']);
      }
    });
  }

  it('a 5000-character value is quoted by at most 60 characters in the message', () => {
    const long = '9'.repeat(4000) + 'x'.repeat(1000);
    for (const itemKey of ['permit_k_factor', 'env_permit_expiry', 'receiving_water']) {
      const result = save(itemKey, long);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      const text = JSON.stringify(result.error);
      expect(text).toContain('9'.repeat(60) + '…');
      expect(text).not.toContain('9'.repeat(61));
    }
  });

  it('an unknown operation with a long name is quoted cut short', () => {
    const result = core.dispatch('z'.repeat(5000), {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('UNKNOWN_OPERATION');
      expect(JSON.stringify(result.error)).not.toContain('z'.repeat(61));
    }
  });
});
