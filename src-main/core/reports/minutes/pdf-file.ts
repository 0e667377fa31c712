import type { MinutesLang } from '../../../../src-shared/minutes/view';
import { foldVietnamese } from '../../../../src-shared/text/fold';
import { collectMinutesView, type MinutesEnv } from './collect';
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
 * The minutes PDF of an inspection from its live data: always a draft ("BẢN NHÁP", no hash).
 * Signed minutes print from the view frozen in their snapshot instead (renderMinutesPdf with
 * the stored view and draft: false).
 */
export function liveMinutesPdf(env: MinutesEnv, inspectionId: string, lang: MinutesLang): MinutesFile {
  const view = collectMinutesView(env, inspectionId, lang);
  const pdf = renderMinutesPdf(view, { draft: true, blobs: blobReader(env), resourcesDir: env.resources.dir, lang });
  return { fileName: minutesFileName(view.decision.number, view.datedAt.date, lang), pdf, draft: true };
}

export { blobReader };
