/**
 * The Content-Security-Policy sent with every app response, by the Electron app:// protocol and by
 * web mode alike. Scripts only from the app itself, no eval, no plugins, no framing (in either
 * direction), no network beyond the app; inline styles stay allowed because the UI library sets
 * style attributes. The renderer's index.html carries its own meta CSP too; the stricter applies.
 */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
