import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/core';
import { loadPacks, loadShippedPacks } from '../../../src-main/core/rules/packs';
import { KiemTraError } from '../../../src-shared/api/errors';
import { selectPack } from '../../../src-shared/rules/select';
import { evaluateWastewaterParameter } from '../../../src-shared/rules/wastewater';
import { IMPORT_REASON, signedBySupervisor, trustSupervisor } from './signing';

const resourcesDir = path.resolve('resources');
const cores: Core[] = [];
function tempCore(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-packs-'))) {
  const core = openCore({ dataDir: dir, resourcesDir, actor: 'Giám sát viên', now: () => new Date('2026-02-01T08:00:00Z') });
  cores.push(core);
  trustSupervisor(core);
  return { core, dir };
}
afterEach(() => cores.splice(0).forEach((c) => c.close()));

/** QCVN 40:2025 as a supervisor fills it: values typed from the text, version raised. */
function filledQcvn40(): string {
  const pack = JSON.parse(fs.readFileSync(path.join(resourcesDir, 'rules', 'qcvn-40-2025-btnmt.json'), 'utf8'));
  pack.version = '1.0.0';
  for (const rule of pack.rules) {
    for (const [name, p] of Object.entries(rule.parameters) as [string, { value: unknown; verified: boolean }][]) {
      p.verified = true;
      if (rule.kind === 'wastewater.receiving_water') p.value = name === 'central_plant' ? 'none' : name === 'domestic_supply' ? 'A' : 'B';
      else if (rule.kind === 'wastewater.k_factor') p.value = name === 'hospitalBedsThreshold' ? 300 : 1;
      else if (name === 'kApplies') p.value = false;
      else if (rule.kind === 'wastewater.range') p.value = { min: 6, max: 9 };
      else if (rule.kind === 'wastewater.not_detected') p.value = 'KPH';
      else p.value = 40;
    }
  }
  return signedBySupervisor(pack);
}

function count(core: Core, sql: string): number {
  return (core.db.prepare(sql).get() as { n: number }).n;
}

describe('a supervisor imports a rule pack', () => {
  it('lists the four shipped packs, each marked in use', () => {
    const { core } = tempCore();
    const r = core.call('rules.packs.list', {});
    if (!r.ok) throw new Error(r.error.en);
    expect(r.value.map((e) => `${e.pack.id}@${e.pack.version}:${e.origin}:${e.inUse}`)).toEqual([
      'qcvn-28-2010-btnmt@1.0.0:shipped:true',
      'qcvn-40-2025-btnmt@0.1.0:shipped:true',
      'radiation-xray-142-2020@1.0.0:shipped:true',
      'sources-iaea-2006@1.0.0:shipped:true',
    ]);
  });

  it('refuses an invalid pack, names the field, and writes nothing', () => {
    const { core } = tempCore();
    const pack = JSON.parse(filledQcvn40());
    delete pack.rules[3].parameters.B.verified;
    const r = core.call('rules.packs.import', { fileName: 'qcvn40-dien.json', json: JSON.stringify(pack), reason: IMPORT_REASON });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('BAD_FILE');
    expect(r.error.issues?.[0]?.path).toBe('rules.3.parameters.B.verified');
    expect(r.error.vi).toContain('rules.3.parameters.B.verified');
    expect(r.error.vi).toContain('qcvn40-dien.json');
    expect(count(core, 'SELECT count(*) AS n FROM rule_packs')).toBe(0);
    expect(count(core, "SELECT count(*) AS n FROM audit_log WHERE entity = 'rule_pack'")).toBe(0);

    const wrongType = JSON.parse(filledQcvn40());
    wrongType.rules[3].parameters.A.value = 'bốn mươi';
    const r2 = core.call('rules.packs.import', { fileName: 'x.json', json: JSON.stringify(wrongType), reason: IMPORT_REASON });
    expect(!r2.ok && r2.error.issues?.[0]?.path).toBe('rules.3.parameters.A.value');

    const r3 = core.call('rules.packs.import', { fileName: 'x.json', json: '{ not json', reason: IMPORT_REASON });
    expect(!r3.ok && r3.error.code).toBe('BAD_FILE');
    expect(count(core, 'SELECT count(*) AS n FROM rule_packs')).toBe(0);
  });

  it('imports a filled QCVN 40:2025, which then judges new facilities and survives reopening the file', () => {
    const { core, dir } = tempCore();
    const json = filledQcvn40();
    const r = core.call('rules.packs.import', { fileName: 'qcvn40-dien.json', json, reason: IMPORT_REASON });
    expect(r.ok && r.value).toMatchObject({ id: 'qcvn-40-2025-btnmt', version: '1.0.0', alreadyImported: false });
    const again = core.call('rules.packs.import', { fileName: 'qcvn40-dien.json', json, reason: IMPORT_REASON });
    expect(again.ok && again.value.alreadyImported).toBe(true);
    expect(count(core, "SELECT count(*) AS n FROM audit_log WHERE entity = 'rule_pack' AND actor = 'Giám sát viên'")).toBe(1);
    core.close();

    const reopened = tempCore(dir).core;
    const list = reopened.call('rules.packs.list', {});
    if (!list.ok) throw new Error(list.error.en);
    const q40 = list.value.filter((e) => e.pack.id === 'qcvn-40-2025-btnmt');
    expect(q40.map((e) => `${e.pack.version}:${e.origin}:${e.inUse}`)).toEqual(['1.0.0:imported:true', '0.1.0:shipped:false']);
    expect(q40[0]).toMatchObject({ sourceFile: 'qcvn40-dien.json', importedBy: 'Giám sát viên', importedAt: '2026-02-01T08:00:00.000Z' });

    const chosen = selectPack(loadPacks(reopened.env), 'wastewater', { operatingSince: '2026-01-01' }, '2026-02-01');
    expect(chosen.pack?.version).toBe('1.0.0');
    const v = evaluateWastewaterParameter(chosen.pack!, { facilityKind: 'hospital', beds: 100, receivingWater: 'other_water' }, 'cod', 41);
    expect(v).toMatchObject({ status: 'fail', packId: 'qcvn-40-2025-btnmt', packVersion: '1.0.0' });
  });

  it('refuses to change an imported version, or to shadow a shipped one', () => {
    const { core } = tempCore();
    const json = filledQcvn40();
    expect(core.call('rules.packs.import', { fileName: 'a.json', json, reason: IMPORT_REASON }).ok).toBe(true);
    const changed = JSON.parse(json);
    changed.notes = 'sửa';
    const r = core.call('rules.packs.import', { fileName: 'b.json', json: signedBySupervisor(changed), reason: IMPORT_REASON });
    expect(!r.ok && r.error.code).toBe('CONFLICT');
    const shipped = fs.readFileSync(path.join(resourcesDir, 'rules', 'qcvn-28-2010-btnmt.json'), 'utf8');
    const r2 = core.call('rules.packs.import', { fileName: 'c.json', json: shipped, reason: IMPORT_REASON });
    expect(!r2.ok && r2.error.vi).toContain('tăng version');
    expect(count(core, 'SELECT count(*) AS n FROM rule_packs')).toBe(1);
  });
});

describe('shipped packs are checked when loaded', () => {
  it('a broken pack file stops loading with the file and the field named', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-res-'));
    fs.mkdirSync(path.join(dir, 'rules'));
    const pack = JSON.parse(fs.readFileSync(path.join(resourcesDir, 'rules', 'radiation-xray-142-2020.json'), 'utf8'));
    pack.effectiveFrom = '2021-02-30';
    fs.writeFileSync(path.join(dir, 'rules', 'radiation.json'), JSON.stringify(pack));
    let error: unknown;
    try {
      loadShippedPacks(dir);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(KiemTraError);
    const e = error as KiemTraError;
    expect(e.code).toBe('BAD_FILE');
    expect(e.vi).toContain('radiation.json');
    expect(e.issues?.[0]?.path).toBe('effectiveFrom');
  });
});
