// Running a board's membership: invite (a one-time link), accept, change a role, remove a member.
import type { FastifyInstance } from 'fastify';
import { v7 } from 'uuid';
import { mayManageMembers, membershipManagers, roleLabels, wire, type Role } from '../../domain';
import type { SqlClient, Transaction } from '../db';
import { ApiError, parseOr400 } from '../http';
import { lockSchoolVersion } from '../sync/store';
import { writeMemberRecord } from './memberRecord';
import { hashPassword, hashToken, newToken } from './secrets';
import { badCredentials, claimOr429, defaultLoginLimit, passwordMatches, triedRightly, type LoginLimit } from './rateLimit';
import { authenticate, createSession, requireMember } from './sessions';

export const INVITE_DAYS = 7;

const {
  SchoolParams,
  MemberParams,
  InviteRequest: InviteSchema,
  AcceptInviteRequest: AcceptSchema,
  RoleChangeRequest: RoleChangeSchema,
} = wire;

const managers = membershipManagers.map((r) => roleLabels[r].toLowerCase()).join(' or ');

async function requireManager(db: SqlClient, schoolId: string, personId: string): Promise<void> {
  const { role } = await requireMember(db, schoolId, personId);
  if (!mayManageMembers(role)) throw new ApiError(403, `Only the ${managers} can invite, change or remove members.`, { code: 'forbidden' });
}

interface MemberRow {
  role: Role;
  record_id: string;
  removed_at: Date | null;
  name: string;
}

async function memberRow(tx: Transaction, schoolId: string, personId: string): Promise<MemberRow> {
  const rows = await tx.query<MemberRow>(
    `SELECT m.role, m.record_id, m.removed_at, p.name FROM memberships m JOIN people p ON p.person_id = m.person_id
      WHERE m.school_id = $1 AND m.person_id = $2`,
    [schoolId, personId],
  );
  if (!rows[0] || rows[0].removed_at) throw new ApiError(404, 'There is no such member of this board.', { code: 'no-member' });
  return rows[0];
}

/** Refuse a change that would leave the board with no one who can run its membership. */
async function keepAManager(tx: Transaction, schoolId: string, personId: string, newRole: Role | null): Promise<void> {
  if (newRole && mayManageMembers(newRole)) return;
  const rows = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM memberships WHERE school_id = $1 AND person_id <> $2 AND removed_at IS NULL
        AND role IN (SELECT jsonb_array_elements_text($3::jsonb))`,
    [schoolId, personId, JSON.stringify(membershipManagers)],
  );
  if ((rows[0]?.n ?? 0) === 0)
    throw new ApiError(409, `The board must keep a ${managers}: appoint another first.`, { code: 'last-manager' });
}

export function registerMemberRoutes(app: FastifyInstance, db: SqlClient, limit: LoginLimit = defaultLoginLimit): void {
  app.post('/api/schools/:schoolId/invites', async (request, reply) => {
    const caller = await authenticate(db, request);
    const { schoolId } = parseOr400(SchoolParams, request.params, 'address');
    await requireManager(db, schoolId, caller.personId);
    const { email, role } = parseOr400(InviteSchema, request.body, 'invitation');
    const secret = newToken();
    const token = `${schoolId}.${secret}`;
    const rows = await db.query<{ expires_at: Date }>(
      `INSERT INTO invites (school_id, token_hash, email, role, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6)) RETURNING expires_at`,
      [schoolId, hashToken(secret), email.toLowerCase(), role, caller.personId, INVITE_DAYS],
    );
    reply.code(201);
    return { email, role, token, link: `/join#invite=${token}`, expiresAt: rows[0]!.expires_at.toISOString() };
  });

  app.post('/api/invites/accept', async (request, reply) => {
    const { token, name, password } = parseOr400(AcceptSchema, request.body, 'invitation');
    const secret = token.slice(token.indexOf('.') + 1);
    const tokenHash = hashToken(secret);
    // A link without the school id: find its school first, outside the transaction (on Citus this one
    // read goes to every shard; what follows, to the school's).
    const schoolId =
      secret !== token
        ? token.slice(0, token.indexOf('.'))
        : ((await db.query<{ school_id: string }>('SELECT school_id FROM invites WHERE token_hash = $1', [tokenHash]))[0]?.school_id ??
          null);
    const found = await db.query<{
      school_id: string;
      email: string;
      role: Role;
      usable: boolean;
      password_hash: string | null;
      person_id: string | null;
    }>(
      `SELECT i.school_id, i.email, i.role, (i.used_at IS NULL AND i.expires_at > now()) AS usable, p.password_hash, p.person_id
         FROM invites i LEFT JOIN people p ON lower(p.email) = i.email WHERE i.school_id = $2 AND i.token_hash = $1`,
      [tokenHash, schoolId],
    );
    const invite = found[0];
    if (!invite || !invite.usable) {
      throw new ApiError(410, 'This invite link has been used or has expired: ask the chair or clerk for a new one.', {
        code: 'invite-gone',
      });
    }
    // Someone who already has an account proves it is theirs; an invite never resets a password. The
    // try is counted under the sign-in limit (A2) whether or not the email has an account, and a wrong
    // password gets sign-in's own answer, so this door tells no one more than sign-in does.
    const door = { email: invite.email, ip: request.ip, limit, setRetryAfter: (s: number) => void reply.header('retry-after', String(s)) };
    if (invite.person_id && invite.password_hash) {
      if (!(await passwordMatches(db, door, invite.password_hash, password))) throw badCredentials();
    } else {
      await claimOr429(db, door); // a locked email is locked here too, account or not
      await triedRightly(db, door.email, door.ip);
    }
    const newHash = invite.password_hash ? null : await hashPassword(password);
    const joined = await db.transaction(async (tx) => {
      const used = await tx.query(
        'UPDATE invites SET used_at = now() WHERE school_id = $2 AND token_hash = $1 AND used_at IS NULL RETURNING school_id',
        [tokenHash, invite.school_id],
      );
      if (used.length === 0) throw new ApiError(410, 'This invite link has just been used.', { code: 'invite-gone' });
      const personId = invite.person_id ?? v7();
      if (!invite.person_id)
        await tx.query('INSERT INTO people (person_id, email, name, password_hash) VALUES ($1, $2, $3, $4)', [
          personId,
          invite.email,
          name,
          newHash,
        ]);
      else if (newHash) await tx.query('UPDATE people SET password_hash = $2, name = $3 WHERE person_id = $1', [personId, newHash, name]);
      const before = await tx.query<{ record_id: string }>('SELECT record_id FROM memberships WHERE school_id = $1 AND person_id = $2', [
        invite.school_id,
        personId,
      ]);
      const recordId = before[0]?.record_id ?? v7();
      const version = await writeMemberRecord(tx, invite.school_id, {
        recordId,
        personId,
        role: invite.role,
        displayName: name,
        deleted: false,
      });
      await tx.query(
        `INSERT INTO memberships (school_id, person_id, role, record_id, access_version) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (school_id, person_id) DO UPDATE SET role = EXCLUDED.role, access_version = EXCLUDED.access_version, removed_at = NULL`,
        [invite.school_id, personId, invite.role, recordId, version],
      );
      return { personId, session: await createSession(tx, personId) };
    });
    return {
      ...joined.session,
      person: { id: joined.personId, name, email: invite.email },
      schoolId: invite.school_id,
      role: invite.role,
    };
  });

  app.patch('/api/schools/:schoolId/members/:personId', async (request) => {
    const caller = await authenticate(db, request);
    const { schoolId, personId } = parseOr400(MemberParams, request.params, 'address');
    await requireManager(db, schoolId, caller.personId);
    const { role } = parseOr400(RoleChangeSchema, request.body, 'role change');
    return db.transaction(async (tx) => {
      await lockSchoolVersion(tx, schoolId); // membership changes to one board go one at a time
      const member = await memberRow(tx, schoolId, personId);
      await keepAManager(tx, schoolId, personId, role);
      const version = await writeMemberRecord(tx, schoolId, {
        recordId: member.record_id,
        personId,
        role,
        displayName: member.name,
        deleted: false,
      });
      await tx.query('UPDATE memberships SET role = $3, access_version = $4 WHERE school_id = $1 AND person_id = $2', [
        schoolId,
        personId,
        role,
        version,
      ]);
      return { personId, role };
    });
  });

  app.delete('/api/schools/:schoolId/members/:personId', async (request) => {
    const caller = await authenticate(db, request);
    const { schoolId, personId } = parseOr400(MemberParams, request.params, 'address');
    await requireManager(db, schoolId, caller.personId);
    return db.transaction(async (tx) => {
      await lockSchoolVersion(tx, schoolId);
      const member = await memberRow(tx, schoolId, personId);
      await keepAManager(tx, schoolId, personId, null);
      const fields = { recordId: member.record_id, personId, role: member.role, displayName: member.name, deleted: true };
      const version = await writeMemberRecord(tx, schoolId, fields);
      await tx.query('UPDATE memberships SET removed_at = now(), access_version = $3 WHERE school_id = $1 AND person_id = $2', [
        schoolId,
        personId,
        version,
      ]);
      return { personId, removed: true };
    });
  });
}
