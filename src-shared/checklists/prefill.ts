import { foldVietnamese } from '../text/fold';
import { answerKey, type AnswerMap, type ExpansionFacts, type RegisterRecord } from './expand';
import type { Repeat, Template } from './schema';

/**
 * Register prefill: the answers the facility's register already knows (licence number and
 * expiry, last QC date, design capacity and actual flow, disinfection, RSO …), each with where
 * it came from. The form shows them as answers to confirm or correct; progress, the
 * required-items check and judging count them until the inspector types another value.
 * Pure: the core gathers the register, the renderer shows the same entries.
 */

export type PrefillEntity = 'licence' | 'xray_unit' | 'sealed_source' | 'wastewater_system' | 'worker';

/** A licence or declaration as the prefill reads it (records/licences.ts gives the rest). */
export interface PrefillLicence {
  id: string;
  kind: string;
  number: string;
  issuedBy: string | null;
  expiresOn: string | null;
  units: { entity: string; id: string }[];
}

export interface PrefillSource {
  entity: PrefillEntity;
  recordId: string;
  /** The register field the value was read from; null when derived (e.g. "has an RSO"): not writable back. */
  field: string | null;
  /** What the form says after "Từ sổ đăng ký:" / "From the register:". */
  label: { vi: string; en: string };
}

export interface PrefillEntry {
  itemKey: string;
  /** '' for top-level items, else the register record's id (as in answers). */
  instanceKey: string;
  value: unknown;
  source: PrefillSource;
}

export interface PrefillRegister {
  facts: ExpansionFacts;
  licences: PrefillLicence[];
}

type Records = Partial<Record<Repeat, RegisterRecord[]>>;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const date = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

/** The licence a radiation template reads: a licence (not a declaration) covering the right units, latest expiry first. */
function licenceFor(licences: PrefillLicence[], covers: 'xray_unit' | 'sealed_source'): PrefillLicence | null {
  const proper = licences.filter((l) => l.kind === 'giay_phep');
  const pool = proper.length ? proper : licences;
  const covering = pool.filter((l) => l.units.some((u) => u.entity === covers));
  const ranked = (covering.length ? covering : pool).slice().sort((a, b) => (b.expiresOn ?? '').localeCompare(a.expiresOn ?? ''));
  return ranked[0] ?? null;
}

function licenceLabel(l: PrefillLicence, what: { vi: string; en: string }): { vi: string; en: string } {
  return { vi: `Giấy phép số ${l.number} — ${what.vi}`, en: `Licence no. ${l.number} — ${what.en}` };
}

/** Free-text register values mapped to a template choice (only when the words say it plainly). */
const TECHNOLOGY_WORDS: [string, RegExp][] = [
  ['mbbr', /\bmbbr\b/],
  ['mbr', /\bmbr\b/],
  ['aao', /\b(aao|a2o|a\/a\/o|anoxic)\b/],
  ['biofilter', /(biofilter|loc sinh hoc|be loc sinh hoc)/],
  ['package_unit', /(hop khoi|package|modul)/],
];
const DISINFECTION_WORDS: [string, RegExp][] = [
  ['none', /^(khong|none|no)\b/],
  ['uv', /(\buv\b|cuc tim|ultraviolet)/],
  ['ozone', /ozon/],
  ['chlorine', /(clo|chlor|javen|hypoclorit)/],
];

function choiceFrom(text: string | null, words: [string, RegExp][]): string | null {
  if (!text) return null;
  const f = foldVietnamese(text);
  return words.find(([, re]) => re.test(f))?.[0] ?? null;
}

type Rule = (ctx: { records: Records; licences: PrefillLicence[]; template: Template; record: RegisterRecord | null }) => { value: unknown; source: Omit<PrefillSource, 'entity' | 'recordId'> & { entity?: PrefillEntity; recordId?: string } } | null;

const LICENCE_RULES = (covers: 'xray_unit' | 'sealed_source'): Record<string, Rule> => ({
  licence_present: ({ licences }) => {
    const l = licenceFor(licences, covers);
    return l ? { value: 'yes', source: { entity: 'licence', recordId: l.id, field: null, label: licenceLabel(l, { vi: 'có trong sổ đăng ký', en: 'recorded in the register' }) } } : null;
  },
  licence_number: ({ licences }) => {
    const l = licenceFor(licences, covers);
    if (!l) return null;
    const issuer = covers === 'sealed_source' ? str(l.issuedBy) : null;
    return {
      value: issuer ? `${l.number}, ${issuer}` : l.number,
      source: { entity: 'licence', recordId: l.id, field: issuer ? null : 'number', label: licenceLabel(l, { vi: 'số giấy phép', en: 'licence number' }) },
    };
  },
  licence_expiry: ({ licences }) => {
    const l = licenceFor(licences, covers);
    const d = l ? date(l.expiresOn) : null;
    return l && d ? { value: d, source: { entity: 'licence', recordId: l.id, field: 'expiresOn', label: licenceLabel(l, { vi: 'ngày hết hạn', en: 'expiry date' }) } } : null;
  },
});

function rso(records: Records): RegisterRecord | null {
  return (records.worker ?? []).find((w) => w.facts.isRso === true) ?? null;
}

const RSO_RULES: Record<string, Rule> = {
  has_rso: ({ records }) => {
    const w = rso(records);
    return w ? { value: 'yes', source: { entity: 'worker', recordId: w.id, field: null, label: { vi: `Người phụ trách an toàn: ${w.label}`, en: `Radiation safety officer: ${w.label}` } } } : null;
  },
  rso_name: ({ records }) => {
    const w = rso(records);
    return w ? { value: w.label, source: { entity: 'worker', recordId: w.id, field: null, label: { vi: `Người phụ trách an toàn: ${w.label}`, en: `Radiation safety officer: ${w.label}` } } } : null;
  },
};

/**
 * The wastewater system whose permit the top-level permit items read: of those with a permit
 * number, the one whose permit runs out first (what the judge checks), else the first.
 */
function permitSystem(records: Records): RegisterRecord | null {
  const permitted = (records.wastewater_system ?? []).filter((s) => str(s.facts.permitNo));
  const dated = permitted.filter((s) => date(s.facts.permitExpiresOn) !== null).sort((a, b) => String(date(a.facts.permitExpiresOn)).localeCompare(String(date(b.facts.permitExpiresOn))));
  return dated[0] ?? permitted[0] ?? null;
}
const systemLabel = (s: RegisterRecord, vi: string, en: string) => ({ vi: `Hệ thống xử lý nước thải ${s.label} — ${vi}`, en: `Wastewater system ${s.labelEn ?? s.label} — ${en}` });

const PERMIT_RULES: Record<string, Rule> = {
  env_permit: ({ records }) => {
    const s = permitSystem(records);
    return s ? { value: 'yes', source: { entity: 'wastewater_system', recordId: s.id, field: null, label: systemLabel(s, `giấy phép số ${String(s.facts.permitNo)}`, `permit no. ${String(s.facts.permitNo)}`) } } : null;
  },
  env_permit_number: ({ records }) => {
    const s = permitSystem(records);
    return s ? { value: str(s.facts.permitNo), source: { entity: 'wastewater_system', recordId: s.id, field: 'permitNo', label: systemLabel(s, 'số giấy phép', 'permit number') } } : null;
  },
  env_permit_expiry: ({ records }) => {
    const s = permitSystem(records);
    const d = s ? date(s.facts.permitExpiresOn) : null;
    return s && d ? { value: d, source: { entity: 'wastewater_system', recordId: s.id, field: 'permitExpiresOn', label: systemLabel(s, 'ngày hết hạn giấy phép', 'permit expiry') } } : null;
  },
  receiving_water: ({ records }) => {
    const s = (records.wastewater_system ?? []).find((x) => x.facts.dischargeColumn === 'A' || x.facts.dischargeColumn === 'B');
    if (!s) return null;
    const col = String(s.facts.dischargeColumn);
    return { value: col === 'A' ? 'column_a' : 'column_b', source: { entity: 'wastewater_system', recordId: s.id, field: 'dischargeColumn', label: systemLabel(s, `cột ${col}`, `column ${col}`) } };
  },
  permit_k_factor: ({ records }) => {
    const s = (records.wastewater_system ?? []).find((x) => num(x.facts.permitK) !== null);
    return s ? { value: num(s.facts.permitK), source: { entity: 'wastewater_system', recordId: s.id, field: 'permitK', label: systemLabel(s, 'hệ số K trong giấy phép', 'permit K factor') } } : null;
  },
};

/** A field of the section's own record, copied as it is. */
function own(entity: PrefillEntity, field: string, parse: (v: unknown) => unknown, vi: string, en: string): Rule {
  return ({ record }) => {
    const v = record ? parse(record.facts[field]) : null;
    return record && v !== null && v !== undefined ? { value: v, source: { entity, recordId: record.id, field, label: { vi: `${record.label} — ${vi}`, en: `${record.labelEn ?? record.label} — ${en}` } } } : null;
  };
}

/** A free-text field of the section's record mapped to one of the item's choices (not writable back). */
function ownChoice(entity: PrefillEntity, field: string, words: [string, RegExp][], vi: string, en: string): Rule {
  return ({ record }) => {
    const text = record ? str(record.facts[field]) : null;
    const key = choiceFrom(text, words);
    return record && key ? { value: key, source: { entity, recordId: record.id, field: null, label: { vi: `${record.label} — ${vi}: ${text}`, en: `${record.labelEn ?? record.label} — ${en}: ${text}` } } } : null;
  };
}

const SYSTEM_RULES: Record<string, Rule> = {
  technology: ownChoice('wastewater_system', 'technology', TECHNOLOGY_WORDS, 'công nghệ', 'technology'),
  design_capacity: own('wastewater_system', 'designCapacityM3PerDay', num, 'công suất thiết kế', 'design capacity'),
  actual_flow: own('wastewater_system', 'actualFlowM3PerDay', num, 'lưu lượng thực tế', 'actual flow'),
  commissioning_date: own('wastewater_system', 'commissionedOn', date, 'ngày vận hành', 'commissioned on'),
  disinfection: ownChoice('wastewater_system', 'disinfection', DISINFECTION_WORDS, 'khử trùng', 'disinfection'),
};

const UNIT_RULES: Record<string, Rule> = {
  unit_qc_date: own('xray_unit', 'lastQcOn', date, 'lần kiểm định gần nhất', 'last QC'),
};

const WORKER_RULES: Record<string, Rule> = {
  worker_health_date: own('worker', 'lastHealthCheckOn', date, 'khám sức khoẻ gần nhất', 'last health check'),
  worker_training_date: (ctx) =>
    own('worker', 'lastRefresherOn', date, 'đào tạo nhắc lại gần nhất', 'last refresher training')(ctx) ??
    own('worker', 'trainingOn', date, 'đào tạo an toàn bức xạ', 'radiation safety training')(ctx),
};

/** Which rules a template's top-level items and repeated sections use, by subject. */
function rulesFor(template: Template): { top: Record<string, Rule>; repeat: Partial<Record<Repeat, Record<string, Rule>>> } {
  switch (template.subject) {
    case 'xray':
      return { top: { ...LICENCE_RULES('xray_unit'), ...RSO_RULES }, repeat: { xray_unit: UNIT_RULES, worker: WORKER_RULES } };
    case 'sources':
      return { top: { ...LICENCE_RULES('sealed_source'), ...RSO_RULES }, repeat: {} };
    case 'wastewater':
      return { top: PERMIT_RULES, repeat: { wastewater_system: SYSTEM_RULES } };
    default:
      return { top: {}, repeat: {} };
  }
}

/** Every item of the template the register can answer, with its value and source (visible or not). */
export function registerPrefill(template: Template, register: PrefillRegister): PrefillEntry[] {
  const { top, repeat } = rulesFor(template);
  const records = register.facts.records;
  const out: PrefillEntry[] = [];
  const push = (itemKey: string, instanceKey: string, rule: Rule | undefined, record: RegisterRecord | null, entity: PrefillEntity | null) => {
    if (!rule) return;
    const hit = rule({ records, licences: register.licences, template, record });
    if (!hit || hit.value === null || hit.value === undefined) return;
    const source: PrefillSource = {
      entity: hit.source.entity ?? (entity as PrefillEntity),
      recordId: hit.source.recordId ?? record?.id ?? '',
      field: hit.source.field,
      label: hit.source.label,
    };
    out.push({ itemKey, instanceKey, value: hit.value, source });
  };
  for (const section of template.sections) {
    if (!section.repeat) {
      for (const item of section.items) push(item.key, '', top[item.key], null, null);
      continue;
    }
    const rules = repeat[section.repeat];
    if (!rules) continue;
    for (const record of records[section.repeat] ?? []) {
      for (const item of section.items) push(item.key, record.id, rules[item.key], record, section.repeat as PrefillEntity);
    }
  }
  return out;
}

/** Stored answers, with the register's value standing in for every item not answered yet. */
export function withPrefill(answers: AnswerMap, prefill: readonly PrefillEntry[]): Map<string, unknown> {
  const out = new Map(answers);
  for (const p of prefill) {
    const key = answerKey(p.itemKey, p.instanceKey);
    const current = out.get(key);
    if (current === undefined || current === null) out.set(key, p.value);
  }
  return out;
}

/** The register value a correction is written back as (inverse of the choice mappings above). */
export function registerValueOf(entry: PrefillEntry, answer: unknown): unknown {
  if (entry.source.field === 'dischargeColumn') return answer === 'column_a' ? 'A' : answer === 'column_b' ? 'B' : undefined;
  return answer;
}
