/**
 * Hybrid logical clock (DESIGN.md §5): wall-clock milliseconds, a counter for events in the
 * same millisecond (or when the wall clock went backwards), and the device id as tie-breaker.
 * Encoded so that string order is causal order: "0001732561234567:0000:<device>".
 */
export interface Hlc {
  ms: number;
  counter: number;
  device: string;
}

export function encodeHlc(h: Hlc): string {
  return `${h.ms.toString().padStart(15, '0')}:${h.counter.toString(36).padStart(4, '0')}:${h.device}`;
}

export function decodeHlc(s: string): Hlc {
  const m = /^(\d{15}):([0-9a-z]{4}):(.+)$/.exec(s);
  if (!m) throw new Error(`decodeHlc: malformed HLC "${s}"`);
  return { ms: Number(m[1]), counter: parseInt(m[2]!, 36), device: m[3]! };
}

export class HlcClock {
  private last: Hlc;

  constructor(
    private readonly device: string,
    private readonly now: () => number,
    lastSeen?: string | null,
  ) {
    this.last = lastSeen ? decodeHlc(lastSeen) : { ms: 0, counter: 0, device };
  }

  /** A new timestamp for a local event, later than every one seen so far. */
  tick(): string {
    const wall = this.now();
    if (wall > this.last.ms) this.last = { ms: wall, counter: 0, device: this.device };
    else this.last = { ms: this.last.ms, counter: this.last.counter + 1, device: this.device };
    return encodeHlc(this.last);
  }

  /** Merges a timestamp received from another device (on import) so later local events sort after it. */
  receive(remote: string): void {
    const r = decodeHlc(remote);
    const wall = this.now();
    const ms = Math.max(wall, r.ms, this.last.ms);
    let counter = 0;
    if (ms === this.last.ms && ms === r.ms) counter = Math.max(this.last.counter, r.counter) + 1;
    else if (ms === this.last.ms) counter = this.last.counter + 1;
    else if (ms === r.ms) counter = r.counter + 1;
    this.last = { ms, counter, device: this.device };
  }
}
