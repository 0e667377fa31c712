import { KiemTraError } from '../../../../src-shared/api/errors';
import type { Item } from '../../../../src-shared/checklists/schema';
import type { AmendmentSnapshot, MinutesSnapshot, SignedMinutes, SignedRecord } from '../../../../src-shared/minutes/snapshot';
import type { MinutesAmendment, MinutesLang, MinutesView } from '../../../../src-shared/minutes/view';
import { answerWords } from '../../../../src-shared/minutes/words';
import type { CoreContext } from '../../context';
import { readSignedMinutes } from '../../minutes/store';
import { collectMinutesView, type MinutesEnv } from './collect';
import { minutesPdfOf, type MinutesFile } from './pdf-file';

/**
 * The view signed minutes print: the one frozen in their snapshot, with the stored hash, and
 * their amendments under it, each from its own snapshot. Nothing here reads a live table or a
 * rule pack; a snapshot that no longer matches its hash or signature is not printed.
 */
export function signedMinutesView(minutes: SignedMinutes): MinutesView {
  const { original } = minutes;
  for (const r of [original, ...minutes.amendments] as SignedRecord<unknown>[]) {
    if (!r.check.hash || !r.check.signature) {
      const what = r.seq === 0 ? 'biên bản' : `biên bản bổ sung số ${r.seq}`;
      const whatEn = r.seq === 0 ? 'the minutes' : `amendment ${r.seq}`;
      throw new KiemTraError(
        'DB_CORRUPT',
        `Không in được: ${what} đã ký của cuộc kiểm tra ${minutes.inspectionId} không còn khớp với ${r.check.hash ? 'chữ ký' : 'mã SHA-256'} đã lưu. Hãy chạy \`kiemtra doctor\`.`,
        `Cannot print: the signed ${whatEn} of inspection ${minutes.inspectionId} no longer match their stored ${r.check.hash ? 'signature' : 'SHA-256 hash'}. Run \`kiemtra doctor\`.`,
        { context: { inspectionId: minutes.inspectionId, seq: r.seq } },
      );
    }
  }
  const frozen = original.snapshot.view;
  if (!frozen) {
    throw new KiemTraError(
      'CONFLICT',
      `Biên bản của cuộc kiểm tra ${minutes.inspectionId} được ký trước khi bản in được lưu cùng biên bản; không in lại được từ dữ liệu hiện tại.`,
      `The minutes of inspection ${minutes.inspectionId} were signed before the printed form was frozen with them; they cannot be printed from today's data.`,
      { context: { inspectionId: minutes.inspectionId } },
    );
  }
  return { ...frozen, contentHash: original.sha256, amendments: minutes.amendments.map((a) => amendmentOf(original.snapshot, a)) };
}

function amendmentOf(original: MinutesSnapshot, a: SignedRecord<AmendmentSnapshot>): MinutesAmendment {
  const items = new Map(original.sections.flatMap((s) => s.items.map((i) => [`${i.key}\u0000${s.instanceKey}`, i] as const)));
  return {
    seq: a.seq,
    reason: a.snapshot.reason,
    text: a.snapshot.text,
    signerName: a.snapshot.signedBy.fullName,
    signedAt: a.snapshot.signedAt,
    sha256: a.sha256,
    changes: a.snapshot.changes.map((c) => {
      const item = items.get(`${c.itemKey}\u0000${c.instanceKey}`);
      // The frozen item says how its answer reads (type, unit, choice labels): no template needed.
      const def = { type: item?.type ?? 'text', unit: item?.unit ?? undefined, choices: item?.choices ?? undefined } as Item;
      return { label: c.label, instanceLabel: c.instanceLabel, before: answerWords(def, c.before.answer), after: answerWords(def, c.after.answer), note: c.after.note };
    }),
  };
}

/**
 * The minutes PDF of an inspection: signed ones from their snapshot alone (hash and QR on every
 * page), any other from the live data as a draft ("BẢN NHÁP" on every page, no hash).
 */
export function inspectionMinutesPdf(env: MinutesEnv & CoreContext, inspectionId: string, lang: MinutesLang): MinutesFile {
  const signed = readSignedMinutes(env, inspectionId);
  if (signed) return minutesPdfOf(env, signedMinutesView(signed), lang);
  return minutesPdfOf(env, collectMinutesView(env, inspectionId, lang), lang);
}
