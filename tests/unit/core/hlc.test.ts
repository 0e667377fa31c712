import { describe, expect, it } from 'vitest';
import { decodeHlc, encodeHlc, HlcClock } from '../../../src-main/core/db/hlc';

describe('hybrid logical clock', () => {
  it('orders events in the same millisecond and when the wall clock goes back', () => {
    let now = 1_700_000_000_000;
    const clock = new HlcClock('dev-a', () => now);
    const a = clock.tick();
    const b = clock.tick();
    now -= 5_000; // the laptop's clock was set back
    const c = clock.tick();
    expect([a, b, c]).toEqual([...[a, b, c]].sort());
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('sorts after a timestamp received from another device', () => {
    const clock = new HlcClock('dev-a', () => 1000);
    const remote = encodeHlc({ ms: 9_000, counter: 3, device: 'dev-b' });
    clock.receive(remote);
    const next = clock.tick();
    expect(next > remote).toBe(true);
    expect(decodeHlc(next)).toMatchObject({ ms: 9_000, device: 'dev-a' });
  });

  it('refuses a malformed timestamp by name', () => {
    expect(() => decodeHlc('yesterday')).toThrow(/decodeHlc/);
  });
});
