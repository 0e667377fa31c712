import fs from 'node:fs';
import path from 'node:path';
import { RulePack } from '../../../src-shared/rules/pack-schema';

/** The packs as shipped in resources/rules, parsed with the same schema the core uses. */
export function shippedPack(file: string): RulePack {
  return RulePack.parse(JSON.parse(fs.readFileSync(path.resolve('resources', 'rules', file), 'utf8')));
}

export const qcvn28 = shippedPack('qcvn-28-2010-btnmt.json');
export const qcvn40 = shippedPack('qcvn-40-2025-btnmt.json');
export const radiation = shippedPack('radiation-xray-142-2020.json');
export const sources = shippedPack('sources-iaea-2006.json');

/** A deep copy to edit in one test without touching the others. */
export function clonePack(pack: RulePack): RulePack {
  return JSON.parse(JSON.stringify(pack)) as RulePack;
}
