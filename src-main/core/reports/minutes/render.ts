import type { MinutesLang, MinutesView } from '../../../../src-shared/minutes/view';
import { embeddableImage, printPdf, qrPng } from '../pdf/printer';
import { minutesDocument } from './document';
import { minutesWords } from './labels';

export interface RenderMinutesOptions {
  /** A draft prints "BẢN NHÁP" on every page and no content hash, whatever the view holds. */
  draft: boolean;
  /** The bytes of a stored photo or signature image by SHA-256; null when absent. */
  blobs: (sha256: string) => Buffer | null;
  /** The shipped resources folder (fonts/). */
  resourcesDir: string;
  /** Print language; defaults to the view's. */
  lang?: MinutesLang;
}

/**
 * The Biên bản kiểm tra PDF of a minutes view (A4, embedded Roboto). The same view and options
 * give the same bytes: the PDF's dates are the check's own, and nothing else varies.
 */
export function renderMinutesPdf(view: MinutesView, options: RenderMinutesOptions): Buffer {
  const lang = options.lang ?? view.lang;
  const images: Record<string, Buffer> = {};
  const keys = new Map<string, string | null>();
  const keyOf = (sha: string | null): string | null => {
    if (!sha) return null;
    const known = keys.get(sha);
    if (known !== undefined) return known;
    const data = embeddableImage(options.blobs(sha));
    const key = data ? `blob-${sha}` : null;
    if (key && data) images[key] = data;
    keys.set(sha, key);
    return key;
  };
  // Images are looked up while the document is built, before layout reads the dictionary.
  const hash = options.draft ? null : view.contentHash;
  if (hash) images['content-hash-qr'] = qrPng(hash);
  const def = minutesDocument(view, { draft: options.draft, lang, images: { keyOf, qrKey: hash ? 'content-hash-qr' : null } });
  const day = view.endedAt ?? view.startedAt ?? view.datedAt.date;
  const date = day && !Number.isNaN(Date.parse(`${day.slice(0, 10)}T00:00:00Z`)) ? new Date(`${day.slice(0, 10)}T00:00:00Z`) : null;
  return printPdf(def, { resourcesDir: options.resourcesDir, images, date, title: `${minutesWords(lang).title} — ${view.facility.name}` });
}
