// The sync bench's setup (test/bench/sync.ts): boards, members and sessions written straight into
// the bench's PostgreSQL database, and the server process (test/bench/sync-server.ts) started,
// asked for its CPU time and stopped.
import { fork, type ChildProcess } from 'node:child_process';
import { v7 } from 'uuid';
import { wire, type Role } from '../../src/domain';
import { createSession } from '../../src/server/auth/sessions';
import type { SqlClient } from '../../src/server/db';

export async function addSchool(db: SqlClient, name: string, schoolId = v7(), version = 0): Promise<string> {
  await db.query('INSERT INTO schools (school_id, name) VALUES ($1, $2)', [schoolId, name]);
  await db.query('INSERT INTO school_versions (school_id, version) VALUES ($1, $2)', [schoolId, version]);
  return schoolId;
}

/** A member of the school with a session; returns the bearer token. */
export async function addMember(db: SqlClient, schoolId: string, role: Role): Promise<string> {
  const personId = v7();
  await db.query('INSERT INTO people (person_id, email, name) VALUES ($1, $2, $3)', [
    personId,
    `${personId}@bench.example`,
    `Bench ${role}`,
  ]);
  await db.query('INSERT INTO memberships (school_id, person_id, role, record_id) VALUES ($1, $2, $3, $4)', [
    schoolId,
    personId,
    role,
    v7(),
  ]);
  return (await createSession(db, personId)).token;
}

/** Another session for a member already there (many devices of the same people). */
export async function sessionsOf(db: SqlClient, schoolId: string): Promise<{ role: Role; token: string }[]> {
  const rows = await db.query<{ person_id: string; role: Role }>('SELECT person_id, role FROM memberships WHERE school_id = $1', [
    schoolId,
  ]);
  return Promise.all(rows.map(async (r) => ({ role: r.role, token: (await createSession(db, r.person_id)).token })));
}

export function startServer(databaseUrl: string): Promise<{ child: ChildProcess; base: string }> {
  const child = fork(new URL('./sync-server.ts', import.meta.url), [], {
    env: { ...process.env, BENCH_SYNC_DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, base: `http://127.0.0.1:${(m as { port: number }).port}` }));
    child.once('exit', (code) => reject(new Error(`the bench server exited (${code}) before it listened`)));
  });
}

/** The server process's CPU time so far, ms. */
export function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const on = (m: unknown) => {
      if (typeof m === 'object' && m !== null && 'cpuMs' in m) {
        child.off('message', on);
        resolve((m as { cpuMs: number }).cpuMs);
      }
    };
    child.on('message', on);
    child.send('cpu');
  });
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send('close');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (child.exitCode === null) child.kill();
}

/** The header every API request carries: the wire protocol this client speaks (src/domain/wire). */
export const protocolHeader = { [wire.PROTOCOL_HEADER]: String(wire.PROTOCOL_VERSION) };
