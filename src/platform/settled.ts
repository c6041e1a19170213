// When the first screen has settled: the page has loaded, a few seconds have passed, and the browser
// is idle. Work that can wait for it (registering the service worker, whose install downloads and
// stores every file of the app) then does not compete with the first screen for a phone's CPU and
// network (issue 16; docs/scaling.md, "The service worker waits").

/** How long after the page's load event `whenSettled` waits before asking for an idle moment. */
export const SETTLE_AFTER_MS = 5000;

/** The longest the idle moment is waited for, once SETTLE_AFTER_MS have passed. */
const IDLE_AT_MOST_MS = 5000;

/** Runs `f` once the page has loaded, SETTLE_AFTER_MS have passed and the browser is idle (or IDLE_AT_MOST_MS more). */
export function whenSettled(f: () => void): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => f(), { timeout: IDLE_AT_MOST_MS }) : f());
  const later = () => setTimeout(idle, SETTLE_AFTER_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
