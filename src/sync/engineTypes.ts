// What the sync engine (engine.ts) is given, and what it tells the screens.
import type { StewardDb } from '../data';
import type { NetworkAdapter, OnResume } from '../platform/types';
import type { FetchLike, SyncError } from './api';
import type { SyncProgress } from './cycle';

export type SyncState = 'signed-out' | 'idle' | 'syncing' | 'offline' | 'retrying' | 'error' | 'update-needed';
export interface SyncStatus {
  state: SyncState;
  /** What to tell the person, in words ('' when all is well). */
  message: string;
  /** While syncing: how far it has gone. */
  progress?: SyncProgress;
}
export type SyncOutcome = { ok: true; pushed: number; rejected: number; pulled: number } | { ok: false; error: SyncError };

export interface EngineOptions {
  store: StewardDb;
  network: NetworkAdapter;
  /** The app coming back to the front (the platform's onResume): sync then, and listen again. */
  onResume?: OnResume;
  fetch?: FetchLike;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
  batchSize?: number;
  pageSize?: number;
  /** Tries within one sync when the network or server fails, before waiting longer (default 4). */
  attempts?: number;
  /** A request with no answer in this long counts as offline (default 60 s). */
  requestTimeoutMs?: number;
}
