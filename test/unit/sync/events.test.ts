import { describe, expect, it } from 'vitest';
import { backoffMs, parseEvents } from '../../../src/sync';

describe('S18 reading the events stream', () => {
  it('splits events, skips keep-alive comments, and keeps a half-received event for the next chunk', () => {
    const first = parseEvents('event: hello\ndata: {"version":3}\n\n: keep-alive\n\nevent: changed\ndata: {"vers');
    expect(first.events).toEqual([{ event: 'hello', data: '{"version":3}' }]);
    const second = parseEvents(`${first.rest}ion":4}\r\n\r\n`);
    expect(second.events).toEqual([{ event: 'changed', data: '{"version":4}' }]);
    expect(second.rest).toBe('');
  });
});

describe('back-off between tries', () => {
  it('doubles from 1 s to at most 5 minutes, with jitter between half and all of the wait', () => {
    expect(backoffMs(1, () => 0)).toBe(500);
    expect(backoffMs(1, () => 0.999999)).toBe(1000);
    expect(backoffMs(3, () => 1)).toBe(4000);
    expect(backoffMs(30, () => 1)).toBe(300_000);
    expect(backoffMs(30, () => 0)).toBe(150_000);
  });
});
