import { KiemTraError } from '../../../src-shared/api/errors';

/**
 * Hybrid logical clock (DESIGN.md §5): wall-clock milliseconds, a counter for events in the
 * same millisecond (or when the wall clock went backwards), and the device id as tie-breaker.
 * Encoded so that string order is causal order: "001732561234567:0000:<device>".
 *
 * The counter has four base-36 digits. When it is full the clock moves on to the next
 * millisecond instead (as if time had passed): a stamp can never grow a fifth digit and sort
 * wrongly. A peer's stamp further ahead of our wall clock than the accepted drift is refused
 * (as Actual Budget does), so one laptop with a wrong date cannot drag every device into its future.
 */
export interface Hlc {
  ms: number;
  counter: number;
  device: string;
}

export const MAX_COUNTER = 36 ** 4 - 1;
/** The largest wall-clock value the 15-digit field holds. */
const MAX_MS = 10 ** 15 - 1;
/** How far ahead of this device's clock a peer's stamp may be: one hour. */
export const DEFAULT_MAX_DRIFT_MS = 60 * 60 * 1000;

export function encodeHlc(h: Hlc): string {
  if (!Number.isInteger(h.ms) || h.ms < 0 || h.ms > MAX_MS) throw new Error(`encodeHlc: time ${h.ms} out of range`);
  if (!Number.isInteger(h.counter) || h.counter < 0 || h.counter > MAX_COUNTER) throw new Error(`encodeHlc: counter ${h.counter} out of range`);
  return `${h.ms.toString().padStart(15, '0')}:${h.counter.toString(36).padStart(4, '0')}:${h.device}`;
}

const HLC_RE = /^(\d{15}):([0-9a-z]{4}):([0-9A-Za-z._-]{1,64})$/;

export function isHlc(s: string): boolean {
  return HLC_RE.test(s);
}

export function decodeHlc(s: string): Hlc {
  const m = HLC_RE.exec(s);
  if (!m) throw new Error(`decodeHlc: malformed HLC "${s.slice(0, 80)}"`);
  return { ms: Number(m[1]), counter: parseInt(m[2]!, 36), device: m[3]! };
}

/** The next (ms, counter) after `h`: the counter, or the next millisecond when the counter is full. */
function successor(ms: number, counter: number): { ms: number; counter: number } {
  return counter < MAX_COUNTER ? { ms, counter: counter + 1 } : { ms: ms + 1, counter: 0 };
}

/** A peer's clock too far ahead of ours: names the device and the skew. */
export function clockDriftError(device: string, remoteMs: number, wallMs: number, maxDriftMs: number): KiemTraError {
  const minutes = Math.round((remoteMs - wallMs) / 60000);
  const limit = Math.round(maxDriftMs / 60000);
  return new KiemTraError(
    'BAD_FILE',
    `Đồng hồ của thiết bị ${device} nhanh hơn đồng hồ máy này ${minutes} phút (cho phép ${limit} phút). Hãy chỉnh ngày giờ của một trong hai máy rồi thử lại; dữ liệu không bị thay đổi.`,
    `The clock of device ${device} is ${minutes} minutes ahead of this computer's (${limit} allowed). Correct the date and time of one of them and try again; nothing was changed.`,
    { context: { device, skewMinutes: minutes, maxDriftMinutes: limit } },
  );
}

export class HlcClock {
  private last: Hlc;

  constructor(
    private readonly device: string,
    private readonly now: () => number,
    lastSeen?: string | null,
    readonly maxDriftMs: number = DEFAULT_MAX_DRIFT_MS,
  ) {
    this.last = lastSeen ? decodeHlc(lastSeen) : { ms: 0, counter: 0, device };
  }

  /** A new timestamp for a local event, later than every one seen so far. */
  tick(): string {
    const wall = this.now();
    const next = wall > this.last.ms ? { ms: wall, counter: 0 } : successor(this.last.ms, this.last.counter);
    this.last = { ...next, device: this.device };
    return encodeHlc(this.last);
  }

  /** The latest timestamp issued or received (for persisting across restarts). */
  latest(): string {
    return encodeHlc(this.last);
  }

  /** Throws if a peer's stamp is further ahead of our wall clock than the accepted drift. */
  checkDrift(remote: string): void {
    const r = decodeHlc(remote);
    const wall = this.now();
    if (r.ms - wall > this.maxDriftMs) throw clockDriftError(r.device, r.ms, wall, this.maxDriftMs);
  }

  /** Merges a timestamp received from another device (on import) so later local events sort after it. */
  receive(remote: string): void {
    this.checkDrift(remote);
    const r = decodeHlc(remote);
    const wall = this.now();
    const ms = Math.max(wall, r.ms, this.last.ms);
    let next: { ms: number; counter: number };
    if (ms === this.last.ms && ms === r.ms) next = successor(ms, Math.max(this.last.counter, r.counter));
    else if (ms === this.last.ms) next = successor(ms, this.last.counter);
    else if (ms === r.ms) next = successor(ms, r.counter);
    else next = { ms, counter: 0 };
    this.last = { ...next, device: this.device };
  }
}
