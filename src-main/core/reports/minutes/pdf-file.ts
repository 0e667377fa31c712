import type { MinutesLang, MinutesView } from '../../../../src-shared/minutes/view';
import { foldVietnamese } from '../../../../src-shared/text/fold';
import type { MinutesEnv } from './collect';
import { renderMinutesPdf } from './render';

export interface MinutesFile {
  fileName: string;
  pdf: Buffer;
  draft: boolean;
}

function blobReader(env: MinutesEnv): (sha256: string) => Buffer | null {
  const stmt = env.db.prepare('SELECT data FROM blobs WHERE sha256 = ?');
  return (sha256) => (stmt.get(sha256) as { data: Buffer } | undefined)?.data ?? null;
}

/** "bien-ban-kiem-tra_125-qd-skhcn_2025-11-20.pdf": safe on every file system. */
export function minutesFileName(decisionNumber: string | null, date: string | null, lang: MinutesLang): string {
  const slug = (s: string) => foldVietnamese(s).replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  const parts = [lang === 'en' ? 'inspection-minutes' : 'bien-ban-kiem-tra', decisionNumber ? slug(decisionNumber) : null, date].filter(Boolean);
  return `${parts.join('_')}.pdf`;
}

/**
 * The PDF of a given minutes view. Signed minutes pass the view frozen in their snapshot, with
 * its contentHash set (signed.ts inspectionMinutesPdf): the PDF then reads nothing live (images come from the blob table by the
 * SHA-256 the view names). A view without a hash always prints as a draft.
 */
export function minutesPdfOf(env: MinutesEnv, view: MinutesView, lang: MinutesLang): MinutesFile {
  const draft = !view.contentHash;
  const pdf = renderMinutesPdf(view, { draft, blobs: blobReader(env), resourcesDir: env.resources.dir, lang });
  return { fileName: minutesFileName(view.decision.number, view.datedAt.date, lang), pdf, draft };
}

export { blobReader };
