import type { minutes as vi } from '../vi/minutes';

/** The inspection minutes PDF. */
export const minutes: typeof vi = {
  download: 'Download minutes (PDF)',
  downloadEn: 'English version (PDF)',
  preparing: 'Making the minutes…',
  done: 'Minutes downloaded: {{file}}',
  draftNote: 'Minutes printed from the current data are a draft ("BẢN NHÁP" on every page, no content hash).',
};
