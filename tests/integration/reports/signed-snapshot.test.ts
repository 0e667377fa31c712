import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportFilter } from '../../../src-shared/schemas/report';
import { ok, reportWorld, type ReportWorld } from './support';

/**
 * A supervisor reports what the inspectors signed, not what the register says today. The
 * wastewater limits depend on the facility's beds (the K factor of QCVN 28): after the register's
 * beds change, a check not yet signed is judged again by today's facts, while a signed one keeps
 * the limit and the verdict its minutes froze.
 */
let world: ReportWorld;
beforeAll(() => {
  world = reportWorld();
});
afterAll(() => world.core.close());

const filter: ReportFilter = { from: '2025-01-01', to: '2026-11-30', commune: null, kind: 'wastewater', team: null };

async function wastewaterRows(): Promise<Record<string, string>[]> {
  const file = ok(await world.core.callAsync('reports.export', { filter, format: 'csv', subject: 'wastewater' }));
  return parse(Buffer.from(file.base64, 'base64'), { bom: true, columns: true }) as Record<string, string>[];
}

const key = (r: Record<string, string>) => `${r['Ngày kiểm tra']}|${r['Cơ sở']}|${r['Chỉ tiêu']}`;

describe('wastewater results in a summary', () => {
  it('come from the signed minutes for a signed check and from today’s judging for one not yet signed', async () => {
    const signed = world.inspections.filter((i) => i.kind === 'wastewater' && i.status === 'signed' && i.measured.length);
    const open = world.inspections.filter((i) => i.kind === 'wastewater' && i.status === 'in_progress' && i.measured.length);
    expect(signed.length).toBeGreaterThan(0);
    expect(open.length).toBeGreaterThan(0);

    const before = await wastewaterRows();
    expect(before.length).toBeGreaterThan(0);
    const sources = new Set(before.map((r) => r['Nguồn đánh giá']));
    expect(sources).toEqual(new Set(['Biên bản đã ký', 'Quy chuẩn hiện hành (chưa ký)']));

    // The register changes after signing: every facility with a wastewater check now has 900 beds
    // (K = 1.0 instead of 1.2, or a K where there was none).
    const facilityIds = new Set([...signed, ...open].map((i) => i.facilityId));
    for (const id of facilityIds) ok(world.core.call('facilities.update', { id, patch: { beds: 900 } }));

    const after = await wastewaterRows();
    const byKey = (rows: Record<string, string>[], source: string) => new Map(rows.filter((r) => r['Nguồn đánh giá'] === source).map((r) => [key(r), r]));
    const signedBefore = byKey(before, 'Biên bản đã ký');
    const signedAfter = byKey(after, 'Biên bản đã ký');
    expect(signedAfter.size).toBe(signedBefore.size);
    for (const [k, row] of signedBefore) expect(signedAfter.get(k), k).toEqual(row);

    // The same change does reach the checks not yet signed: the test would see a register read.
    const openBefore = byKey(before, 'Quy chuẩn hiện hành (chưa ký)');
    const openAfter = byKey(after, 'Quy chuẩn hiện hành (chưa ký)');
    const changed = [...openBefore].filter(([k, row]) => openAfter.get(k)?.['Giới hạn cho phép'] !== row['Giới hạn cho phép']);
    expect(changed.length).toBeGreaterThan(0);
  });
});
