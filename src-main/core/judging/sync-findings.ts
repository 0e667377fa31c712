import type { FindingSync } from '../../../src-shared/api/judging';
import type { ItemVerdict, ItemVerdicts } from '../../../src-shared/judging/types';
import type { Verdict } from '../../../src-shared/rules/verdict';
import { SEVERITY_FROM_RULE, type FindingFields } from '../../../src-shared/schemas/finding';
import type { CoreContext } from '../context';
import { insertRecord, updateRecord } from '../db/records';
import { findingSpec } from '../findings/specs';
import { naturalId } from '../db/ids';

interface AutoRow {
  id: string;
  item_key: string;
  instance_key: string;
  rule_key: string;
  status: 'open' | 'dismissed';
  verdict: string | null;
  deleted_at: string | null;
}

interface Current {
  item: ItemVerdicts;
  fails: ItemVerdict[];
  /** The first verdict of this identity, failed or not. */
  first: ItemVerdict;
}

function identity(itemKey: string, instanceKey: string, key: string): string {
  return `${itemKey}\u0000${instanceKey}\u0000${key}`;
}

function titleOf(item: ItemVerdicts, where: string | null, lang: 'vi' | 'en' = 'vi'): string {
  const instance = lang === 'en' ? (item.instanceLabelEn ?? item.instanceLabel) : item.instanceLabel;
  return [item.label[lang], instance].filter(Boolean).join(' — ') + (where ? ` (${where})` : '');
}

function descriptionOf(fails: ItemVerdict[]): string {
  return fails.map((f) => (f.where && fails.length > 1 ? `${f.where}: ${f.verdict.explanation.vi}` : f.verdict.explanation.vi)).join('\n');
}

/** A verdict to keep with an auto finding whose item is no longer judged (hidden by an answer). */
function noLongerJudged(stored: Verdict | null): Verdict | null {
  if (!stored) return null;
  return {
    ...stored,
    status: 'na',
    severity: null,
    explanation: {
      vi: 'Không áp dụng: mục không còn được đánh giá theo các câu trả lời hiện tại.',
      en: 'Not applicable: the item is no longer judged given the current answers.',
    },
  };
}

/**
 * Makes the inspection's auto findings match its failed verdicts: one finding per failed
 * (item, instance, rule key), updated in place when re-judged; dismissed when the verdict no
 * longer fails; reopened when it fails again after the engine (not the inspector) dismissed it.
 * An auto finding the inspector dismissed keeps a failed verdict and stays dismissed; one the
 * inspector deleted is not made again; manual findings are never touched.
 * `scope` limits the work to those item keys (the items one saved answer affects).
 */
export function syncAutoFindings(ctx: CoreContext, inspection: { id: string; facilityId: string }, items: ItemVerdicts[], scope: ReadonlySet<string> | null): FindingSync {
  const result: FindingSync = { created: 0, updated: 0, dismissed: 0, reopened: 0 };
  const current = new Map<string, Current>();
  for (const item of items) {
    for (const v of item.verdicts) {
      const id = identity(item.itemKey, item.instanceKey, v.key);
      const entry = current.get(id) ?? { item, fails: [], first: v };
      if (v.verdict.status === 'fail') entry.fails.push(v);
      current.set(id, entry);
    }
  }
  ctx.db.transaction(() => {
    const rows = (
      ctx.db
        .prepare("SELECT id, item_key, instance_key, rule_key, status, verdict, deleted_at FROM findings WHERE inspection_id = ? AND origin = 'rule' ORDER BY deleted_at IS NOT NULL, created_at, id")
        .all(inspection.id) as AutoRow[]
    ).filter((r) => !scope || scope.has(r.item_key));
    const existing = new Map<string, AutoRow>();
    for (const r of rows) {
      const id = identity(r.item_key, r.instance_key, r.rule_key);
      if (!existing.has(id)) existing.set(id, r);
    }
    for (const [id, entry] of current) {
      if (entry.fails.length === 0) continue;
      const lead = entry.fails[0]!;
      const row = existing.get(id);
      if (row?.deleted_at) continue;
      const content = {
        ruleId: lead.verdict.ruleId,
        packId: lead.verdict.packId,
        packVersion: lead.verdict.packVersion,
        verdict: lead.verdict,
        title: titleOf(entry.item, lead.where),
        titleEn: titleOf(entry.item, lead.whereEn ?? lead.where, 'en'),
        description: descriptionOf(entry.fails),
      };
      if (!row) {
        const fields: FindingFields = {
          inspectionId: inspection.id,
          facilityId: inspection.facilityId,
          itemKey: entry.item.itemKey,
          instanceKey: entry.item.instanceKey,
          origin: 'rule',
          ruleKey: lead.key,
          severity: SEVERITY_FROM_RULE[lead.verdict.severity ?? 'major'],
          status: 'open',
          ...content,
        };
        insertRecord(ctx, findingSpec, fields, naturalId('finding', inspection.id, entry.item.itemKey, entry.item.instanceKey, lead.key));
        result.created++;
        continue;
      }
      const stored = row.verdict ? (JSON.parse(row.verdict) as Verdict) : null;
      const reopen = row.status === 'dismissed' && stored?.status !== 'fail';
      const changed = updateRecord(ctx, findingSpec, row.id, reopen ? { ...content, status: 'open' } : content);
      if (reopen) result.reopened++;
      else if (changed.length > 0) result.updated++;
    }
    for (const [id, row] of existing) {
      if (row.deleted_at || row.status !== 'open' || (current.get(id)?.fails.length ?? 0) > 0) continue;
      const now = current.get(id)?.first.verdict ?? noLongerJudged(row.verdict ? (JSON.parse(row.verdict) as Verdict) : null);
      updateRecord(ctx, findingSpec, row.id, { status: 'dismissed', verdict: now });
      result.dismissed++;
    }
  })();
  return result;
}
