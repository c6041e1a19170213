import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A draft that saves itself: a tap (`change(patch, true)`) is saved at once, typing shortly after it
 * stops, and whatever is still unsaved when the part goes away or the app goes to the background.
 * Saves run one after another, never two at once, so the first creates a record and later ones
 * update it. `save` does the writing (through a command) and says what came of it; it may change
 * between renders. Used by every screen where people write as they go: reviews, visits, reports.
 */
export function useAutosave<D, R>(initial: () => D, save: (draft: D) => Promise<R>, nothingYet: R, delayMs: number) {
  const [draft, setDraft] = useState<D>(initial);
  const latest = useRef(draft);
  const saver = useRef(save);
  saver.current = save;
  const none = useRef(nothingYet);
  const chain = useRef<Promise<R>>(Promise.resolve(nothingYet));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Save the draft as it is now; resolves once it is stored (or it is clear why it cannot be). */
  const flush = useCallback((): Promise<R> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const d = latest.current;
    // A save that failed (it should say why itself) never stops the saves after it.
    chain.current = chain.current.catch(() => none.current).then(() => saver.current(d));
    return chain.current;
  }, []);

  /** Save in the background: a failure is the save's to show; here it is only logged, never left unhandled. */
  const flushSoon = useCallback(() => {
    flush().catch((e: unknown) => console.warn('Not saved:', e));
  }, [flush]);

  const change = useCallback(
    (patch: Partial<D>, now = false) => {
      latest.current = { ...latest.current, ...patch };
      setDraft(latest.current);
      clearTimeout(timer.current);
      timer.current = now ? undefined : setTimeout(flushSoon, delayMs);
      if (now) flushSoon();
    },
    [flushSoon, delayMs],
  );

  /** Show a draft that changed elsewhere (another screen or device); only call it when nothing is waiting. */
  const replace = useCallback((d: D) => {
    latest.current = d;
    setDraft(d);
  }, []);

  /** The draft with every change so far, saved or not. */
  const latestDraft = useCallback(() => latest.current, []);
  /** Typing is waiting to be saved. */
  const waiting = useCallback(() => timer.current !== undefined, []);

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden' && timer.current !== undefined) flushSoon();
    };
    document.addEventListener('visibilitychange', hidden);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      if (timer.current !== undefined) flushSoon();
    };
  }, [flushSoon]);

  return { draft, change, flush, replace, latest: latestDraft, waiting };
}
