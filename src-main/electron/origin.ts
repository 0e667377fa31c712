/**
 * Where the app's own pages live. The renderer is served from a privileged custom scheme rather
 * than file:// (Electron security checklist, "prefer custom protocols"): file:// pages get
 * extra privileges and can read any local file, while app://kiemtra/ is one origin that only
 * reaches dist/renderer.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiemtra';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` is a page of the app itself. Compares scheme and host rather than
 * `URL.origin`, which WHATWG URL reports as "null" for non-web schemes such as app:.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string' || url === '') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '' && parsed.port === '';
}
