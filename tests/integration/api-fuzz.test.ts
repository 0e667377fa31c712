import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, operationNames } from '../../src-shared/api/contract';
import type { ApiError, Result } from '../../src-shared/api/errors';
import { openCore, type Core } from '../../src-main/core/core';

/**
 * Fuzzed API inputs (issue 12): thousands of hostile inputs per operation, dispatched through the
 * core on a real SQLite file. Never INTERNAL; a VALIDATION error names its fields; no error
 * repeats more than 200 characters of what was sent.
 */
const RUNS_PER_OPERATION = 1000;

// A real data file on tmpfs where there is one (fsync there is cheap; the code path is the same).
const base = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
let core: Core;
const ids: string[] = [];

function ok<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.en}`);
  return r.value;
}

beforeAll(() => {
  core = openCore({ dataDir: fs.mkdtempSync(path.join(base, 'kt-fuzz-')), resourcesDir: path.resolve('resources') });
});
afterAll(() => core?.close());

/** Fresh records for each operation (an earlier operation's fuzzing may have deleted the last ones). */
function freshRecords(): void {
  ids.length = 0;
  const facility = ok(core.call('facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la' }));
  const unit = ok(core.call('xrayUnits.create', { facilityId: facility.id, type: 'general', manufacturer: 'Shimadzu', serial: 'GX-1' }));
  const inspection = ok(core.call('inspections.create', { facilityId: facility.id, kind: 'radiation', templateId: 'xray-diagnostic' }));
  ids.push(facility.id, unit.id, inspection.id);
}

/** The top-level keys an operation's input object has, so fuzzed objects reach past the first check. */
function keysOf(schema: unknown): string[] {
  let s = schema as { shape?: Record<string, unknown>; def?: { in?: unknown; innerType?: unknown; schema?: unknown } } | undefined;
  for (let i = 0; i < 5 && s && !s.shape; i++) s = (s.def?.in ?? s.def?.innerType ?? s.def?.schema) as typeof s;
  return s?.shape ? Object.keys(s.shape) : [];
}

const longText = fc.string({ minLength: 201, maxLength: 400, unit: fc.constantFrom('Ơ', 'x', '7', ' ', '"', '<') });
const leaf = fc.oneof(
  fc.constantFrom(...['', ' ', '0,5', '-1', '1e308', 'NaN', '2025-02-30', '2025-01-01', '../../etc/passwd', '%E0%A4%A', '\u0000', 'son-la', 'hospital', 'radiation', 'xray-diagnostic', 'licence_number', 'licence_expiry', 'dose_max_annual', 'licence_present', 'yes', 'a'.repeat(64)]),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({ toString: 1 }),
  fc.constant({ valueOf: null, toString: null }),
  fc.constant(Object.create(null) as object),
  fc.string({ maxLength: 24 }),
  longText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant({ toString: 1 })), { maxLength: 3 }),
);

/** Item keys of the check form the fuzzed inspection uses, so answers reach the per-type checks. */
const itemKeys = (JSON.parse(fs.readFileSync('resources/checklists/xray-diagnostic.json', 'utf8')) as { sections: { items: { key: string }[] }[] }).sections.flatMap((s) => s.items.map((i) => i.key));

/** Values for one field: ids where the name says id, item keys for itemKey, anything hostile always. */
function valueFor(key: string) {
  if (/id$/i.test(key)) return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: leaf });
  if (key === 'itemKey') return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...itemKeys) }, { weight: 1, arbitrary: leaf });
  return leaf;
}

function inputsFor(keys: string[]) {
  const shaped = fc.record(Object.fromEntries(keys.map((k) => [k, valueFor(k)])), { requiredKeys: [] });
  const extra = fc.dictionary(fc.constantFrom('extra', '__proto__', 'constructor', 'toString'), leaf, { maxKeys: 1 });
  return fc.oneof(
    { weight: 4, arbitrary: shaped },
    { weight: 1, arbitrary: fc.tuple(shaped, extra).map(([a, b]) => ({ ...b, ...a })) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4 }) },
    { weight: 1, arbitrary: leaf },
  );
}

function longStrings(value: unknown, out: string[] = [], depth = 0): string[] {
  if (typeof value === 'string' && value.length > 200) out.push(value);
  else if (value && typeof value === 'object' && depth < 4) for (const v of Object.values(value)) longStrings(v, out, depth + 1);
  return out;
}

function problem(input: unknown, error: ApiError): string | null {
  if (error.code === 'INTERNAL') return `INTERNAL: ${error.en}`;
  if (error.code === 'VALIDATION' && !(error.issues && error.issues.length > 0 && error.issues.every((i) => typeof i.path === 'string' && i.vi && i.en))) return `VALIDATION without field issues: ${error.en}`;
  const text = JSON.stringify(error);
  for (const s of longStrings(input)) {
    if (text.includes(s.slice(0, 201)) || text.includes(s.slice(-201))) return `echoes more than 200 characters of the input: ${error.en.slice(0, 120)}`;
  }
  return null;
}

describe('fuzzed API inputs', () => {
  it('covers every operation of the contract', () => {
    expect(operationNames.length).toBeGreaterThan(50);
  });

  for (const name of operationNames) {
    it(`${name}: never INTERNAL, always field-level`, async () => {
      freshRecords();
      const keys = keysOf(contract[name].input);
      await fc.assert(
        fc.asyncProperty(inputsFor(keys), async (input) => {
          // The transports' door: long jobs (bundles, reports) answer with a promise.
          const result = await core.dispatchAsync(name, input);
          if (result.ok) return;
          const found = problem(input, result.error);
          if (found) throw new Error(found);
        }),
        { numRuns: RUNS_PER_OPERATION, seed: 12_2026 },
      );
    });
  }
});
