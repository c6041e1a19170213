// The demo board on the server: Northgate Primary School with one account per role, so that
// `npm start` shows sync with nothing to set up. Passwords are public (README): never on a real server.
import { v7 } from 'uuid';
import { buildDemoBoard, check, recordKinds, tickHlc, todayIso, type RecordKind, type Role } from '../domain';
import { hashPassword } from './auth/secrets';
import type { SqlClient } from './db';
import { insertRecords, serverRecord, type StoredRecord } from './sync/store';

/** The password of every demo account. */
export const DEMO_PASSWORD = 'northgate-demo';

/** Demo sign-ins, in the order of the demo board's members (two governors). */
export const demoEmails: { role: Role; email: string }[] = [
  { role: 'chair', email: 'chair@northgate.example' },
  { role: 'vice-chair', email: 'vice-chair@northgate.example' },
  { role: 'governor', email: 'governor@northgate.example' },
  { role: 'governor', email: 'governor2@northgate.example' },
  { role: 'clerk', email: 'clerk@northgate.example' },
  { role: 'headteacher', email: 'headteacher@northgate.example' },
  { role: 'officer', email: 'officer@northgate.example' },
];

/** Should this server have the demo board? On the embedded database yes; on PostgreSQL only with DEMO=1. */
export const demoWanted = (env: NodeJS.ProcessEnv): boolean => !env.DATABASE_URL || env.DEMO === '1';

/**
 * Put the demo board and its accounts in the database, once: does nothing (and returns null) when
 * the demo chair's account is already there. Returns the demo school's id.
 */
export async function seedDemo(db: SqlClient, now = new Date()): Promise<string | null> {
  const already = await db.query('SELECT 1 FROM people WHERE lower(email) = $1', [demoEmails[0]!.email]);
  if (already.length > 0) return null;
  const board = buildDemoBoard(todayIso(now), v7);
  const school = board.schools![0]!;
  const members = board.memberships ?? [];
  const hashes = await Promise.all(members.map(() => hashPassword(DEMO_PASSWORD)));
  const hlc = tickHlc(null, now.getTime(), 'server');

  const records: StoredRecord[] = [];
  for (const [kind, list] of Object.entries(board) as [RecordKind, Record<string, unknown>[]][]) {
    for (const record of list) {
      const checked = check(recordKinds[kind].schema, record);
      if (!checked.ok)
        throw new Error(`The demo ${recordKinds[kind].label} is not valid: ${checked.problems.map((p) => p.message).join('; ')}`);
      records.push(serverRecord(kind, checked.value as Record<string, unknown>, records.length + 1, hlc));
    }
  }

  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO schools (school_id, name) VALUES ($1, $2)', [school.id, school.name]);
    await tx.query('INSERT INTO school_versions (school_id, version) VALUES ($1, $2)', [school.id, records.length]);
    for (const [i, member] of members.entries()) {
      const email = demoEmails[i]?.role === member.role ? demoEmails[i]!.email : `${member.role}-${i + 1}@northgate.example`;
      await tx.query('INSERT INTO people (person_id, email, name, password_hash) VALUES ($1, $2, $3, $4)', [
        member.personId,
        email,
        member.displayName,
        hashes[i],
      ]);
      await tx.query('INSERT INTO memberships (school_id, person_id, role, record_id) VALUES ($1, $2, $3, $4)', [
        school.id,
        member.personId,
        member.role,
        member.id,
      ]);
    }
    await insertRecords(tx, school.id, records);
  });
  return school.id;
}
