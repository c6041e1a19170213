import { startTransition, useEffect, useState } from 'react';

/**
 * How many of a screen's `parts` to show: one at first, then one more in each later task of the
 * browser, until all are shown. A screen of many Ionic items then reaches the page in several short
 * commits instead of one long one (each item is a web component the browser sets up as it is
 * inserted, which cannot be paused), so a tap on the tab bar is answered between them (issue 16).
 * Show the parts top to bottom, so nothing already shown moves.
 */
export function useStaged(parts: number): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= parts) return undefined;
    const next = setTimeout(() => startTransition(() => setShown((n) => n + 1)));
    return () => clearTimeout(next);
  }, [shown, parts]);
  return Math.min(shown, parts);
}
