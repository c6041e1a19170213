import { useRef } from 'react';

/** The same object for as long as `key` is the same, so memoised children are not redrawn for an equal value. */
export function useStable<T>(value: T, key: string): T {
  const ref = useRef({ key, value });
  if (ref.current.key !== key) ref.current = { key, value };
  return ref.current.value;
}
