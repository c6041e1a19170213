// whenSettled (src/platform/settled.ts): the service worker is registered only once the page has
// loaded, SETTLE_AFTER_MS have passed and the browser is idle, so its install does not compete with
// the first screen (issue 16).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_AFTER_MS, whenSettled } from '../../src/platform/settled';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function loading(state: DocumentReadyState) {
  vi.spyOn(document, 'readyState', 'get').mockReturnValue(state);
}

describe('whenSettled', () => {
  it('waits SETTLE_AFTER_MS after a page that has loaded, then for an idle moment', () => {
    vi.useFakeTimers();
    loading('complete');
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void, options: { timeout: number }) => {
      expect(options.timeout).toBeGreaterThan(0);
      idle.push(cb);
      return idle.length;
    });
    const f = vi.fn();
    whenSettled(f);
    vi.advanceTimersByTime(SETTLE_AFTER_MS - 1);
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(idle).toHaveLength(1);
    expect(f).not.toHaveBeenCalled();
    idle[0]!();
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('starts counting only at the load event of a page still loading', () => {
    vi.useFakeTimers();
    loading('interactive');
    vi.stubGlobal('requestIdleCallback', undefined);
    const f = vi.fn();
    whenSettled(f);
    vi.advanceTimersByTime(SETTLE_AFTER_MS * 3);
    expect(f).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(SETTLE_AFTER_MS - 1);
    expect(f).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(f).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(SETTLE_AFTER_MS * 3);
    expect(f).toHaveBeenCalledTimes(1);
  });
});
