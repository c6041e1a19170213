// A board on a test server: a school, one member per role signed in, and devices that make outbox
// mutations the way the app does (full record on create; changed fields + updatedAt on update).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse as Response } from 'fastify';
import { v7 } from 'uuid';
import { onTestFinished } from 'vitest';
import { roles, tickHlc, type HlcStamp, type RecordKind, type Role } from '../../../src/domain';
import { buildServer, type ServerOptions } from '../../../src/server/app';
import { createSession } from '../../../src/server/auth/sessions';
import type { SqlClient } from '../../../src/server/db';
import { truncateAll } from './databases';

export const distDir = mkdtempSync(path.join(tmpdir(), 'steward-empty-dist-'));

export interface Mutation {
  mutationId: string;
  schoolId: string;
  kind: string;
  recordId: string;
  op: 'create' | 'update' | 'delete';
  fields: Record<string, unknown>;
  hlc: string;
}

/** A device: its own hybrid logical clock, making mutations in order. */
export class Device {
  private clock: HlcStamp | null = null;
  constructor(
    readonly schoolId: string,
    readonly nodeId = `dev${Math.random().toString(36).slice(2, 8)}`,
  ) {}

  stamp(nowMs = Date.now()): HlcStamp {
    this.clock = tickHlc(this.clock, nowMs, this.nodeId);
    return this.clock;
  }
  create(kind: RecordKind, record: Record<string, unknown>, nowMs?: number): Mutation {
    return this.mutation(kind, String(record.id), 'create', record, nowMs);
  }
  update(kind: RecordKind, id: string, fields: Record<string, unknown>, nowMs?: number): Mutation {
    return this.mutation(kind, id, 'update', { ...fields, updatedAt: new Date(nowMs ?? Date.now()).toISOString() }, nowMs);
  }
  delete(kind: RecordKind, id: string, nowMs?: number): Mutation {
    return this.mutation(kind, id, 'delete', { deleted: true, updatedAt: new Date(nowMs ?? Date.now()).toISOString() }, nowMs);
  }
  mutation(kind: string, recordId: string, op: Mutation['op'], fields: Record<string, unknown>, nowMs?: number): Mutation {
    return { mutationId: v7(), schoolId: this.schoolId, kind, recordId, op, fields, hlc: this.stamp(nowMs) };
  }
}

export interface Board {
  app: FastifyInstance;
  db: SqlClient;
  schoolId: string;
  personIds: Record<Role, string>;
  tokens: Record<Role, string>;
  auth: (role: Role) => { authorization: string };
  push: (role: Role, mutations: Mutation[], schoolId?: string) => Promise<Response>;
  pull: (role: Role, since?: number, limit?: number) => Promise<Response>;
  /** Pull every page from `since`; the changes in order and the final cursor. */
  pullAll: (role: Role, since?: number, limit?: number) => Promise<{ changes: Record<string, unknown>[]; cursor: number; pages: number }>;
}

export const emailOf = (role: Role) => `${role}@test.example`;

/** Insert a school with its version row; returns its id. */
export async function addSchool(db: SqlClient, name = 'Test Primary School'): Promise<string> {
  const schoolId = v7();
  await db.query('INSERT INTO schools (school_id, name) VALUES ($1, $2)', [schoolId, name]);
  await db.query('INSERT INTO school_versions (school_id, version) VALUES ($1, 0)', [schoolId]);
  return schoolId;
}

/** Empty the database, add a school with one signed-in member per role, and a server for it. */
export async function makeBoard(db: SqlClient, opts: Partial<Omit<ServerOptions, 'db' | 'distDir'>> = {}): Promise<Board> {
  await truncateAll(db);
  const schoolId = await addSchool(db);
  const personIds = {} as Record<Role, string>;
  const tokens = {} as Record<Role, string>;
  for (const role of roles) {
    const personId = v7();
    personIds[role] = personId;
    await db.query('INSERT INTO people (person_id, email, name) VALUES ($1, $2, $3)', [personId, emailOf(role), `The ${role}`]);
    await db.query('INSERT INTO memberships (school_id, person_id, role, record_id) VALUES ($1, $2, $3, $4)', [
      schoolId,
      personId,
      role,
      v7(),
    ]);
    tokens[role] = (await createSession(db, personId)).token;
  }
  const app = await buildServer({ distDir, ...opts, db });
  onTestFinished(() => app.close());
  const auth = (role: Role) => ({ authorization: `Bearer ${tokens[role]}` });
  const pull = (role: Role, since = 0, limit?: number) =>
    app.inject({
      method: 'GET',
      url: '/api/sync/pull',
      query: { schoolId, since: String(since), ...(limit ? { limit: String(limit) } : {}) },
      headers: auth(role),
    });
  return {
    app,
    db,
    schoolId,
    personIds,
    tokens,
    auth,
    push: (role, mutations, school = schoolId) =>
      app.inject({ method: 'POST', url: '/api/sync/push', payload: { schoolId: school, mutations }, headers: auth(role) }),
    pull,
    async pullAll(role, since = 0, limit) {
      const changes: Record<string, unknown>[] = [];
      let cursor = since;
      let pages = 0;
      for (;;) {
        const res = await pull(role, cursor, limit);
        if (res.statusCode !== 200) throw new Error(`pull answered ${res.statusCode}: ${res.body}`);
        const page = res.json() as { changes: Record<string, unknown>[]; cursor: number; more: boolean };
        changes.push(...page.changes);
        cursor = page.cursor;
        pages += 1;
        if (!page.more) return { changes, cursor, pages };
      }
    },
  };
}

const at = (nowMs = Date.now()) => new Date(nowMs).toISOString();
const baseOf = (schoolId: string, visibility = 'board') => ({
  id: v7(),
  schoolId,
  createdAt: at(),
  updatedAt: at(),
  deleted: false,
  visibility,
});

/** Valid records of a few kinds, for pushing. */
export const records = {
  plan: (schoolId: string, over: Record<string, unknown> = {}) => ({
    ...baseOf(schoolId),
    title: 'Raising standards',
    startDate: '2026-09-01',
    endDate: '2027-07-20',
    priorities: [],
    ...over,
  }),
  action: (schoolId: string, over: Record<string, unknown> = {}) => ({
    ...baseOf(schoolId),
    needId: v7(),
    areaId: v7(),
    position: 1,
    description: 'Daily phonics for every pupil in Year 1',
    lead: 'English lead',
    resources: '',
    start: '2026-09-07',
    finish: '2026-12-18',
    successCriteria: '',
    status: 'not-started',
    archived: false,
    ...over,
  }),
  evidence: (schoolId: string, over: Record<string, unknown> = {}) => ({
    ...baseOf(schoolId),
    kind: 'note',
    title: 'Book look',
    text: 'Phonics books show daily practice.',
    recordedBy: 'The governor',
    recordedAt: at(),
    supports: [],
    ...over,
  }),
  review: (schoolId: string, planId: string, over: Record<string, unknown> = {}) => ({
    ...baseOf(schoolId),
    planId,
    schoolYear: 2026,
    halfTerm: 'Autumn 1',
    heldOn: '2026-10-14',
    status: 'draft',
    finalisedBy: '',
    ...over,
  }),
  reviewEntry: (schoolId: string, reviewId: string, over: Record<string, unknown> = {}) => ({
    ...baseOf(schoolId),
    reviewId,
    actionId: v7(),
    rating: 'green',
    note: '',
    evidenceIds: [],
    challenge: '',
    response: '',
    nextSteps: '',
    ...over,
  }),
  meeting: (schoolId: string, over: Record<string, unknown> = {}) => ({
    ...baseOf(schoolId),
    kind: 'School Improvement Committee',
    date: '2026-10-14',
    time: '16:00',
    venue: 'Library',
    attendees: [],
    quorum: 3,
    declarations: '',
    papers: [],
    confidentialItems: 0,
    minutesStatus: 'draft',
    approvedBy: '',
    ...over,
  }),
  minuteItem: (schoolId: string, meetingId: string, over: Record<string, unknown> = {}) => ({
    ...baseOf(schoolId),
    meetingId,
    position: 1,
    title: 'Attendance',
    itemKind: 'other',
    papers: '',
    discussion: 'Persistent absence fell.',
    decision: '',
    ...over,
  }),
};
