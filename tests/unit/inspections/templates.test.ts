import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Template } from '../../../src-shared/checklists/schema';
import { loadChecklists } from '../../../src-main/core/checklists/load';
import { ok, resourcesDir, tempCore } from './helpers';

const checklistDir = path.join(resourcesDir, 'checklists');
const shipped = fs.readdirSync(checklistDir).filter((f) => f.endsWith('.json'));

describe('the shipped check-form templates', () => {
  it.each(shipped)('%s validates, and every item has Vietnamese and English labels and a legal citation', (file) => {
    const parsed = Template.safeParse(JSON.parse(fs.readFileSync(path.join(checklistDir, file), 'utf8')));
    expect(parsed.error?.issues ?? []).toEqual([]);
    const t = parsed.data!;
    for (const item of t.sections.flatMap((s) => s.items)) {
      expect(item.label.vi).toMatch(/[àáảãạăâđêôơưéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]/i);
      expect(item.label.en).not.toBe(item.label.vi);
      expect(item.citation.vi).toMatch(/Nghị định|Thông tư|QCVN|Luật/);
    }
  });

  it('covers the four checks with photos and the three minutes signatures', () => {
    const { templates, problems } = loadChecklists(checklistDir);
    expect(problems).toEqual([]);
    expect(templates.map((t) => t.template.id).sort()).toEqual(['follow-up', 'sealed-sources', 'wastewater-hospital', 'xray-diagnostic']);
    for (const { template } of templates) {
      const keys = template.sections.flatMap((s) => s.items.map((i) => i.key));
      expect(keys).toEqual(expect.arrayContaining(['sig_truong_doan', 'sig_thanh_vien', 'sig_dai_dien_co_so']));
      expect(template.sections.flatMap((s) => s.items).some((i) => i.type === 'photo')).toBe(true);
    }
    const followUp = templates.find((t) => t.template.id === 'follow-up')!.template;
    expect(followUp.sections.find((s) => s.generated)?.generated).toEqual({ from: 'open_requirements' });
  });

  it('a broken template file is reported by file and item, and the other templates still load', () => {
    const resources = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-res-'));
    fs.cpSync(resourcesDir, resources, { recursive: true });
    const broken = JSON.parse(fs.readFileSync(path.join(checklistDir, 'wastewater-hospital.json'), 'utf8'));
    broken.id = 'wastewater-broken';
    const ph = broken.sections.flatMap((s: { items: { key: string; min?: number; max?: number }[] }) => s.items).find((i: { key: string }) => i.key === 'ph_onsite');
    ph.min = 20; // min above max
    fs.writeFileSync(path.join(resources, 'checklists', 'zz-broken.json'), JSON.stringify(broken));
    fs.writeFileSync(path.join(resources, 'checklists', 'zz-not-json.json'), '{ "id": ');

    const { core } = tempCore(undefined, resources);
    const listed = ok(core.call('templates.list', {}));
    expect(listed.templates).toHaveLength(shipped.length);
    expect(listed.problems.map((p) => p.file)).toEqual(['zz-broken.json', 'zz-not-json.json']);
    const [bad, unreadable] = listed.problems;
    expect(bad!.where).toBe('sections[system].items[ph_onsite].min');
    expect(bad!.en).toContain('zz-broken.json');
    expect(bad!.en).toContain('ph_onsite');
    expect(bad!.vi).toContain('min lớn hơn max');
    expect(unreadable!.vi).toContain('Không đọc được tệp mẫu phiếu zz-not-json.json');
  });

  it('refuses a condition that reads an answer the template does not have, naming the item', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(checklistDir, 'follow-up.json'), 'utf8'));
    raw.sections[0].items[1].when = { fact: 'answer.no_such_item', eq: 'yes' };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-chk-'));
    fs.writeFileSync(path.join(dir, 'f.json'), JSON.stringify(raw));
    const { problems } = loadChecklists(dir);
    expect(problems[0]?.where).toBe('sections[basis].items[facility_report_received].when');
    expect(problems[0]?.en).toContain('no_such_item');
  });

  it('templates.get returns a template, and names an unknown one', () => {
    const { core } = tempCore();
    expect(ok(core.call('templates.get', { id: 'xray-diagnostic' })).title.vi).toBe('Kiểm tra an toàn bức xạ cơ sở X-quang chẩn đoán y tế');
    const r = core.call('templates.get', { id: 'nope' });
    expect(!r.ok && r.error.code).toBe('NOT_FOUND');
  });
});
