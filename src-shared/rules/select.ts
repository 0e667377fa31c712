import { isIsoDate, viDate } from './dates';
import type { ApplyCondition, LocalText, RuleDomain, RulePack } from './pack-schema';
import { compareVersions } from './semver';

/**
 * Picks the pack in force for a facility on a date, and says why. Steps:
 * 1. newest version of each pack id;
 * 2. packs of the domain in force on the date (effectiveFrom ≤ date ≤ effectiveTo);
 * 3. packs whose `appliesTo.when` holds (any alternative; empty = all facilities);
 * 4. highest `appliesTo.priority`, then latest effectiveFrom.
 */

export interface FacilityDates {
  /** First day of operation. */
  operatingSince?: string | null;
  /** Date of the (environmental / discharge) permit. */
  permitDate?: string | null;
}

export interface PackConsidered {
  packId: string;
  version: string;
  chosen: boolean;
  reason: LocalText;
}

export interface Selection {
  pack: RulePack | null;
  reason: LocalText;
  considered: PackConsidered[];
}

/** Keeps the highest version of each pack id (an imported 1.1.0 replaces a shipped 1.0.0). */
export function newestVersions(packs: readonly RulePack[]): RulePack[] {
  const best = new Map<string, RulePack>();
  for (const p of packs) {
    const cur = best.get(p.id);
    if (!cur || compareVersions(p.version, cur.version) > 0) best.set(p.id, p);
  }
  return [...best.values()];
}

/** The earlier of the facility's operating and permit dates: "operating or permitted before". */
export function facilityStart(f: FacilityDates): string | null {
  const dates = [f.operatingSince, f.permitDate].filter((d): d is string => isIsoDate(d));
  return dates.length ? dates.sort()[0]! : null;
}

function conditionHolds(c: ApplyCondition, date: string, start: string | null): boolean {
  if (c.inspectionBefore && !(date < c.inspectionBefore)) return false;
  if (c.inspectionOnOrAfter && !(date >= c.inspectionOnOrAfter)) return false;
  if (c.facilityStartedBefore && !(start !== null && start < c.facilityStartedBefore)) return false;
  if (c.facilityStartedOnOrAfter && !(start !== null && start >= c.facilityStartedOnOrAfter)) return false;
  return true;
}

function describe(c: ApplyCondition, lang: 'vi' | 'en'): string {
  const parts: string[] = [];
  const d = (s: string) => viDate(s);
  if (c.inspectionBefore) parts.push(lang === 'vi' ? `kiểm tra trước ${d(c.inspectionBefore)}` : `checked before ${d(c.inspectionBefore)}`);
  if (c.inspectionOnOrAfter) parts.push(lang === 'vi' ? `kiểm tra từ ${d(c.inspectionOnOrAfter)}` : `checked on or after ${d(c.inspectionOnOrAfter)}`);
  if (c.facilityStartedBefore) parts.push(lang === 'vi' ? `cơ sở hoạt động/được cấp phép trước ${d(c.facilityStartedBefore)}` : `facility operating/permitted before ${d(c.facilityStartedBefore)}`);
  if (c.facilityStartedOnOrAfter) parts.push(lang === 'vi' ? `cơ sở hoạt động/được cấp phép từ ${d(c.facilityStartedOnOrAfter)}` : `facility operating/permitted from ${d(c.facilityStartedOnOrAfter)}`);
  return parts.join(lang === 'vi' ? ' và ' : ' and ');
}

export function selectPack(packs: readonly RulePack[], domain: RuleDomain, facility: FacilityDates, date: string): Selection {
  if (!isIsoDate(date)) {
    return { pack: null, reason: { vi: 'Chưa có ngày kiểm tra hợp lệ để chọn quy chuẩn.', en: 'No valid inspection date to choose the regulation by.' }, considered: [] };
  }
  const start = facilityStart(facility);
  const considered: PackConsidered[] = [];
  const matching: { pack: RulePack; why: LocalText }[] = [];
  for (const pack of newestVersions(packs).filter((p) => p.appliesTo.domain === domain)) {
    const code = pack.regulation.code;
    if (date < pack.effectiveFrom || (pack.effectiveTo !== null && date > pack.effectiveTo)) {
      const until = pack.effectiveTo ? ` – ${viDate(pack.effectiveTo)}` : '';
      considered.push({
        packId: pack.id,
        version: pack.version,
        chosen: false,
        reason: {
          vi: `${code} không có hiệu lực ngày ${viDate(date)} (hiệu lực ${viDate(pack.effectiveFrom)}${until})`,
          en: `${code} is not in force on ${viDate(date)} (in force ${viDate(pack.effectiveFrom)}${pack.effectiveTo ? ` – ${viDate(pack.effectiveTo)}` : ''})`,
        },
      });
      continue;
    }
    const when = pack.appliesTo.when;
    const hit = when.find((c) => conditionHolds(c, date, start));
    if (when.length > 0 && !hit) {
      const needsStart = when.some((c) => c.facilityStartedBefore || c.facilityStartedOnOrAfter);
      const unknown = needsStart && start === null;
      considered.push({
        packId: pack.id,
        version: pack.version,
        chosen: false,
        reason: {
          vi: `${code} chỉ áp dụng khi ${when.map((c) => describe(c, 'vi')).join(' hoặc ')}${unknown ? ' — chưa có ngày hoạt động/cấp phép của cơ sở' : ''}`,
          en: `${code} applies only when ${when.map((c) => describe(c, 'en')).join(' or ')}${unknown ? ' — the facility has no operating/permit date' : ''}`,
        },
      });
      continue;
    }
    matching.push({
      pack,
      why: hit
        ? { vi: `${code} có hiệu lực và ${describe(hit, 'vi')}`, en: `${code} is in force and ${describe(hit, 'en')}` }
        : { vi: `${code} có hiệu lực ngày ${viDate(date)} và áp dụng cho mọi cơ sở`, en: `${code} is in force on ${viDate(date)} and applies to every facility` },
    });
  }
  matching.sort((a, b) => b.pack.appliesTo.priority - a.pack.appliesTo.priority || (a.pack.effectiveFrom < b.pack.effectiveFrom ? 1 : a.pack.effectiveFrom > b.pack.effectiveFrom ? -1 : 0));
  const chosen = matching[0] ?? null;
  for (const m of matching) {
    const won = m === chosen;
    considered.push({
      packId: m.pack.id,
      version: m.pack.version,
      chosen: won,
      reason: won
        ? m.why
        : {
            vi: `${m.why.vi}, nhưng ${chosen!.pack.regulation.code} được ưu tiên (${chosen!.pack.appliesTo.explanation?.vi ?? 'ưu tiên cao hơn'})`,
            en: `${m.why.en}, but ${chosen!.pack.regulation.code} takes precedence (${chosen!.pack.appliesTo.explanation?.en ?? 'higher priority'})`,
          },
    });
  }
  if (!chosen) {
    return { pack: null, reason: { vi: `Không có gói quy chuẩn ${domain} nào áp dụng ngày ${viDate(date)}.`, en: `No ${domain} rule pack applies on ${viDate(date)}.` }, considered };
  }
  return {
    pack: chosen.pack,
    reason: {
      vi: `Áp dụng ${chosen.pack.regulation.code} (gói ${chosen.pack.id} ${chosen.pack.version}): ${chosen.why.vi}.`,
      en: `Applying ${chosen.pack.regulation.code} (pack ${chosen.pack.id} ${chosen.pack.version}): ${chosen.why.en}.`,
    },
    considered,
  };
}
