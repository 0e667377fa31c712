import type { App, Event, Session, Shell, WebContents } from 'electron';
import { isAppUrl } from './origin';

/**
 * Sites an inspector may need to open from the app — legal texts and regulators. They open in
 * the user's browser, never inside the app. A host matches itself or any sub-domain of it.
 */
export const EXTERNAL_HOSTS = [
  'thuvienphapluat.vn', // legal document library
  'vbpl.vn', // national legal normative documents database
  'chinhphu.vn', // government portal and its document system
  'most.gov.vn', // Ministry of Science and Technology
  'varans.vn', // Vietnam Agency for Radiation and Nuclear Safety
  'monre.gov.vn', // environment ministry (QCVN 28:2010 wastewater)
  'iaea.org', // IAEA safety standards
] as const;

/** Only https, no credentials in the URL, and a host on the allow-list (or a sub-domain of one). */
export function isAllowedExternalUrl(url: string, hosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return false;
  const host = parsed.hostname.toLowerCase();
  return hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

export type NavigationDecision = 'allow' | 'open-externally' | 'block';

/** What to do when a page of the app tries to go to `url` (navigation or window.open). */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  if (isAllowedExternalUrl(url)) return 'open-externally';
  return 'block';
}

type OpenExternal = Pick<Shell, 'openExternal'>;

/**
 * Guards one WebContents: it never leaves the app's origin, never opens a window of its own,
 * never embeds a <webview>. Allowed external links go to the user's browser.
 */
export function guardWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, shell: OpenExternal): void {
  const onLeave = (event: Pick<Event, 'preventDefault'>, url: string) => {
    const decision = decideNavigation(url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-externally') openExternally(shell, url);
  };
  contents.on('will-navigate', (event) => onLeave(event, event.url));
  contents.on('will-redirect', (event) => onLeave(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (decideNavigation(url) === 'open-externally') openExternally(shell, url);
    return { action: 'deny' };
  });
}

function openExternally(shell: OpenExternal, url: string): void {
  // Reviewed (docs/security.md): only URLs decideNavigation() sends out (https, mailto) get here.
  shell.openExternal(url).catch((err: unknown) => { /* eng-disable OPEN_EXTERNAL_JS_CHECK */
    console.error(`KiemTra: could not open ${url} in the browser:`, err);
  });
}

/** Every WebContents the app ever creates gets the guards, including ones we did not make. */
export function guardAllWebContents(app: Pick<App, 'on'>, shell: OpenExternal): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, shell));
}

/**
 * The app needs no camera, microphone, location, notifications, USB… so every permission
 * request and check is refused; a page cannot even ask the user.
 */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
