import type { z } from 'zod';
import { KiemTraError } from '../../../src-shared/api/errors';
import type { SignerInfo } from '../../../src-shared/minutes/snapshot';
import type { CompleteInput, Inspection } from '../../../src-shared/schemas/inspection';
import type { HandlerEnv } from '../api/types';
import { checklistStore } from '../checklists/store';
import type { CoreContext } from '../context';
import { notFound, updateRecord } from '../db/records';
import type { DeviceSigner } from '../identity/keys';
import { getInspection } from '../inspections/crud';
import { confirmPrefillOnComplete } from '../inspections/prefill';
import { inspectionSpec } from '../inspections/specs';
import { recordJudgement } from '../judging/judge';
import { buildSnapshot } from './build';
import { signingGaps, type SigningGap } from './gaps';
import { writeSigned } from './store';

/** States from which "Hoàn thành và ký" may run ('completed': closed before signing existed, unsigned). */
const SIGNABLE = new Set(['draft', 'in_progress', 'completed']);

const NO_PROFILE = () =>
  new KiemTraError(
    'CONFLICT',
    'Chưa ký được: thiết bị chưa có hồ sơ cán bộ (họ tên, chức vụ, đơn vị) và khoá ký. Hãy tạo hồ sơ trong Cài đặt (hoặc `kiemtra profile create`).',
    'Cannot sign: this device has no inspector profile (name, position, unit) and signing key yet. Create the profile in Settings (or `kiemtra profile create`).',
    { context: { reason: 'no_profile' } },
  );

/** The stored profile's device key; a clear CONFLICT without a profile, the key file's own BAD_FILE error when it cannot be used. */
export function requireSigner(ctx: CoreContext): DeviceSigner {
  if (!ctx.db.prepare('SELECT 1 FROM inspector_profile WHERE id = 1').get()) throw NO_PROFILE();
  if (ctx.identityProblem) throw ctx.identityProblem;
  if (!ctx.identity) {
    throw new KiemTraError(
      'CONFLICT',
      'Chưa ký được: thiết bị chưa có hồ sơ cán bộ và khoá ký (hoặc tệp khoá không đọc được). Hãy tạo hồ sơ trong Cài đặt.',
      'Cannot sign: this device has no inspector profile and signing key (or the key file cannot be read). Create the profile in Settings.',
      { context: { reason: 'no_identity' } },
    );
  }
  return ctx.identity;
}

export function signerInfo(ctx: CoreContext, signer: DeviceSigner): SignerInfo {
  const p = ctx.db.prepare('SELECT full_name, position, unit FROM inspector_profile WHERE id = 1').get() as { full_name: string; position: string | null; unit: string } | undefined;
  if (!p) throw NO_PROFILE();
  return { fullName: p.full_name, position: p.position, unit: p.unit, deviceId: signer.deviceId, fingerprint: signer.fingerprint };
}

function signable(ctx: CoreContext, id: string): Inspection {
  const inspection = getInspection(ctx, id);
  if (inspection.deletedAt) throw notFound(inspectionSpec, id);
  if (!SIGNABLE.has(inspection.status)) {
    const vi = inspection.status === 'signed' ? 'Biên bản đã được ký; sửa bằng biên bản bổ sung' : 'Cuộc kiểm tra đã bị huỷ; hãy mở lại trước khi ký';
    const en = inspection.status === 'signed' ? 'The minutes are already signed; correct them with an amendment' : 'The inspection is cancelled; reopen it before signing';
    throw new KiemTraError('CONFLICT', vi, en, { context: { inspectionId: id, status: inspection.status } });
  }
  return inspection;
}

function refusal(id: string, gaps: SigningGap[]): KiemTraError {
  const shown = gaps.slice(0, 10);
  const more = gaps.length - shown.length;
  return new KiemTraError(
    'CONFLICT',
    `Chưa ký được: còn thiếu ${gaps.length} mục: ${shown.map((g) => g.vi).join('; ')}${more > 0 ? ` và ${more} mục khác` : ''}`,
    `Cannot sign yet: ${gaps.length} thing(s) missing: ${shown.map((g) => g.en).join('; ')}${more > 0 ? ` and ${more} more` : ''}`,
    { issues: gaps.map(({ path, vi, en }) => ({ path, vi, en })), context: { inspectionId: id, missing: gaps.length } },
  );
}

/** What signing would still refuse for, after applying the closing fields the dialog holds (writes nothing). */
export function checkSignable(env: HandlerEnv, input: z.output<typeof CompleteInput>): SigningGap[] {
  const inspection = signable(env, input.id);
  return signingGaps(env, checklistStore(env.resources.dir), withClosing(inspection, input));
}

function withClosing(i: Inspection, input: z.output<typeof CompleteInput>): Inspection {
  return {
    ...i,
    endedAt: input.endedAt ?? i.endedAt,
    conclusion: input.conclusion !== undefined ? input.conclusion : i.conclusion,
    facilityOpinion: input.facilityOpinion !== undefined ? input.facilityOpinion : i.facilityOpinion,
  };
}

/**
 * "Hoàn thành và ký", in one transaction: the closing fields are saved, the gaps checked (refused
 * with the list), the form judged once more (findings, packs recorded), the snapshot frozen,
 * hashed and signed, and the status set to 'signed' — from which the triggers lock every row.
 */
export function completeAndSign(env: HandlerEnv, input: z.output<typeof CompleteInput>): Inspection {
  const signer = requireSigner(env);
  return env.db.transaction(() => {
    const before = signable(env, input.id);
    const legacyCompletedAt = before.status === 'completed' ? before.completedAt : null;
    const patch: Record<string, unknown> = {};
    if (input.endedAt !== undefined) patch.endedAt = input.endedAt;
    if (input.conclusion !== undefined) patch.conclusion = input.conclusion;
    if (input.facilityOpinion !== undefined) patch.facilityOpinion = input.facilityOpinion;
    if (Object.keys(patch).length) updateRecord(env, inspectionSpec, input.id, patch);
    const inspection = getInspection(env, input.id);
    const gaps = signingGaps(env, checklistStore(env.resources.dir), inspection);
    if (gaps.length) throw refusal(input.id, gaps);
    // The signed record holds the register values it was judged with, as answers.
    confirmPrefillOnComplete(env, checklistStore(env.resources.dir), inspection);
    const verdicts = recordJudgement(env, input.id);
    const signedAt = env.now().toISOString();
    const snapshot = buildSnapshot(env, getInspection(env, input.id), verdicts, signerInfo(env, signer), signedAt, legacyCompletedAt);
    writeSigned(env, signer, input.id, 0, snapshot, null, signedAt);
    updateRecord(env, inspectionSpec, input.id, { status: 'signed', completedAt: legacyCompletedAt ?? signedAt });
    return getInspection(env, input.id);
  })();
}
