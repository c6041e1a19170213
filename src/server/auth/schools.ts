// A6: a board kept on a device only is put on the server, with the person who uploads it as its
// chair or clerk. The school's id is the one the device made; its records follow by push.
import type { FastifyInstance } from 'fastify';
import { v7 } from 'uuid';
import { wire } from '../../domain';
import type { SqlClient } from '../db';
import { ApiError, parseOr400 } from '../http';
import { writeMemberRecord } from './memberRecord';
import { authenticate } from './sessions';

export const uploaderRoles = wire.uploaderRoles;
const NewSchoolSchema = wire.NewSchoolRequest;

export function registerSchoolRoutes(app: FastifyInstance, db: SqlClient): void {
  app.post('/api/schools', async (request, reply) => {
    const caller = await authenticate(db, request);
    const { schoolId, name, role } = parseOr400(NewSchoolSchema, request.body, 'new board');
    const membership = await db.transaction(async (tx) => {
      const made = await tx.query(
        'INSERT INTO schools (school_id, name) VALUES ($1, $2) ON CONFLICT (school_id) DO NOTHING RETURNING school_id',
        [schoolId, name],
      );
      if (made.length === 0)
        throw new ApiError(
          409,
          `This board is already on the server: sign in as one of its members to sync it, or ask its chair or clerk for an invitation.`,
          { code: 'school-exists' },
        );
      await tx.query('INSERT INTO school_versions (school_id, version) VALUES ($1, 0)', [schoolId]);
      // The member record is the server's to write (S11), as when an invitation is accepted (A5).
      const recordId = v7();
      const version = await writeMemberRecord(tx, schoolId, {
        recordId,
        personId: caller.personId,
        role,
        displayName: caller.name,
        deleted: false,
      });
      await tx.query('INSERT INTO memberships (school_id, person_id, role, record_id, access_version) VALUES ($1, $2, $3, $4, $5)', [
        schoolId,
        caller.personId,
        role,
        recordId,
        version,
      ]);
      return { schoolId, schoolName: name, role };
    });
    request.log.info({ schoolId, role }, 'board uploaded');
    reply.code(201);
    return membership;
  });
}
