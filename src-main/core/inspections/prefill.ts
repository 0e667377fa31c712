import type { z } from 'zod';
import { KiemTraError } from '../../../src-shared/api/errors';
import { answerKey, expandTemplate, type ExpansionFacts } from '../../../src-shared/checklists/expand';
import { registerPrefill, registerValueOf, withPrefill, type PrefillEntity, type PrefillEntry, type PrefillLicence } from '../../../src-shared/checklists/prefill';
import type { Inspection } from '../../../src-shared/schemas/inspection';
import { LicenceUpdateInput } from '../../../src-shared/schemas/register/licences';
import { WastewaterSystemUpdateInput } from '../../../src-shared/schemas/register/wastewater-systems';
import { WorkerUpdateInput } from '../../../src-shared/schemas/register/workers';
import { XrayUnitUpdateInput } from '../../../src-shared/schemas/register/xray-units';
import type { WriteBackInput } from '../../../src-shared/api/check-flow';
import type { CoreContext } from '../context';
import { requireTemplate, type ChecklistStore } from '../checklists/store';
import { licences } from '../records/licences';
import { updateEntity, invalid } from '../records/register-store';
import { wastewaterSystems } from '../records/wastewater-systems';
import { updateWorker } from '../records/workers';
import { xrayUnits } from '../records/xray-units';
import { listAnswers, saveAnswer } from './answers';
import { getInspection, requireEditable } from './crud';
import { inspectionFacts } from './facts';
import { stmt } from '../db/statements';

/** The facility's live licences, as the prefill reads them. */
function liveLicences(ctx: CoreContext, facilityId: string): PrefillLicence[] {
  const rows = stmt(ctx.db, 'SELECT id, kind, number, issued_by, expires_on, units FROM licences WHERE facility_id = ? AND deleted_at IS NULL ORDER BY created_at, id').all(facilityId) as { id: string; kind: string; number: string; issued_by: string | null; expires_on: string | null; units: string | null }[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    number: r.number,
    issuedBy: r.issued_by,
    expiresOn: r.expires_on,
    units: r.units ? (JSON.parse(r.units) as PrefillLicence['units']) : [],
  }));
}

/**
 * What the register answers for an open inspection. Completed, signed and cancelled checks get
 * none: completing wrote the values it used as answers, so a later register change never alters
 * the minutes.
 */
export function inspectionPrefill(ctx: CoreContext, store: ChecklistStore, inspection: Inspection, facts: ExpansionFacts = inspectionFacts(ctx, inspection)): PrefillEntry[] {
  if (inspection.status !== 'draft' && inspection.status !== 'in_progress') return [];
  const { template } = requireTemplate(store, inspection.templateId, inspection.templateVersion);
  return registerPrefill(template, { facts, licences: liveLicences(ctx, inspection.facilityId) });
}

/** Stored answers by answerKey, the register standing in for unanswered items: what progress and judging read. */
export function effectiveAnswers(ctx: CoreContext, store: ChecklistStore, inspection: Inspection, facts: ExpansionFacts): Map<string, unknown> {
  const stored = new Map(listAnswers(ctx, inspection.id).map((a) => [answerKey(a.itemKey, a.instanceKey), a.value]));
  return withPrefill(stored, inspectionPrefill(ctx, store, inspection, facts));
}

/**
 * Before the minutes close, every visible item still answered only by the register gets that
 * value as a real answer (audited like any answer), so the signed record holds what was judged.
 */
export function confirmPrefillOnComplete(ctx: CoreContext, store: ChecklistStore, inspection: Inspection): number {
  const facts = inspectionFacts(ctx, inspection);
  const prefill = inspectionPrefill(ctx, store, inspection, facts);
  if (prefill.length === 0) return 0;
  const { template } = requireTemplate(store, inspection.templateId, inspection.templateVersion);
  const stored = new Map(listAnswers(ctx, inspection.id).map((a) => [answerKey(a.itemKey, a.instanceKey), a.value]));
  const visible = new Set(expandTemplate(template, facts, withPrefill(stored, prefill)).flatMap((s) => s.items.map((i) => answerKey(i.item.key, i.instanceKey))));
  let written = 0;
  for (const p of prefill) {
    const key = answerKey(p.itemKey, p.instanceKey);
    const current = stored.get(key);
    if (!visible.has(key) || (current !== undefined && current !== null)) continue;
    saveAnswer(ctx, store, { inspectionId: inspection.id, itemKey: p.itemKey, instanceKey: p.instanceKey, value: p.value });
    written++;
  }
  return written;
}

type Writer = (ctx: CoreContext, id: string, field: string, value: unknown) => void;

/** Each register's own patch schema checks the value (its ranges, its formats) before its own update writes and audits it. */
const WRITERS: Partial<Record<PrefillEntity, Writer>> = {
  licence: (ctx, id, field, value) => void updateEntity(ctx, licences, id, parsePatch(LicenceUpdateInput, id, field, value)),
  xray_unit: (ctx, id, field, value) => void updateEntity(ctx, xrayUnits, id, parsePatch(XrayUnitUpdateInput, id, field, value)),
  wastewater_system: (ctx, id, field, value) => void updateEntity(ctx, wastewaterSystems, id, parsePatch(WastewaterSystemUpdateInput, id, field, value)),
  worker: (ctx, id, field, value) => void updateWorker(ctx, id, parsePatch(WorkerUpdateInput, id, field, value)),
};

function parsePatch<S extends z.ZodType<{ id: string; patch: Record<string, unknown> }>>(schema: S, id: string, field: string, value: unknown): z.output<S>['patch'] {
  const parsed = schema.safeParse({ id, patch: { [field]: value } });
  if (!parsed.success) {
    const [vi, en] = (parsed.error.issues[0]?.message ?? 'Giá trị không hợp lệ|Invalid value').split('|');
    throw invalid({ vi: 'sổ đăng ký', en: 'register' }, [{ path: field, vi: vi ?? '', en: en ?? vi ?? '' }]);
  }
  return parsed.data.patch;
}

/**
 * "Ghi vào sổ đăng ký": the inspector's correction of a prefilled item becomes the register's
 * value. Explicit (one item at a time), checked by the register's own rules, and audited by
 * the register's update (who, when, old and new value).
 */
export function writeBackToRegister(ctx: CoreContext, store: ChecklistStore, input: z.output<typeof WriteBackInput>): PrefillEntry {
  return ctx.db.transaction(() => {
    requireEditable(ctx, input.inspectionId);
    const inspection = getInspection(ctx, input.inspectionId);
    const entry = inspectionPrefill(ctx, store, inspection).find((p) => p.itemKey === input.itemKey && p.instanceKey === input.instanceKey);
    const where = { context: { itemKey: input.itemKey, instanceKey: input.instanceKey } };
    if (!entry) {
      throw new KiemTraError('VALIDATION', 'Mục này không lấy giá trị từ sổ đăng ký', 'This item takes no value from the register', {
        issues: [{ path: 'itemKey', vi: 'Mục không lấy từ sổ đăng ký', en: 'Item not filled from the register' }],
        ...where,
      });
    }
    const writer = WRITERS[entry.source.entity];
    if (!entry.source.field || !writer) {
      throw new KiemTraError('VALIDATION', `Không ghi ngược được: "${entry.source.label.vi}" được suy ra, hãy sửa trong sổ đăng ký`, `Cannot write back: "${entry.source.label.en}" is derived; edit the register itself`, {
        issues: [{ path: 'itemKey', vi: 'Giá trị được suy ra, không ghi ngược được', en: 'Derived value, cannot be written back' }],
        ...where,
      });
    }
    const answer = listAnswers(ctx, input.inspectionId).find((a) => a.itemKey === input.itemKey && a.instanceKey === input.instanceKey);
    const value = answer ? registerValueOf(entry, answer.value) : undefined;
    if (value === undefined || value === null || JSON.stringify(value) === JSON.stringify(registerValueOf(entry, entry.value))) {
      throw new KiemTraError('CONFLICT', 'Chưa có giá trị sửa khác với sổ đăng ký để ghi', 'No corrected value that differs from the register to write', {
        issues: [{ path: 'value', vi: 'Giá trị giống sổ đăng ký hoặc chưa nhập', en: 'Value matches the register or is empty' }],
        ...where,
      });
    }
    writer(ctx, entry.source.recordId, entry.source.field, value);
    const after = inspectionPrefill(ctx, store, inspection).find((p) => p.itemKey === input.itemKey && p.instanceKey === input.instanceKey);
    return after ?? entry;
  })();
}
