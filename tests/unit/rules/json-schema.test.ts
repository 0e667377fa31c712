import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulePackJsonSchemaText } from '../../../src-shared/rules/json-schema';
import { RulePack } from '../../../src-shared/rules/pack-schema';

const rulesDir = path.resolve('resources', 'rules');

describe('the rule-pack format is published as a JSON Schema', () => {
  it('the committed resources/rules/rule-pack.schema.json equals the one generated from the zod schema (run scripts/gen-rule-schema.ts)', () => {
    expect(fs.readFileSync(path.join(rulesDir, 'rule-pack.schema.json'), 'utf8')).toBe(rulePackJsonSchemaText());
  });

  it('every shipped pack passes the schema and each of its rules cites the law in Vietnamese', () => {
    const files = fs.readdirSync(rulesDir).filter((f) => f.endsWith('.json') && f !== 'rule-pack.schema.json');
    expect(files.sort()).toEqual(['qcvn-28-2010-btnmt.json', 'qcvn-40-2025-btnmt.json', 'radiation-xray-142-2020.json', 'sources-iaea-2006.json']);
    for (const file of files) {
      const pack = RulePack.parse(JSON.parse(fs.readFileSync(path.join(rulesDir, file), 'utf8')));
      expect(`${pack.id}.json`).toBe(file);
      for (const rule of pack.rules) expect(rule.citation.vi).toMatch(/[àáảãạăâđêôơưéèẻẽẹíìịóòọúùụýỳ]/i);
    }
  });

  it('ships QCVN 40:2025 with every value empty and unverified', () => {
    const pack = RulePack.parse(JSON.parse(fs.readFileSync(path.join(rulesDir, 'qcvn-40-2025-btnmt.json'), 'utf8')));
    const values = pack.rules.flatMap((r) => Object.values(r.parameters));
    expect(values.length).toBeGreaterThan(40);
    for (const v of values) expect(v).toMatchObject({ value: null, verified: false });
  });

  it('keeps every limit in the packs: the engine sources hold no DOMAIN.md limit figures', () => {
    // Figures that are limits somewhere in DOMAIN.md and must only appear in resources/rules/*.json.
    const limits = ['6.5', '8.5', '1.2', '0.5', '0.025', '0.03', '0.08', '1925', '73.83', '10986', '1000', '3000', '5000', '500'];
    const dir = path.resolve('src-shared', 'rules');
    for (const file of fs.readdirSync(dir)) {
      const code = fs
        .readFileSync(path.join(dir, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      for (const n of limits) expect(code.match(new RegExp(`(?<![\\w.])${n.replace('.', '\\.')}(?![\\w.])`))?.[0], `${file} holds ${n}`).toBeUndefined();
    }
  });
});
