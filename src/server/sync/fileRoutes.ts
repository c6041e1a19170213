// Files travel with sync (F1): GET …/status says how much of a file the server has, PUT sends the next
// chunk (application/octet-stream, at most 1 MB), GET downloads a complete file. Members of the school
// only; a download only to a role that may see a record referring to the file.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { wire } from '../../domain';
import type { SqlClient } from '../db';
import { authenticate, requireMember } from '../auth/sessions';
import { ApiError, parseOr400 } from '../http';
import { appendChunk, fileStatus, MAX_CHUNK_BYTES, MAX_FILE_BYTES, readFile } from './fileStore';

const { FileParams: Params, FileQuery: SchoolQuery, FileUploadQuery: UploadQuery } = wire;

const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

export function registerFileRoutes(app: FastifyInstance, db: SqlClient): void {
  /** Who is asking, and about which file of which school (401, then 400, then 403). */
  async function member<Q extends z.ZodType>(request: FastifyRequest, query: Q) {
    const caller = await authenticate(db, request);
    const { sha256 } = parseOr400(Params, request.params, 'file address');
    const q = parseOr400(query, request.query, 'file request') as z.infer<Q> & { schoolId: string };
    const { role } = await requireMember(db, q.schoolId, caller.personId);
    return { sha256, q, role };
  }

  app.get('/api/sync/files/:sha256/status', async (request) => {
    const { sha256, q } = await member(request, SchoolQuery);
    return fileStatus(db, q.schoolId, sha256);
  });

  app.get('/api/sync/files/:sha256', async (request, reply) => {
    const { sha256, q, role } = await member(request, SchoolQuery);
    const file = await readFile(db, q.schoolId, sha256, role);
    if (!file)
      throw new ApiError(404, 'There is no such file on this board that you can see: it may not have been uploaded yet.', {
        code: 'no-file',
      });
    // Never shown by the browser as a page: the app reads the bytes and shows them itself.
    return reply
      .type('application/octet-stream')
      .header('content-disposition', 'attachment')
      .header('x-file-type', file.type)
      .send(file.bytes);
  });

  // Chunks are raw bytes; only this route reads them, so the parser lives in its own scope.
  void app.register(async (scope) => {
    scope.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: MAX_CHUNK_BYTES }, (_request, body, done) =>
      done(null, body),
    );
    scope.put('/api/sync/files/:sha256', { bodyLimit: MAX_CHUNK_BYTES }, async (request) => {
      const { sha256, q } = await member(request, UploadQuery);
      const type = String(request.headers['content-type'] ?? '')
        .split(';')[0]!
        .trim()
        .toLowerCase();
      if (type !== 'application/octet-stream') throw new ApiError(415, 'Send the file’s bytes as application/octet-stream.');
      const data = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      if (q.bytes > MAX_FILE_BYTES)
        throw new ApiError(413, `This file is ${MB(q.bytes)}: files of up to ${MB(MAX_FILE_BYTES)} can be shared.`, { code: 'too-big' });
      const outcome = await appendChunk(db, { schoolId: q.schoolId, sha256, bytes: q.bytes, type: q.type, offset: q.offset, data });
      if (outcome.mismatch) {
        throw new ApiError(
          422,
          'The file that arrived does not match its SHA-256, so it was thrown away: it may have been changed or damaged on the way. Send it again from the start.',
          { code: 'hash-mismatch' },
        );
      }
      return outcome.status;
    });
  });
}
