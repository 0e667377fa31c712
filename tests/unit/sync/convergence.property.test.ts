import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { device, dump, exportFrom, importInto, ok, Wall, type Device } from './helpers';

type Op = { kind: 'write'; dev: number; field: 'beds' | 'notes' } | { kind: 'send'; from: number; to: number } | { kind: 'tick'; minutes: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('write' as const), dev: fc.integer({ min: 0, max: 2 }), field: fc.constantFrom('beds' as const, 'notes' as const) }),
  fc.record({ kind: fc.constant('send' as const), from: fc.integer({ min: 0, max: 2 }), to: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('tick' as const), minutes: fc.integer({ min: 0, max: 2 }) }),
);

describe('random edits on three laptops and random exchanges', () => {
  it('always converge, and every value written is current, in a conflict, or was replaced by someone who had seen it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 14 }), async (ops) => {
        const wall = new Wall();
        const devs: Device[] = [device('a', wall), device('b', wall, { offsetMinutes: 1 }), device('c', wall, { offsetMinutes: -1 })];
        const fac = ok(devs[0]!.core.call('facilities.create', { name: 'Bệnh viện Đa khoa tỉnh Sơn La', kind: 'hospital', provinceCode: 'son-la' }));
        const send = async (from: number, to: number) => {
          if (from === to) return;
          await importInto(devs[to]!, await exportFrom(devs[from]!, { destination: `to-${to}` }));
          for (const f of ['beds', 'notes'] as const) for (const w of seen[from]![f]) seen[to]![f].add(w);
        };
        // What each laptop has seen of each field's writes, and which writes someone replaced knowingly.
        const seen = devs.map(() => ({ beds: new Set<string>(), notes: new Set<string>() }));
        const written: { field: 'beds' | 'notes'; value: string }[] = [];
        const superseded = new Set<string>();
        await send(0, 1);
        await send(0, 2);
        let n = 0;
        for (const o of ops) {
          if (o.kind === 'tick') wall.advance(o.minutes);
          else if (o.kind === 'send') await send(o.from, o.to);
          else {
            const value = String(++n);
            for (const w of seen[o.dev]![o.field]) superseded.add(`${o.field}:${w}`);
            ok(devs[o.dev]!.core.call('facilities.update', { id: fac.id, patch: { [o.field]: o.field === 'beds' ? n : `ghi chú ${value}` } }));
            seen[o.dev]![o.field].add(value);
            written.push({ field: o.field, value });
          }
        }
        for (let round = 0; round < 2; round++) for (const [i, j] of [[0, 1], [1, 2], [2, 0], [0, 2], [2, 1], [1, 0]] as const) await send(i, j);

        const dumps = devs.map(dump);
        expect(dumps[1]).toBe(dumps[0]);
        expect(dumps[2]).toBe(dumps[0]);
        const current = ok(devs[0]!.core.call('facilities.get', { id: fac.id }));
        const lost = new Set(
          (devs[0]!.core.db.prepare('SELECT field, lost_value FROM sync_conflicts').all() as { field: string; lost_value: string }[]).map((c) => `${c.field}:${String(JSON.parse(c.lost_value)).replace('ghi chú ', '')}`),
        );
        for (const w of written) {
          const key = `${w.field}:${w.value}`;
          const isCurrent = String(current[w.field]).replace('ghi chú ', '') === w.value;
          expect(isCurrent || lost.has(key) || superseded.has(key), `value ${key} was lost`).toBe(true);
        }
        devs.forEach((d) => d.core.close());
      }),
      { numRuns: 40 },
    );
  }, 240_000);
});
