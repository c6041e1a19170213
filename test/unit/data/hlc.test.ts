import { describe, expect, it } from 'vitest';
import {
  compareHlc,
  formatHlc,
  HLC_ZERO,
  isHlcStamp,
  MAX_HLC_COUNTER,
  maxHlc,
  parseHlc,
  receiveHlc,
  tickHlc,
} from '../../../src/domain/hlc';

const A = 'device-a';
const B = 'device-b';

describe('hybrid logical clock', () => {
  it('writes a stamp that reads back, and sorts as text in time order', () => {
    const s = formatHlc({ wallMs: 1_767_225_600_000, counter: 7, nodeId: A });
    expect(s).toBe('001767225600000-000007-device-a');
    expect(parseHlc(s)).toEqual({ wallMs: 1_767_225_600_000, counter: 7, nodeId: A });
    expect(isHlcStamp(s)).toBe(true);
    const stamps = [
      formatHlc({ wallMs: 20, counter: 0, nodeId: A }),
      formatHlc({ wallMs: 9, counter: 5, nodeId: B }),
      formatHlc({ wallMs: 9, counter: 5, nodeId: A }),
      formatHlc({ wallMs: 100, counter: 0, nodeId: A }),
      formatHlc({ wallMs: 9, counter: 12, nodeId: A }),
    ];
    const parts = [...stamps].sort().map((x) => parseHlc(x));
    expect(parts.map((p) => [p.wallMs, p.counter, p.nodeId])).toEqual([
      [9, 5, A],
      [9, 5, B],
      [9, 12, A],
      [20, 0, A],
      [100, 0, A],
    ]);
    expect(compareHlc(HLC_ZERO, stamps[1]!)).toBeLessThan(0);
  });

  it('refuses malformed stamps and node ids', () => {
    expect(() => parseHlc('12-3-x')).toThrow(/Not a clock stamp/);
    expect(() => formatHlc({ wallMs: 1, counter: 0, nodeId: 'has space' })).toThrow(/device id/);
    expect(() => formatHlc({ wallMs: -1, counter: 0, nodeId: A })).toThrow(RangeError);
    expect(isHlcStamp(42)).toBe(false);
  });

  it('ticks with the wall clock, and counts within one millisecond', () => {
    const first = tickHlc(null, 1000, A);
    expect(parseHlc(first)).toEqual({ wallMs: 1000, counter: 0, nodeId: A });
    const same = tickHlc(first, 1000, A);
    expect(parseHlc(same)).toMatchObject({ wallMs: 1000, counter: 1 });
    const later = tickHlc(same, 1005, A);
    expect(parseHlc(later)).toMatchObject({ wallMs: 1005, counter: 0 });
    expect(compareHlc(first, same)).toBeLessThan(0);
    expect(compareHlc(same, later)).toBeLessThan(0);
  });

  it('keeps going up when the device clock goes back', () => {
    const before = tickHlc(null, 5000, A);
    const afterSetBack = tickHlc(before, 1000, A);
    expect(parseHlc(afterSetBack)).toMatchObject({ wallMs: 5000, counter: 1 });
    expect(compareHlc(afterSetBack, before)).toBeGreaterThan(0);
  });

  it('moves on a millisecond when the counter is full', () => {
    const full = formatHlc({ wallMs: 5000, counter: MAX_HLC_COUNTER, nodeId: A });
    expect(parseHlc(tickHlc(full, 5000, A))).toMatchObject({ wallMs: 5001, counter: 0 });
  });

  it('after receiving a stamp, the next local stamp is later than it, even from a clock ahead', () => {
    const local = tickHlc(null, 1000, A);
    const remote = formatHlc({ wallMs: 9000, counter: 3, nodeId: B });
    const received = receiveHlc(local, remote, 1001, A);
    expect(parseHlc(received)).toEqual({ wallMs: 9000, counter: 4, nodeId: A });
    const next = tickHlc(received, 1002, A);
    expect(compareHlc(next, remote)).toBeGreaterThan(0);
    expect(compareHlc(next, received)).toBeGreaterThan(0);
  });

  it('on receiving, takes the largest of now, local and remote', () => {
    const local = formatHlc({ wallMs: 2000, counter: 4, nodeId: A });
    expect(parseHlc(receiveHlc(local, formatHlc({ wallMs: 1000, counter: 9, nodeId: B }), 1500, A))).toMatchObject({
      wallMs: 2000,
      counter: 5,
    });
    expect(parseHlc(receiveHlc(local, formatHlc({ wallMs: 2000, counter: 9, nodeId: B }), 1500, A))).toMatchObject({
      wallMs: 2000,
      counter: 10,
    });
    expect(parseHlc(receiveHlc(local, formatHlc({ wallMs: 1000, counter: 9, nodeId: B }), 3000, A))).toMatchObject({
      wallMs: 3000,
      counter: 0,
    });
    expect(parseHlc(receiveHlc(null, formatHlc({ wallMs: 1000, counter: 9, nodeId: B }), 500, A))).toMatchObject({
      wallMs: 1000,
      counter: 10,
    });
  });

  it('two devices editing the same field agree on the later change', () => {
    const a1 = tickHlc(null, 1000, A);
    const b1 = tickHlc(null, 1000, B);
    expect(maxHlc(a1, b1)).toBe(b1); // same time: the device id breaks the tie, the same way everywhere
    expect(maxHlc(b1, a1)).toBe(b1);
  });
});
