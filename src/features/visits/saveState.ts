import { createContext, useContext, useEffect } from 'react';

/** What the person sees about saving: only "Saved" once the write has reached the device's store. */
export interface SaveState {
  tone: 'idle' | 'busy' | 'ok' | 'bad';
  text: string;
}
export const idle: SaveState = { tone: 'idle', text: '' };

/** Items on a screen register how to save what is typed, so "Finish" can save everything first. */
export type Flushers = Set<() => Promise<boolean>>;
export const FlushContext = createContext<Flushers | null>(null);

/** Register a flush function with the screen (while mounted). */
export function useRegisterFlush(flush: () => Promise<boolean>): void {
  const flushers = useContext(FlushContext);
  useEffect(() => {
    if (!flushers) return;
    flushers.add(flush);
    return () => void flushers.delete(flush);
  }, [flushers, flush]);
}

/** Save everything still being typed on the screen; true when all of it is stored. */
export async function flushAll(flushers: Flushers): Promise<boolean> {
  const results = await Promise.all([...flushers].map((f) => f()));
  return results.every(Boolean);
}
