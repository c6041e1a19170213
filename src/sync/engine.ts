// The sync engine for one device and one board: signs in, pushes and pulls when there is something
// to send or the server says there is something new, and keeps going through lost connections.
import { liveQuery } from 'dexie';
import { getCurrentSchoolId, setCurrentSchool, type StewardDb } from '../data';
import type { NetworkAdapter } from '../platform/types';
import { SyncApi, SyncError, type FetchLike, type LoginAnswer } from './api';
import { backoffMs, sleep as realSleep } from './backoff';
import { pullAll, pushAll, takeBoardOff, type CycleOptions, type SyncProgress } from './cycle';
import { listenForChanges } from './events';
import { readCursor } from './local';
import { clearSession, defaultServerUrl, readSession, saveSession, setNotice, type SyncSession } from './session';

export type SyncState = 'signed-out' | 'idle' | 'syncing' | 'offline' | 'retrying' | 'error';
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

const alwaysOnline: NetworkAdapter = { current: () => ({ connected: true }), onChange: () => () => undefined };
export { alwaysOnline };

export class SyncEngine {
  private status: SyncStatus = { state: 'idle', message: '' };
  private readonly listeners = new Set<() => void>();
  private running: Promise<SyncOutcome> | null = null;
  private queued = false;
  private life: AbortController | null = null;
  private listening: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly store: StewardDb;
  private readonly fetchFn: FetchLike;
  private readonly cycle: CycleOptions;

  constructor(private readonly opts: EngineOptions) {
    this.store = opts.store;
    this.fetchFn = opts.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.cycle = {
      batchSize: opts.batchSize ?? 200,
      pageSize: opts.pageSize ?? 500,
      now: opts.now ?? Date.now,
      onProgress: (progress) => this.set('syncing', 'Syncing…', progress),
    };
  }

  getStatus = (): SyncStatus => this.status;
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  private set(state: SyncState, message = '', progress?: SyncProgress): void {
    this.status = progress ? { state, message, progress } : { state, message };
    for (const fn of this.listeners) fn();
  }
  private wait = (ms: number) => (this.opts.sleep ?? realSleep)(ms, this.life?.signal);

  /** Sign in to a board's server (A1) and choose the board: the one this device shows, else the first. */
  async signIn(serverUrl: string, email: string, password: string): Promise<SyncSession> {
    let token: string | null = null;
    const api = new SyncApi(serverUrl.trim() || defaultServerUrl(), this.fetchFn, () => token, this.opts.requestTimeoutMs);
    const login = await api.login(email.trim(), password);
    token = login.token;
    return this.signedIn(api, login, await getCurrentSchoolId(this.store));
  }

  /** Accept an invitation to a board (A5): this signs in too, and the board joined is the one shown. */
  async acceptInvite(serverUrl: string, invite: string, name: string, password: string): Promise<SyncSession> {
    let token: string | null = null;
    const api = new SyncApi(serverUrl.trim() || defaultServerUrl(), this.fetchFn, () => token, this.opts.requestTimeoutMs);
    const joined = await api.acceptInvite(invite, name.trim(), password);
    token = joined.token;
    return this.signedIn(api, joined, joined.schoolId);
  }

  /** Once signed in: ask who this is and which boards they are on, keep the session and sync `prefer` (else the first board). */
  private async signedIn(api: SyncApi, login: LoginAnswer, prefer: string | null | undefined): Promise<SyncSession> {
    const token = login.token;
    const me = await api.me();
    const board = me.memberships.find((m) => m.schoolId === prefer) ?? me.memberships[0];
    if (!board) throw new SyncError('refused', `You are signed in as ${me.person.name}, but you are not a member of a board on this server yet: ask your chair or clerk for an invitation.`);
    const session: SyncSession = { serverUrl: api.serverUrl, token, expiresAt: login.expiresAt, person: me.person, schoolId: board.schoolId, schoolName: board.schoolName, role: board.role };
    await this.useSession(session);
    return session;
  }

  /** Keep a session (from signIn, or made by a test) and start syncing its board. */
  async useSession(session: SyncSession): Promise<void> {
    await saveSession(this.store, session);
    await setCurrentSchool(session.schoolId, this.store);
    await setNotice(this.store, null);
    if (this.life) this.listen(session);
    void this.syncNow();
  }

  /**
   * Sign out here (A3), or with `everywhere` end every session of the person, on every device. The
   * board and any unsent changes stay on this device. Signing out everywhere must reach the server:
   * if it cannot, this throws and the device stays signed in.
   */
  async signOut(opts: { everywhere?: boolean } = {}): Promise<void> {
    const session = await readSession(this.store);
    const api = session?.token ? new SyncApi(session.serverUrl, this.fetchFn, () => session.token, this.opts.requestTimeoutMs) : null;
    if (opts.everywhere) {
      if (!api) throw new SyncError('signed-out', 'This device is not signed in: sign in first to sign out everywhere.');
      await api.logoutEverywhere();
    }
    this.listening?.abort();
    if (api && !opts.everywhere) await api.logout().catch(() => undefined);
    await clearSession(this.store);
    this.set('signed-out');
  }

  /** Push then pull now (one at a time: a call while syncing runs once more after). */
  syncNow(): Promise<SyncOutcome> {
    if (this.running) {
      this.queued = true;
      return this.running;
    }
    const run = async () => {
      let outcome: SyncOutcome;
      do {
        this.queued = false;
        outcome = await this.attempt();
      } while (this.queued && outcome.ok);
      return outcome;
    };
    this.running = run().finally(() => (this.running = null));
    return this.running;
  }

  private fail(error: SyncError, state: SyncState): SyncOutcome {
    this.set(state, error.message);
    return { ok: false, error };
  }

  private async attempt(): Promise<SyncOutcome> {
    const session = await readSession(this.store);
    if (!session?.token) return this.fail(new SyncError('signed-out', session ? 'Your session has ended: sign in again to share your changes.' : 'Not signed in.'), 'signed-out');
    if (!this.opts.network.current().connected) return this.fail(new SyncError('offline', 'This device is offline: your changes are saved on it and will be shared when it is back online.'), 'offline');
    const api = new SyncApi(session.serverUrl, this.fetchFn, () => session.token, this.opts.requestTimeoutMs);
    for (let failures = 0; ; ) {
      this.set('syncing', 'Syncing…');
      try {
        const pushed = await pushAll(this.store, api, session.schoolId, this.cycle);
        const pulled = await pullAll(this.store, api, session.schoolId, this.cycle);
        await this.store.meta.put({ key: 'syncLastAt', value: new Date(this.cycle.now()).toISOString() });
        this.set('idle', pushed.rejected > 0 ? 'The server refused some changes: see “Needs attention”.' : '');
        return { ok: true, pushed: pushed.applied, rejected: pushed.rejected, pulled };
      } catch (err) {
        const e = err instanceof SyncError ? err : new SyncError('refused', (err as Error).message);
        if (e.kind === 'signed-out') {
          await saveSession(this.store, { ...session, token: null });
          this.listening?.abort();
          return this.fail(e, 'signed-out');
        }
        if (e.kind === 'removed') {
          this.listening?.abort();
          await takeBoardOff(this.store, session.schoolId, e.message);
          await clearSession(this.store);
          return this.fail(e, 'signed-out');
        }
        if (!e.retryable) return this.fail(e, 'error');
        failures += 1;
        if (failures >= (this.opts.attempts ?? 4)) {
          this.later(backoffMs(failures, this.opts.random));
          return this.fail(new SyncError(e.kind, `${e.message} Trying again shortly.`, e.status), 'retrying');
        }
        await this.wait(backoffMs(failures, this.opts.random));
      }
    }
  }

  /** Sync once after `ms` (when started), replacing any sync already planned. */
  private later(ms: number): void {
    if (!this.life) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.syncNow();
    }, ms);
  }

  private listen(session: SyncSession): void {
    this.listening?.abort();
    if (!session.token || !this.life) return;
    const listening = new AbortController();
    this.listening = listening;
    const api = new SyncApi(session.serverUrl, this.fetchFn, () => session.token, this.opts.requestTimeoutMs);
    const onVersion = (version: number) => {
      void readCursor(this.store, session.schoolId).then((cursor) => {
        if (version !== cursor) void this.syncNow();
      });
    };
    void listenForChanges({ api, schoolId: session.schoolId, onVersion, onStopped: () => void this.syncNow(), sleep: (ms, s) => (this.opts.sleep ?? realSleep)(ms, s), random: this.opts.random }, listening.signal);
  }

  /**
   * Run in the background: sync now, when the device comes online, soon after each change saved on
   * it, and when the server says there is something new (S18). Returns stop.
   */
  start(): () => void {
    if (this.life) return () => this.stop();
    this.life = new AbortController();
    const offNetwork = this.opts.network.onChange((s) => {
      if (!s.connected) return this.set('offline', 'This device is offline: your changes are saved on it and will be shared when it is back online.');
      // Back online: listen again at once (not after the back-off the stream built up offline), and sync.
      void readSession(this.store).then((session) => session && this.listen(session));
      void this.syncNow();
    });
    let last = Infinity;
    const outbox = liveQuery(() => this.store.outbox.count()).subscribe((count) => {
      if (count > last) this.later(500);
      last = count;
    });
    this.life.signal.addEventListener('abort', () => {
      offNetwork();
      outbox.unsubscribe();
    });
    void readSession(this.store).then((session) => session && this.listen(session));
    void this.syncNow();
    return () => this.stop();
  }

  stop(): void {
    this.life?.abort();
    this.life = null;
    this.listening?.abort();
    this.listening = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
