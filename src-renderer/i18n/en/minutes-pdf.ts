import type { minutesPdf as vi } from '../vi/minutes-pdf';

/** The inspection minutes PDF. */
export const minutesPdf: typeof vi = {
  download: 'Download minutes (PDF)',
  downloadEn: 'English version (PDF)',
  preparing: 'Making the minutes…',
  done: 'Minutes downloaded: {{file}}',
  draftNote: 'Minutes printed from the current data are a draft ("BẢN NHÁP" on every page, no content hash).',
};
