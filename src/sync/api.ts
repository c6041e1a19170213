// Talking to the board's server (docs/sync-protocol.md): sign in, push, pull. Every answer that is
// not a success becomes a SyncError that says what happened in words, with what the app should do.
// Every answer is parsed with its schema from the wire contract (src/domain/wire), never trusted as
// it comes; every request carries the contract's protocol version (S19).
import type { z } from 'zod';
import { wire, type Problem, type Role } from '../domain';
import type { OutboxEntry } from '../data';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

// SyncError has a module of its own (no zod), so the sign-in form can tell its kinds apart without
// loading the wire contract; re-exported here so imports stay as they were.
import { SyncError } from './errors';
export { SyncError };
export type { SyncErrorKind } from './errors';

export type Person = z.infer<typeof wire.PersonAnswer>;
export type Membership = z.infer<typeof wire.MembershipAnswer>;
export type LoginAnswer = z.infer<typeof wire.LoginAnswer>;
export type MutationResult = wire.WireMutationResult;
export type PulledChange = wire.WirePulledChange;
export type PullPage = wire.WirePullAnswer;
export type PushAnswer = wire.WirePushAnswer;
export type FileStatus = z.infer<typeof wire.FileStatusAnswer>;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A one-time invitation to a board (A5): `link` is "/join#invite=…" on the server. */
export type Invitation = z.infer<typeof wire.InvitationAnswer>;
/** Accepting an invitation signs in (A5): the answer of a sign-in, with the board joined. */
export type JoinAnswer = z.infer<typeof wire.JoinAnswer>;

const notUnderstood =
  'The board’s server answered in a way this version of Steward does not understand: update the app to sync. Your changes are kept on this device.';
const offlineMessage = 'The server could not be reached: check this device is online, then try again.';
const REQUEST_TIMEOUT_MS = 60_000;

/** A thin client over fetch for one server. `token` is read on every call (it changes on sign-in). */
export class SyncApi {
  constructor(
    readonly serverUrl: string,
    private readonly fetchFn: FetchLike,
    private readonly token: () => string | null,
    private readonly timeoutMs = REQUEST_TIMEOUT_MS,
  ) {}

  private url(path: string, query?: Record<string, string>): string {
    const base = this.serverUrl.replace(/\/+$/, '');
    return `${base}${path}${query ? `?${new URLSearchParams(query).toString()}` : ''}`;
  }

  /** A request; JSON in, and the answer parsed with its schema (S19). Throws SyncError. */
  async request<S extends z.ZodType>(
    answer: S,
    method: Method,
    path: string,
    opts: { body?: unknown; bytes?: Uint8Array<ArrayBuffer>; query?: Record<string, string>; signal?: AbortSignal } = {},
  ): Promise<z.infer<S>> {
    const res = await this.send(method, path, opts);
    const parsed = answer.safeParse(await res.json().catch(() => undefined));
    if (!parsed.success) throw new SyncError('update-needed', notUnderstood, res.status);
    return parsed.data;
  }

  /**
   * The raw answer of a request that succeeded (2xx); throws SyncError otherwise. A request with no
   * answer within `timeoutMs` (60 s; none for a stream) counts as offline: a connection that stalls
   * when the device loses its network must not hold up every later sync.
   */
  async send(
    method: Method,
    path: string,
    opts: {
      body?: unknown;
      bytes?: Uint8Array<ArrayBuffer>;
      query?: Record<string, string>;
      signal?: AbortSignal;
      timeoutMs?: number | null;
    } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', [wire.PROTOCOL_HEADER]: String(wire.PROTOCOL_VERSION) };
    const token = this.token();
    if (token) headers.authorization = `Bearer ${token}`;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (opts.bytes !== undefined) headers['content-type'] = 'application/octet-stream'; // a file's bytes (F1)
    const timeoutMs = opts.timeoutMs === undefined ? this.timeoutMs : opts.timeoutMs;
    const signals = [opts.signal, timeoutMs === null ? undefined : AbortSignal.timeout(timeoutMs)].filter(
      (x): x is AbortSignal => x !== undefined,
    );
    let res: Response;
    try {
      res = await this.fetchFn(this.url(path, opts.query), {
        method,
        headers,
        body: opts.bytes ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
        signal: signals.length === 0 ? undefined : AbortSignal.any(signals),
      });
    } catch (err) {
      if (opts.signal?.aborted) throw err;
      throw new SyncError('offline', offlineMessage);
    }
    if (res.ok) return res;
    throw await errorOf(res);
  }

  login(email: string, password: string): Promise<LoginAnswer> {
    return this.request(wire.LoginAnswer, 'POST', '/api/auth/login', { body: { email, password } });
  }
  logout(): Promise<unknown> {
    return this.request(wire.OkAnswer, 'POST', '/api/auth/logout', { body: {} });
  }
  logoutEverywhere(): Promise<unknown> {
    return this.request(wire.OkAnswer, 'POST', '/api/auth/logout-everywhere', { body: {} });
  }
  me(): Promise<{ person: Person; memberships: Membership[] }> {
    return this.request(wire.MeAnswer, 'GET', '/api/me');
  }
  invite(schoolId: string, email: string, role: Role): Promise<Invitation> {
    return this.request(wire.InvitationAnswer, 'POST', `/api/schools/${encodeURIComponent(schoolId)}/invites`, { body: { email, role } });
  }
  /** Put a board kept on this device on the server (A6). */
  newSchool(schoolId: string, name: string, role: 'chair' | 'clerk'): Promise<Membership> {
    return this.request(wire.NewSchoolAnswer, 'POST', '/api/schools', { body: { schoolId, name, role } });
  }
  fileStatus(path: string, query: Record<string, string>): Promise<FileStatus> {
    return this.request(wire.FileStatusAnswer, 'GET', `${path}/status`, { query });
  }
  sendChunk(path: string, query: Record<string, string>, bytes: Uint8Array<ArrayBuffer>): Promise<FileStatus> {
    return this.request(wire.FileStatusAnswer, 'PUT', path, { query, bytes });
  }
  /** Accept an invitation (A5). A wrong password here is for an account the email already has. */
  async acceptInvite(token: string, name: string, password: string): Promise<JoinAnswer> {
    try {
      return await this.request(wire.JoinAnswer, 'POST', '/api/invites/accept', { body: { token, name, password } });
    } catch (err) {
      if (err instanceof SyncError && err.kind === 'bad-credentials') {
        throw new SyncError(
          'bad-credentials',
          'You already have a Steward account with this email: enter its password to join this board.',
          err.status,
        );
      }
      throw err;
    }
  }
  changeRole(schoolId: string, personId: string, role: Role): Promise<{ personId: string; role: Role }> {
    return this.request(wire.RoleChangeAnswer, 'PATCH', memberPath(schoolId, personId), { body: { role } });
  }
  removeMember(schoolId: string, personId: string): Promise<{ personId: string; removed: true }> {
    return this.request(wire.RemoveMemberAnswer, 'DELETE', memberPath(schoolId, personId));
  }
  push(schoolId: string, entries: OutboxEntry[]): Promise<PushAnswer> {
    const mutations = entries.map(({ mutationId, schoolId: s, kind, recordId, op, fields, hlc }) => ({
      mutationId,
      schoolId: s,
      kind,
      recordId,
      op,
      fields,
      hlc,
    }));
    return this.request(wire.PushAnswer, 'POST', '/api/sync/push', { body: { schoolId, mutations } });
  }
  /** One page of changes (S5); with `authors`, who wrote each field (for the history, not on a board's first fetch). */
  pull(schoolId: string, since: number, limit: number, access?: number, authors = false): Promise<PullPage> {
    const query: Record<string, string> = { schoolId, since: String(since), limit: String(limit) };
    if (access !== undefined) query.access = String(access);
    if (authors) query.authors = '1';
    return this.request(wire.PullAnswer, 'GET', '/api/sync/pull', { query });
  }
}

const memberPath = (schoolId: string, personId: string) =>
  `/api/schools/${encodeURIComponent(schoolId)}/members/${encodeURIComponent(personId)}`;

/** The error a failed answer stands for. */
async function errorOf(res: Response): Promise<SyncError> {
  // Not JSON (a proxy's page), or not an error's shape: said by status alone below.
  const parsed = wire.ErrorAnswer.safeParse(await res.json().catch(() => undefined));
  const body: { error?: string; code?: string; problems?: Problem[] } = parsed.success ? parsed.data : {};
  const said = body.error;
  if (res.status >= 500) return new SyncError('server', 'The server had a problem: the app will try again shortly.', res.status);
  if (res.status === 429) {
    const wait = Number(res.headers.get('retry-after') ?? 0);
    const minutes = Math.max(1, Math.ceil(wait / 60));
    return new SyncError(
      'rate-limited',
      said ?? `Too many attempts to sign in: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      429,
    );
  }
  if (res.status === 426 || body.code === 'update-app' || body.code === 'update-server')
    return new SyncError('update-needed', said ?? notUnderstood, res.status);
  if (res.status === 413) return new SyncError('too-large', said ?? 'This is too large for the board’s server to take.', 413);
  if (body.code === 'removed') return new SyncError('removed', said ?? 'You are no longer a member of this board.', res.status);
  if (body.code === 'bad-credentials')
    return new SyncError('bad-credentials', 'That email and password do not match an account: check them and try again.', res.status);
  if (res.status === 401)
    return new SyncError('signed-out', 'You have been signed out of the board’s server: sign in again to share your changes.', 401);
  return new SyncError('refused', said ?? `The server refused the request (${res.status}).`, res.status, body.problems ?? []);
}
