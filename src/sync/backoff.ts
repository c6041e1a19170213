// How long to wait before trying again: doubling from 1 s to 5 minutes, with jitter so that many
// devices coming back online at once do not all call the server in the same instant.
const FIRST_MS = 1000;
const MOST_MS = 5 * 60 * 1000;

/** The wait before attempt `failures + 1` (failures ≥ 1), between half and all of the doubled delay. */
export function backoffMs(failures: number, random: () => number = Math.random): number {
  const full = Math.min(MOST_MS, FIRST_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(full / 2 + (full / 2) * random());
}

/** Wait `ms`, or less if `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
