import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordJudgement } from '../../../src-main/core/judging/judge';
import { consoleReading, fillRequired, ok, refused, resourcesDir, tempCore, xrayCheck } from './helpers';
import { IMPORT_REASON, signedBySupervisor, trustSupervisor } from '../rules/signing';

describe('completed minutes keep the pack they were judged by', () => {
  it('records the packs at completion, and judging again with a newer imported pack shows both verdict sets', () => {
    const { core } = tempCore();
    const { id, unitId } = xrayCheck(core);
    consoleReading(core, id, unitId, 8);
    fillRequired(core, id);
    const recorded = recordJudgement(core.env, id);
    expect(recorded.packs.map((p) => [p.packId, p.version])).toEqual([['radiation-xray-142-2020', '1.0.0']]);
    ok(core.call('inspections.complete', { id, conclusion: 'Cơ sở cơ bản đáp ứng yêu cầu an toàn bức xạ.', endedAt: '2025-11-20T11:30', facilityOpinion: 'Cơ sở thống nhất.' }));
    const inspection = ok(core.call('inspections.get', { id })).inspection;
    expect(inspection.status).toBe('signed');
    expect(inspection.rulePacks).toEqual([{ id: 'radiation-xray-142-2020', version: '1.0.0' }]);
    const findingsAtCompletion = ok(core.call('findings.list', { inspectionId: id }));

    // The law tightens the console limit: a supervisor imports version 1.1.0.
    const pack = JSON.parse(fs.readFileSync(path.join(resourcesDir, 'rules', 'radiation-xray-142-2020.json'), 'utf8'));
    pack.version = '1.1.0';
    pack.rules.find((r: { id: string }) => r.id === 'radiation.dose_rate.console').parameters.max.value = 5;
    trustSupervisor(core);
    ok(core.call('rules.packs.import', { fileName: 'radiation-1.1.0.json', json: signedBySupervisor(pack), reason: IMPORT_REASON }));

    const r = ok(core.call('inspections.rejudge', { inspectionId: id }));
    const consoleVerdict = (v: NonNullable<typeof r.original>) => v.items.find((i) => i.itemKey === 'unit_dose_rates')!.verdicts[0]!.verdict;
    expect(r.original!.packs.map((p) => p.version)).toEqual(['1.0.0']);
    expect(r.current.packs.map((p) => p.version)).toEqual(['1.1.0']);
    expect(consoleVerdict(r.original!)).toMatchObject({ status: 'pass', packVersion: '1.0.0', limit: { min: null, max: 10 } });
    expect(consoleVerdict(r.current)).toMatchObject({ status: 'fail', packVersion: '1.1.0', limit: { min: null, max: 5 } });
    expect(r.changed).toBe(true);

    // The signed minutes are not re-judged in place.
    expect(refused(core.call('inspections.judge', { inspectionId: id })).code).toBe('CONFLICT');
    expect(ok(core.call('findings.list', { inspectionId: id }))).toEqual(findingsAtCompletion);
    expect(ok(core.call('inspections.verdicts', { inspectionId: id })).packs[0]!.version).toBe('1.1.0');
  });

  it('an inspection not completed yet has only the current verdicts', () => {
    const { core } = tempCore();
    const { id } = xrayCheck(core);
    const r = ok(core.call('inspections.rejudge', { inspectionId: id }));
    expect(r.original).toBeNull();
    expect(r.note?.vi).toContain('chưa ghi gói quy chuẩn');
    expect(r.current.packs[0]!.packId).toBe('radiation-xray-142-2020');
  });
});
