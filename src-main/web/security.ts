import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Web mode binds 127.0.0.1 only, but other local processes and OS users, and web pages the user
 * visits (CSRF, DNS rebinding), can reach the port. The server therefore hands its session over
 * once: `kiemtra serve` prints a URL with a one-time launch code; the first GET with it gets an
 * HttpOnly SameSite=Strict session cookie. Every API call must carry that cookie, a Host of our
 * own address and an Origin of our own address.
 */
export interface WebGuard {
  port: number;
}

export const SESSION_COOKIE = 'kiemtra_session';

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

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** The value of one cookie in a Cookie header, or null. */
export function cookieValue(req: Pick<IncomingMessage, 'headers'>, name: string): string | null {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

export type LaunchOutcome = { ok: true; session: string } | { ok: false; reason: 'unknown' | 'used' };

/**
 * Launch codes (each valid once) and the sessions they were exchanged for. Codes and sessions
 * are 32 random bytes; comparisons are constant-time.
 */
export class SessionKeeper {
  private readonly fresh = new Set<string>();
  private readonly used = new Set<string>();
  private readonly sessions = new Set<string>();

  /** A new one-time launch code. */
  issueCode(): string {
    const code = crypto.randomBytes(32).toString('hex');
    this.fresh.add(code);
    return code;
  }

  /** Trades a launch code for a new session, once. */
  exchange(code: string): LaunchOutcome {
    const match = (set: Set<string>) => [...set].find((c) => sameSecret(c, code));
    const fresh = match(this.fresh);
    if (fresh) {
      this.fresh.delete(fresh);
      this.used.add(fresh);
      const session = crypto.randomBytes(32).toString('hex');
      this.sessions.add(session);
      return { ok: true, session };
    }
    return { ok: false, reason: match(this.used) ? 'used' : 'unknown' };
  }

  /** Whether the request carries the cookie of a session this server started. */
  hasSession(req: Pick<IncomingMessage, 'headers'>): boolean {
    const given = cookieValue(req, SESSION_COOKIE);
    return given !== null && [...this.sessions].some((s) => sameSecret(s, given));
  }
}

export function sessionCookie(session: string): string {
  return `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`;
}
