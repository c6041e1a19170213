// The sync engine for one device and every board its person is on (C5): signs in, pushes and pulls
// when there is something to send or the server says there is something new, and keeps going
// through lost connections.
import type { Role } from '../domain';
import { getCurrentSchoolId, setCurrentSchool, type StewardDb } from '../data';
import type { NetworkAdapter } from '../platform/types';
import { SyncApi, SyncError, type FetchLike, type Membership } from './api';
import type { EngineOptions, SyncOutcome, SyncState, SyncStatus } from './engineTypes';
import { leaveBoard, sessionFor, uploadToServer } from './account';
import { inSyncOrder, refreshBoards, removeBoards, sessionBoards } from './boards';
import { backoffMs, sleep as realSleep } from './backoff';
import { takeBoardOff, type CycleOptions, type SyncProgress } from './cycle';
import { syncBoards } from './pass';
import { listenToBoardShown, watchForSyncs } from './triggers';
import { clearSession, defaultServerUrl, readSession, saveSession, setNotice, type SyncSession } from './session';

export type { EngineOptions, SyncOutcome, SyncState, SyncStatus } from './engineTypes';

const OFFLINE = 'This device is offline: your changes are saved on it and will be shared when it is back online.';
const ENDED = 'Your session has ended: sign in again to share your changes.';

/** What went wrong where no one waits for the answer (the store closed under a background task): logged, never thrown. */
const unseen = (error: unknown) => console.warn('Sync:', error);

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
  private rawSleep = (ms: number, signal?: AbortSignal) => (this.opts.sleep ?? realSleep)(ms, signal);
  private wait = (ms: number) => this.rawSleep(ms, this.life?.signal);

  /** The server's API as this session reaches it. */
  private apiFor(serverUrl: string, token: () => string | null): SyncApi {
    return new SyncApi(serverUrl, this.fetchFn, token, this.opts.requestTimeoutMs);
  }

  /** Sign in (A1) and take in every board of the person (C5); the one this device shows stays shown if it is one of them. */
  async signIn(serverUrl: string, email: string, password: string): Promise<SyncSession> {
    let token: string | null = null;
    const api = this.apiFor(serverUrl.trim() || defaultServerUrl(), () => token);
    const login = await api.login(email.trim(), password);
    token = login.token;
    const session = await sessionFor(api, login);
    await this.useSession(session);
    return session;
  }

  /** Accept an invitation to a board (A5): this signs in too, and the board joined is the one shown. */
  async acceptInvite(serverUrl: string, invite: string, name: string, password: string): Promise<SyncSession> {
    let token: string | null = null;
    const api = this.apiFor(serverUrl.trim() || defaultServerUrl(), () => token);
    const joined = await api.acceptInvite(invite, name.trim(), password);
    token = joined.token;
    const session = await sessionFor(api, joined, joined.schoolId);
    await this.useSession(session);
    await setCurrentSchool(joined.schoolId, this.store);
    return session;
  }

  /** Keep a session (from signIn, or made by a test) and start syncing its boards; shows one of them unless already shown. */
  async useSession(session: SyncSession): Promise<void> {
    await saveSession(this.store, session);
    const current = await getCurrentSchoolId(this.store);
    if (!sessionBoards(session).some((b) => b.schoolId === current)) await setCurrentSchool(session.boards[0]!.schoolId, this.store);
    await setNotice(this.store, null);
    if (this.life) this.listen(session);
    void this.syncNow();
  }

  /**
   * Sign out here (A3, C6), or with `everywhere` end every session of the person, on every device.
   * By default the boards and any unsent changes stay on this device; with `removeBoards` the
   * person's boards are taken off it, unsent changes and all (the screen asks first). Signing out
   * everywhere must reach the server: if it cannot, this throws and the device stays signed in.
   */
  async signOut(opts: { removeBoards?: boolean; everywhere?: boolean } = {}): Promise<void> {
    const session = await readSession(this.store);
    const api = session?.token ? this.apiFor(session.serverUrl, () => session.token) : null;
    if (opts.everywhere) {
      if (!api) throw new SyncError('signed-out', 'This device is not signed in: sign in first to sign out everywhere.');
      await api.logoutEverywhere();
    }
    this.listening?.abort();
    if (api && !opts.everywhere) await api.logout().catch(() => undefined);
    await clearSession(this.store);
    if (session && opts.removeBoards)
      await removeBoards(
        this.store,
        sessionBoards(session).map((b) => b.schoolId),
      );
    this.set('signed-out');
  }

  /**
   * Put a board kept on this device only on the server (A6), with the signed-in person as `role`
   * (chair or clerk), then sync it: every change the device holds for it is in its outbox. Returns
   * who was on the device's member list, to invite (account.ts).
   */
  async uploadBoard(
    schoolId: string,
    role: Extract<Role, 'chair' | 'clerk'>,
  ): Promise<{ membership: Membership; notInvited: string[]; outcome: SyncOutcome }> {
    const session = await readSession(this.store);
    if (!session?.token) throw new SyncError('signed-out', 'Sign in first: the board is uploaded to your account.');
    const api = this.apiFor(session.serverUrl, () => session.token);
    const { membership, notInvited, uploaded } = await uploadToServer(this.store, api, session, schoolId, role);
    if (this.life) this.listen(uploaded); // the board shown may be this one
    return { membership, notInvited, outcome: await this.syncNow() };
  }

  /** Push then pull now (one at a time: a call while syncing runs once more after); resolves with what came of it, never rejects. */
  syncNow(): Promise<SyncOutcome> {
    if (this.running) {
      this.queued = true;
      return this.running;
    }
    const run = async () => {
      let outcome: SyncOutcome;
      do {
        this.queued = false;
        // Never rejects, so a sync fired and forgotten (`void syncNow()`) is never an unhandled rejection.
        outcome = await this.attempt().catch((err: unknown) =>
          this.fail(new SyncError('refused', String((err as Error)?.message ?? err)), 'error'),
        );
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

  /**
   * One sync, in the protocol's steps (docs/sync-protocol.md, "The device"):
   *   1. signed in (A4) and online, or say which not;
   *   2. the person's boards, the one shown first (C5);
   *   3. one pass over them: each board's outbox pushed, files first, then the board pulled (C1–C4, pass.ts);
   *   4. a board the person was removed from taken off, the others kept (C3); none left: signed out;
   *   5. say what came of it: up to date, or refused changes waiting under "Needs attention" (C1);
   *   6. on a failure: an ended session asks to sign in again (A4), a refusal says so, and a lost
   *      connection or a failing server is tried again after a wait that doubles, then later.
   */
  private async attempt(): Promise<SyncOutcome> {
    const session = await readSession(this.store); // 1
    if (!session?.token) return this.fail(new SyncError('signed-out', session ? ENDED : 'Not signed in.'), 'signed-out');
    if (!this.opts.network.current().connected) return this.fail(new SyncError('offline', OFFLINE), 'offline');
    const api = this.apiFor(session.serverUrl, () => session.token);
    const removed: { error?: SyncError } = {}; // the last board the person was removed from, if any (4)
    const takeOff = async (schoolId: string, err: SyncError) => {
      removed.error = err;
      await this.takeOff(schoolId, err.message);
    };
    for (let failures = 0; ;) {
      this.set('syncing', 'Syncing…');
      const now = await readSession(this.store); // 2
      const boards = now?.token ? await inSyncOrder(this.store, now) : [];
      if (boards.length === 0) return this.fail(removed.error ?? new SyncError('signed-out', 'Not signed in.'), 'signed-out');
      try {
        const total = await syncBoards(this.store, api, boards, this.cycle, takeOff); // 3
        if (removed.error && !(await readSession(this.store))) return this.fail(removed.error, 'signed-out'); // 4
        await this.store.meta.put({ key: 'syncLastAt', value: new Date(this.cycle.now()).toISOString() }); // 5
        this.set('idle', total.rejected > 0 ? 'The server refused some changes: see “Needs attention”.' : (removed.error?.message ?? ''));
        return { ok: true, ...total };
      } catch (err) {
        const e = err instanceof SyncError ? err : new SyncError('refused', (err as Error).message); // 6
        if (e.kind === 'signed-out') return this.sessionEnded(session, e);
        if (e.kind === 'update-needed') return this.fail(e, 'update-needed'); // S19: unsent changes stay in the outbox
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

  /** The server said the session ended (A4): keep everything, forget the token, stop listening, ask to sign in again. */
  private async sessionEnded(session: SyncSession, e: SyncError): Promise<SyncOutcome> {
    await saveSession(this.store, { ...session, ...(await readSession(this.store)), token: null });
    this.listening?.abort();
    return this.fail(e, 'signed-out');
  }

  /** The person was removed from this board (S14): take it off the device (C3), keep the others; forget the sign-in when none is left. */
  private async takeOff(schoolId: string, message: string): Promise<void> {
    await takeBoardOff(this.store, schoolId, message);
    if ((await leaveBoard(this.store, schoolId)) === 'none left') this.listening?.abort();
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

  /** Listen to the events stream (S18) of the board the device shows (C5): the others sync on the other occasions. */
  private listen(session: SyncSession): void {
    this.listening?.abort();
    if (!session.token || !this.life) return;
    this.listening = new AbortController();
    const deps = { store: this.store, api: this.apiFor(session.serverUrl, () => session.token), syncNow: () => this.syncNow() };
    listenToBoardShown(
      { ...deps, sleep: (ms, s) => this.rawSleep(ms, s), random: this.opts.random, onError: unseen },
      session,
      this.listening.signal,
    );
  }

  /**
   * Run in the background: sync now, when the device comes online, when the app comes back to the
   * front, soon after each change saved on it, and when the server says there is something new (S18).
   * Returns stop.
   */
  start(): () => void {
    if (this.life) return () => this.stop();
    this.life = new AbortController();
    const unwatch = watchForSyncs({
      store: this.store,
      network: this.opts.network,
      onResume: this.opts.onResume,
      offline: () => this.set('offline', OFFLINE),
      wake: () => this.wake(),
      changed: () => this.later(500),
      listen: (session) => this.listen(session),
      onError: unseen,
    });
    this.life.signal.addEventListener('abort', unwatch);
    this.wake({ listenAgain: false }); // the board-shown watch above has just started listening
    return () => this.stop();
  }

  /**
   * Starting, back online or back in front: take in boards joined since signing in, listen to the
   * events stream again (the stream may have been cut), and sync.
   */
  private wake({ listenAgain = true } = {}): void {
    readSession(this.store)
      .then(async (session) => {
        if (!session?.token) return;
        if (listenAgain) this.listen(session);
        const api = this.apiFor(session.serverUrl, () => session.token);
        // Offline or signed out: the sync says so. A board joined since is fetched now.
        if (await refreshBoards(this.store, api).catch(() => false)) void this.syncNow();
      })
      .catch(unseen);
    void this.syncNow();
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
