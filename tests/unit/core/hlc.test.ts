import { describe, expect, it } from 'vitest';
import { decodeHlc, encodeHlc, HlcClock, MAX_COUNTER } from '../../../src-main/core/db/hlc';

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

describe('hybrid logical clock limits', () => {
  it('never overflows its counter into a stamp that sorts wrongly: a full counter moves to the next millisecond', () => {
    const clock = new HlcClock('dev-a', () => 1000, encodeHlc({ ms: 5000, counter: MAX_COUNTER - 1, device: 'dev-a' }));
    const a = clock.tick();
    const b = clock.tick();
    const c = clock.tick();
    expect(decodeHlc(a)).toMatchObject({ ms: 5000, counter: MAX_COUNTER });
    expect(decodeHlc(b)).toMatchObject({ ms: 5001, counter: 0 });
    expect([a, b, c]).toEqual([a, b, c].sort());
    expect(b.length).toBe(a.length);
    expect(() => encodeHlc({ ms: 1, counter: MAX_COUNTER + 1, device: 'x' })).toThrow(/counter/);
  });

  it('a received stamp with a full counter also moves on instead of overflowing', () => {
    const clock = new HlcClock('dev-a', () => 1000);
    clock.receive(encodeHlc({ ms: 2000, counter: MAX_COUNTER, device: 'dev-b' }));
    expect(decodeHlc(clock.latest())).toMatchObject({ ms: 2001, counter: 0, device: 'dev-a' });
  });

  it('refuses a peer clock more than the allowed drift ahead, naming the device and the skew', () => {
    const now = Date.UTC(2026, 11, 2, 8, 0, 0);
    const clock = new HlcClock('dev-a', () => now);
    const ahead = encodeHlc({ ms: now + 3 * 60 * 60 * 1000, counter: 0, device: 'laptop-b' });
    let error: unknown;
    try {
      clock.receive(ahead);
    } catch (err) {
      error = err;
    }
    expect(error).toMatchObject({ code: 'BAD_FILE', context: { device: 'laptop-b', skewMinutes: 180, maxDriftMinutes: 60 } });
    expect((error as { vi: string }).vi).toContain('laptop-b');
    expect(clock.tick() < ahead).toBe(true);
    clock.receive(encodeHlc({ ms: now + 30 * 60 * 1000, counter: 0, device: 'laptop-b' }));
  });
});
