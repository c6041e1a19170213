// The sync engine for one device and every board its person is on (C5): signs in, pushes and pulls
// when there is something to send or the server says there is something new, and keeps going
// through lost connections.
import { liveQuery } from 'dexie';
import type { Role } from '../domain';
import { getCurrentSchoolId, setCurrentSchool, type StewardDb } from '../data';
import type { NetworkAdapter, OnResume } from '../platform/types';
import { SyncApi, SyncError, type FetchLike, type LoginAnswer, type Membership } from './api';
import { prepareUpload, inSyncOrder, refreshBoards, removeBoards, sessionBoards, withBoards } from './boards';
import { backoffMs, sleep as realSleep } from './backoff';
import { pullAll, pushAll, takeBoardOff, type CycleOptions, type SyncProgress } from './cycle';
import { listenForChanges } from './events';
import { readCursor } from './local';
import { clearSession, defaultServerUrl, readSession, saveSession, setNotice, type SyncSession } from './session';

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

  /** Sign in (A1) and take in every board of the person (C5); the one this device shows stays shown if it is one of them. */
  async signIn(serverUrl: string, email: string, password: string): Promise<SyncSession> {
    let token: string | null = null;
    const api = new SyncApi(serverUrl.trim() || defaultServerUrl(), this.fetchFn, () => token, this.opts.requestTimeoutMs);
    const login = await api.login(email.trim(), password);
    token = login.token;
    return this.signedIn(api, login);
  }

  /** Accept an invitation to a board (A5): this signs in too, and the board joined is the one shown. */
  async acceptInvite(serverUrl: string, invite: string, name: string, password: string): Promise<SyncSession> {
    let token: string | null = null;
    const api = new SyncApi(serverUrl.trim() || defaultServerUrl(), this.fetchFn, () => token, this.opts.requestTimeoutMs);
    const joined = await api.acceptInvite(invite, name.trim(), password);
    token = joined.token;
    const session = await this.signedIn(api, joined, joined.schoolId);
    await setCurrentSchool(joined.schoolId, this.store);
    return session;
  }

  /** Once signed in: ask who this is and which boards they are on (`first` named first), keep the session and sync them. */
  private async signedIn(api: SyncApi, login: LoginAnswer, first?: string): Promise<SyncSession> {
    const token = login.token;
    const me = await api.me();
    const boards = first
      ? [...me.memberships.filter((m) => m.schoolId === first), ...me.memberships.filter((m) => m.schoolId !== first)]
      : me.memberships;
    const session = withBoards(
      { serverUrl: api.serverUrl, token, expiresAt: login.expiresAt, person: me.person, schoolId: '', schoolName: '', role: 'governor' },
      boards,
    );
    if (!session)
      throw new SyncError(
        'refused',
        `You are signed in as ${me.person.name}, but you are not a member of a board on this server yet: ask your chair or clerk for an invitation.`,
      );
    await this.useSession(session);
    return session;
  }

  /** Keep a session (from signIn, or made by a test) and start syncing its boards; shows one of them unless already shown. */
  async useSession(session: SyncSession): Promise<void> {
    await saveSession(this.store, session);
    const current = await getCurrentSchoolId(this.store);
    if (!sessionBoards(session).some((b) => b.schoolId === current)) await setCurrentSchool(session.schoolId, this.store);
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
    const api = session?.token ? new SyncApi(session.serverUrl, this.fetchFn, () => session.token, this.opts.requestTimeoutMs) : null;
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
   * (chair or clerk), then sync it: every change the device holds for it is in its outbox. Member
   * records are the server's to write (S11), so the device's member list is taken off; returns who
   * was on it, to invite.
   */
  async uploadBoard(
    schoolId: string,
    role: Extract<Role, 'chair' | 'clerk'>,
  ): Promise<{ membership: Membership; notInvited: string[]; outcome: SyncOutcome }> {
    const session = await readSession(this.store);
    if (!session?.token) throw new SyncError('signed-out', 'Sign in first: the board is uploaded to your account.');
    const school = await this.store.schools.get(schoolId);
    if (!school) throw new SyncError('refused', 'That board is not on this device.');
    const api = new SyncApi(session.serverUrl, this.fetchFn, () => session.token, this.opts.requestTimeoutMs);
    const membership = await api.newSchool(schoolId, school.name, role);
    const notInvited = await prepareUpload(this.store, schoolId);
    const uploaded = withBoards(session, [...sessionBoards(session).filter((b) => b.schoolId !== schoolId), membership])!;
    await saveSession(this.store, uploaded);
    if (this.life) this.listen(uploaded); // the board shown may be this one
    if (notInvited.length > 0) {
      await setNotice(
        this.store,
        `${school.name} is now on the board’s server, with you as its ${membership.role}. Members are not uploaded (each needs their own sign-in): ${notInvited.join(', ')} can join with an invitation: invite them under Settings → Board members.`,
      );
    }
    return { membership, notInvited, outcome: await this.syncNow() };
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
    if (!session?.token)
      return this.fail(
        new SyncError('signed-out', session ? 'Your session has ended: sign in again to share your changes.' : 'Not signed in.'),
        'signed-out',
      );
    if (!this.opts.network.current().connected)
      return this.fail(
        new SyncError('offline', 'This device is offline: your changes are saved on it and will be shared when it is back online.'),
        'offline',
      );
    const api = new SyncApi(session.serverUrl, this.fetchFn, () => session.token, this.opts.requestTimeoutMs);
    let removed: SyncError | null = null;
    for (let failures = 0; ;) {
      this.set('syncing', 'Syncing…');
      const now = await readSession(this.store);
      const boards = now?.token ? await inSyncOrder(this.store, now) : [];
      if (boards.length === 0) return this.fail(removed ?? new SyncError('signed-out', 'Not signed in.'), 'signed-out');
      try {
        const total = { pushed: 0, rejected: 0, pulled: 0 };
        for (const board of boards) {
          try {
            const pushed = await pushAll(this.store, api, board.schoolId, this.cycle);
            total.pushed += pushed.applied;
            total.rejected += pushed.rejected;
            total.pulled += await pullAll(this.store, api, board.schoolId, this.cycle);
          } catch (err) {
            if (!(err instanceof SyncError) || err.kind !== 'removed') throw err;
            removed = err;
            await this.takeOff(board.schoolId, err.message);
          }
        }
        if (removed && !(await readSession(this.store))) return this.fail(removed, 'signed-out');
        await this.store.meta.put({ key: 'syncLastAt', value: new Date(this.cycle.now()).toISOString() });
        this.set('idle', total.rejected > 0 ? 'The server refused some changes: see “Needs attention”.' : (removed?.message ?? ''));
        return { ok: true, pushed: total.pushed, rejected: total.rejected, pulled: total.pulled };
      } catch (err) {
        const e = err instanceof SyncError ? err : new SyncError('refused', (err as Error).message);
        if (e.kind === 'signed-out') {
          await saveSession(this.store, { ...session, ...(await readSession(this.store)), token: null });
          this.listening?.abort();
          return this.fail(e, 'signed-out');
        }
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

  /** The person was removed from this board (S14): take it off the device (C3), keep the others; forget the sign-in when none is left. */
  private async takeOff(schoolId: string, message: string): Promise<void> {
    await takeBoardOff(this.store, schoolId, message);
    const session = await readSession(this.store);
    if (!session) return;
    const rest = withBoards(
      session,
      sessionBoards(session).filter((b) => b.schoolId !== schoolId),
    );
    if (rest) await saveSession(this.store, rest);
    else {
      this.listening?.abort();
      await clearSession(this.store);
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

  /** Listen to the events stream (S18) of the board the device shows (C5): the others sync on the other occasions. */
  private listen(session: SyncSession): void {
    this.listening?.abort();
    if (!session.token || !this.life) return;
    const listening = new AbortController();
    this.listening = listening;
    const api = new SyncApi(session.serverUrl, this.fetchFn, () => session.token, this.opts.requestTimeoutMs);
    void inSyncOrder(this.store, session).then(([board]) => {
      if (!board || listening.signal.aborted) return;
      const onVersion = (version: number) => {
        void readCursor(this.store, board.schoolId).then((cursor) => {
          if (version !== cursor) void this.syncNow();
        });
      };
      void listenForChanges(
        {
          api,
          schoolId: board.schoolId,
          onVersion,
          onStopped: () => void this.syncNow(),
          sleep: (ms, s) => (this.opts.sleep ?? realSleep)(ms, s),
          random: this.opts.random,
        },
        listening.signal,
      );
    });
  }

  /**
   * Run in the background: sync now, when the device comes online, when the app comes back to the
   * front, soon after each change saved on it, and when the server says there is something new (S18).
   * Returns stop.
   */
  start(): () => void {
    if (this.life) return () => this.stop();
    this.life = new AbortController();
    const offNetwork = this.opts.network.onChange((s) => {
      if (!s.connected)
        return this.set('offline', 'This device is offline: your changes are saved on it and will be shared when it is back online.');
      // Back online: listen again at once (not after the back-off the stream built up offline), and sync.
      this.wake();
    });
    // Back from the background: the events stream may have been cut while the app slept.
    const offResume = this.opts.onResume?.(() => this.wake());
    let last = Infinity;
    const outbox = liveQuery(() => this.store.outbox.count()).subscribe((count) => {
      if (count > last) this.later(500);
      last = count;
    });
    // Listen to the board shown, and again whenever the person switches board.
    const shown = liveQuery(() => getCurrentSchoolId(this.store)).subscribe(() => {
      void readSession(this.store).then((session) => session && this.listen(session));
    });
    this.life.signal.addEventListener('abort', () => {
      offNetwork();
      offResume?.();
      outbox.unsubscribe();
      shown.unsubscribe();
    });
    this.wake({ listenAgain: false }); // the board-shown subscription above has just started listening
    return () => this.stop();
  }

  /**
   * Starting, back online or back in front: take in boards joined since signing in, listen to the
   * events stream again (the stream may have been cut), and sync.
   */
  private wake({ listenAgain = true } = {}): void {
    void readSession(this.store).then(async (session) => {
      if (!session?.token) return;
      if (listenAgain) this.listen(session);
      const api = new SyncApi(session.serverUrl, this.fetchFn, () => session.token, this.opts.requestTimeoutMs);
      // Offline or signed out: the sync says so. A board joined since is fetched now.
      if (await refreshBoards(this.store, api).catch(() => false)) void this.syncNow();
    });
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
