// When the engine syncs without being asked (docs/sync-protocol.md, "The device"): the device coming
// online, the app coming back to the front, a change saved on it, the board shown changing, and the
// events stream (S18) of the board shown saying there is something new.
import { liveQuery } from 'dexie';
import { getCurrentSchoolId, type StewardDb } from '../data';
import type { NetworkAdapter, OnResume } from '../platform/types';
import type { SyncApi } from './api';
import { inSyncOrder } from './boards';
import { listenForChanges } from './events';
import { readCursor } from './local';
import { readSession, type SyncSession } from './session';

export interface ListenDeps {
  store: StewardDb;
  api: SyncApi;
  syncNow: () => unknown;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Told of what went wrong where nobody waits for the answer (the store closing, say). */
  onError: (error: unknown) => void;
}

/** Listen to the events stream (S18) of the board the device shows (C5) until `signal` aborts: sync when its version moves on. */
export function listenToBoardShown(deps: ListenDeps, session: SyncSession, signal: AbortSignal): void {
  const { store, api, syncNow } = deps;
  inSyncOrder(store, session)
    .then(([board]) => {
      if (!board || signal.aborted) return;
      const onVersion = (version: number) => {
        readCursor(store, board.schoolId)
          .then((cursor) => version !== cursor && syncNow())
          .catch(deps.onError);
      };
      const stream = { api, schoolId: board.schoolId, onVersion, onStopped: () => void syncNow(), sleep: deps.sleep, random: deps.random };
      return listenForChanges(stream, signal);
    })
    .catch(deps.onError);
}

export interface WatchDeps {
  store: StewardDb;
  network: NetworkAdapter;
  onResume?: OnResume;
  /** The device went offline. */
  offline: () => void;
  /** Back online or back in front: listen again and sync. */
  wake: () => void;
  /** A change was saved on the device: sync soon. */
  changed: () => void;
  /** The board shown changed (or watching began): listen to its events stream. */
  listen: (session: SyncSession) => void;
  onError: (error: unknown) => void;
}

/** Watch for the occasions to sync; returns a function that stops watching. */
export function watchForSyncs(deps: WatchDeps): () => void {
  const offNetwork = deps.network.onChange((s) => {
    if (!s.connected) return deps.offline();
    // Back online: listen again at once (not after the back-off the stream built up offline), and sync.
    deps.wake();
  });
  // Back from the background: the events stream may have been cut while the app slept.
  const offResume = deps.onResume?.(() => deps.wake());
  let last = Infinity;
  const outbox = liveQuery(() => deps.store.outbox.count()).subscribe({
    next: (count) => {
      if (count > last) deps.changed();
      last = count;
    },
    error: deps.onError,
  });
  // Listen to the board shown, and again whenever the person switches board.
  const shown = liveQuery(() => getCurrentSchoolId(deps.store)).subscribe({
    next: () => {
      readSession(deps.store)
        .then((session) => session && deps.listen(session))
        .catch(deps.onError);
    },
    error: deps.onError,
  });
  return () => {
    offNetwork();
    offResume?.();
    outbox.unsubscribe();
    shown.unsubscribe();
  };
}
