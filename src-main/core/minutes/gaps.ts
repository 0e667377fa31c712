import type { FieldIssue } from '../../../src-shared/api/errors';
import type { Inspection } from '../../../src-shared/schemas/inspection';
import type { ChecklistStore } from '../checklists/store';
import type { CoreContext } from '../context';
import { listAttachments } from '../inspections/attachments';
import { inspectionProgress } from '../inspections/progress';

/** A gap names what is missing and where: an item ("itemKey" / "itemKey[instanceKey]") or a header field. */
export interface SigningGap extends FieldIssue {
  kind: 'item' | 'signature' | 'facilityOpinion' | 'endedAt';
}

const SIGNERS = [
  { role: 'truong_doan', item: 'sig_truong_doan', vi: 'Chữ ký của trưởng đoàn kiểm tra', en: 'Signature of the team leader' },
  { role: 'dai_dien_co_so', item: 'sig_dai_dien_co_so', vi: 'Chữ ký của đại diện cơ sở', en: 'Signature of the facility representative' },
] as const;

/**
 * What "Hoàn thành và ký" still needs: every required visible item, the drawn signatures of the
 * team leader and of the facility's representative, the facility's opinion and the closing time.
 * Empty: the minutes can be signed.
 */
export function signingGaps(ctx: CoreContext, store: ChecklistStore, inspection: Inspection): SigningGap[] {
  const progress = inspectionProgress(ctx, store, inspection.id);
  const gaps: SigningGap[] = progress.missing.map((m) => {
    const vi = m.instanceLabel ? `${m.label.vi} — ${m.instanceLabel}` : m.label.vi;
    const en = m.instanceLabel ? `${m.label.en} — ${m.instanceLabel}` : m.label.en;
    return { kind: 'item', path: m.instanceKey ? `${m.itemKey}[${m.instanceKey}]` : m.itemKey, vi, en };
  });
  const signatures = listAttachments(ctx, inspection.id).filter((a) => a.kind === 'signature');
  for (const s of SIGNERS) {
    if (gaps.some((g) => g.path === s.item)) continue;
    const signed = signatures.some((a) => a.signerRole === s.role || a.itemKey === s.item);
    if (!signed) gaps.push({ kind: 'signature', path: s.item, vi: s.vi, en: s.en });
  }
  if (!inspection.facilityOpinion?.trim()) gaps.push({ kind: 'facilityOpinion', path: 'facilityOpinion', vi: 'Ý kiến của cơ sở được kiểm tra', en: "The facility's opinion" });
  if (!inspection.endedAt) gaps.push({ kind: 'endedAt', path: 'endedAt', vi: 'Thời gian kết thúc (giờ lập xong biên bản)', en: 'The closing time of the minutes' });
  return gaps;
}
