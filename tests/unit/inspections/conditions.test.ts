import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCondition, type Condition } from '../../../src-shared/checklists/conditions';
import { answerKey, expandTemplate, progressOf, type ExpansionFacts } from '../../../src-shared/checklists/expand';
import { Template } from '../../../src-shared/checklists/schema';
import { hospital, ok, resourcesDir, tempCore, xrayUnit } from './helpers';

const xray = Template.parse(JSON.parse(fs.readFileSync(path.join(resourcesDir, 'checklists', 'xray-diagnostic.json'), 'utf8')));

function facts(units: { id: string; type: string }[], facility: Record<string, unknown> = { kind: 'hospital' }): ExpansionFacts {
  return {
    facility: { ...facility, xrayUnitTypes: [...new Set(units.map((u) => u.type))] },
    inspection: { kind: 'radiation' },
    records: { xray_unit: units.map((u) => ({ id: u.id, label: `Máy ${u.id}`, facts: { type: u.type } })) },
  };
}

const keysOf = (sections: ReturnType<typeof expandTemplate>, instanceKey: string) =>
  sections.filter((s) => s.instanceKey === instanceKey).flatMap((s) => s.items.map((i) => i.item.key));

describe('conditions decide which items an inspector sees', () => {
  it('evaluates all/any/not, membership, comparisons and missing facts', () => {
    const lookup = (f: string) => ({ 'unit.type': 'ct', 'facility.beds': 320, 'facility.xrayUnitTypes': ['ct', 'general'] })[f] ?? null;
    const cases: [Condition, boolean][] = [
      [{ fact: 'unit.type', in: ['ct', 'fluoroscopy', 'c_arm'] }, true],
      [{ not: { fact: 'unit.type', eq: 'ct' } }, false],
      [{ all: [{ fact: 'facility.beds', gte: 300 }, { fact: 'unit.type', ne: 'mobile' }] }, true],
      [{ any: [{ fact: 'facility.beds', lt: 300 }, { fact: 'facility.xrayUnitTypes', contains: 'general' }] }, true],
      [{ fact: 'facility.xrayUnitTypes', allIn: ['ct'] }, false],
      [{ fact: 'answer.has_rso', eq: 'yes' }, false],
      [{ fact: 'answer.has_rso', exists: false }, true],
    ];
    for (const [cond, expected] of cases) expect([cond, evaluateCondition(cond, lookup)]).toEqual([cond, expected]);
  });

  it('asks for verification within 12 months for a CT and within 24 months for a general unit', () => {
    const sections = expandTemplate(xray, facts([{ id: 'ct-1', type: 'ct' }, { id: 'gen-1', type: 'general' }]));
    expect(keysOf(sections, 'ct-1')).toContain('unit_qc_interval_12');
    expect(keysOf(sections, 'ct-1')).not.toContain('unit_qc_interval_24');
    expect(keysOf(sections, 'gen-1')).toContain('unit_qc_interval_24');
    expect(keysOf(sections, 'gen-1')).not.toContain('unit_qc_interval_12');
  });

  it('asks for lead glasses and gloves only at a C-arm, and a thyroid shield at a mobile unit', () => {
    const sections = expandTemplate(xray, facts([{ id: 'c', type: 'c_arm' }, { id: 'm', type: 'mobile' }, { id: 'g', type: 'general' }]));
    expect(keysOf(sections, 'c')).toEqual(expect.arrayContaining(['ppe_apron', 'ppe_thyroid', 'ppe_glasses_gloves']));
    expect(keysOf(sections, 'm')).toEqual(expect.arrayContaining(['ppe_apron', 'ppe_thyroid']));
    expect(keysOf(sections, 'm')).not.toContain('ppe_glasses_gloves');
    expect(keysOf(sections, 'g')).not.toContain('ppe_thyroid');
  });

  it('hides the RSO section at a dental clinic with only intra-oral units, and shows it once a panoramic unit is added', () => {
    const intraOral = expandTemplate(xray, facts([{ id: 'd1', type: 'dental_intraoral' }, { id: 'd2', type: 'dental_intraoral' }], { kind: 'dental' }));
    expect(keysOf(intraOral, '')).not.toContain('has_rso');
    const withPano = expandTemplate(xray, facts([{ id: 'd1', type: 'dental_intraoral' }, { id: 'p', type: 'dental_panoramic' }], { kind: 'dental' }));
    expect(keysOf(withPano, '')).toContain('has_rso');
  });

  it('reveals follow-up items from answers, and counts progress over required visible items', () => {
    const f = facts([{ id: 'u1', type: 'general' }]);
    const before = expandTemplate(xray, f);
    expect(keysOf(before, '')).not.toContain('rso_name');
    const answers = new Map<string, unknown>([[answerKey('has_rso', ''), 'yes']]);
    const after = expandTemplate(xray, f, answers);
    expect(keysOf(after, '')).toEqual(expect.arrayContaining(['rso_name', 'rso_certificate']));
    const p = progressOf(after, answers);
    expect(p.requiredAnswered).toBe(1);
    expect(p.required).toBe(p.missing.length + 1);
    expect(p.missing.find((m) => m.itemKey === 'unit_qc_certificate')).toMatchObject({ instanceKey: 'u1', instanceLabel: 'Máy u1' });
  });

  it('repeats the unit section once per X-ray unit in the register of a real data file', () => {
    const { core } = tempCore();
    const fid = hospital(core);
    const ct = xrayUnit(core, fid, 'ct', 'CT-001');
    const gen = xrayUnit(core, fid, 'general', 'GX-77');
    const other = hospital(core, 'Phòng khám Nha khoa Hoa Ban', 'dental');
    xrayUnit(core, other, 'dental_intraoral', 'D-1');
    const inspection = ok(core.call('inspections.create', { facilityId: fid, kind: 'radiation', templateId: 'xray-diagnostic' }));
    const detail = ok(core.call('inspections.get', { id: inspection.id }));
    const sections = expandTemplate(xray, detail.facts);
    const units = sections.filter((s) => s.section.key === 'unit');
    expect(units.map((s) => s.instanceKey)).toEqual([ct, gen]);
    expect(units[0]!.instanceLabel).toBe('CT (cắt lớp vi tính) Shimadzu (SN CT-001)');
    expect(keysOf(sections, ct)).toContain('unit_qc_interval_12');
    expect(detail.progress.total).toBe(sections.reduce((n, s) => n + s.items.length, 0));
  });
});
