import { describe, expect, it } from 'vitest';
import { consoleReading, xrayCheck } from '../findings/helpers';
import { device, exportFrom, importInto, ok, Wall } from './helpers';

describe('derived findings and the requirements written against them', () => {
  it('an open inspection travels with the auto finding a requirement names, and the import succeeds', async () => {
    const wall = new Wall();
    const laptop = device('laptop', wall);
    const supervisor = device('supervisor', wall);
    const check = xrayCheck(laptop.core);
    // The console reading fails the 10 µSv/h limit: the judge makes an auto finding, and the inspector writes a requirement for it.
    consoleReading(laptop.core, check.id, check.unitId, 12);
    ok(laptop.core.call('inspections.judge', { inspectionId: check.id }));
    const finding = ok(laptop.core.call('findings.list', { inspectionId: check.id })).find((f) => f.origin === 'rule')!;
    const requirement = ok(laptop.core.call('requirements.create', { inspectionId: check.id, findingId: finding.id, text: 'Che chắn bổ sung phòng điều khiển', responsible: 'Người phụ trách an toàn', deadline: '2026-12-20' }));
    const report = await importInto(supervisor, await exportFrom(laptop));
    expect(report.kinds.finding?.added).toBeGreaterThanOrEqual(1);
    const there = ok(supervisor.core.call('findings.list', { inspectionId: check.id }));
    expect(there.map((f) => f.id)).toContain(finding.id);
    const row = supervisor.core.db.prepare('SELECT finding_id FROM requirements WHERE id = ?').get(requirement.id) as { finding_id: string };
    expect(row.finding_id).toBe(finding.id);
  });
});
