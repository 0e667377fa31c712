import type { IncomingMessage } from 'node:http';

/**
 * Web mode binds 127.0.0.1 only, but a web page the user visits could still try to reach it
 * (CSRF, DNS rebinding). Every API call must therefore carry the per-start token, a Host of
 * our own address, and an Origin of our own address.
 */
export interface WebGuard {
  token: string;
  port: number;
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function hostAllowed(req: Pick<IncomingMessage, 'headers'>, guard: WebGuard): boolean {
  const host = req.headers.host;
  return typeof host === 'string' && allowedHosts(guard.port).includes(host.toLowerCase());
}

export function originAllowed(req: Pick<IncomingMessage, 'headers'>, guard: WebGuard): boolean {
  const origin = req.headers.origin;
  return typeof origin === 'string' && allowedHosts(guard.port).map((h) => `http://${h}`).includes(origin.toLowerCase());
}

/** Constant-time comparison of the token header. */
export function tokenAllowed(req: Pick<IncomingMessage, 'headers'>, guard: WebGuard): boolean {
  const given = req.headers['x-kiemtra-token'];
  if (typeof given !== 'string' || given.length !== guard.token.length) return false;
  let diff = 0;
  for (let i = 0; i < given.length; i++) diff |= given.charCodeAt(i) ^ guard.token.charCodeAt(i);
  return diff === 0;
}
