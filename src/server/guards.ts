// What every API request passes before any route reads it (docs/security.md): the device's protocol
// version (S19), its size by Content-Length before a byte of the body is read, and the shape of a
// JSON body (depth and width) before it is parsed (S16). A 413 is answered so that a browser's
// fetch sees it: the rest of the body is read and thrown away (up to a cap) instead of the
// connection being closed under the upload, which a client sees only as a broken pipe.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { wire } from '../domain';
import { ApiError } from './http';

/** A body over its limit is read and discarded up to this many bytes, then the connection is closed. */
const DRAIN_CAP = 64 * 1024 * 1024;

const isApiPath = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export const tooLargeMessage = (limit: number) =>
  `The request is larger than ${megabytes(limit)}, the most this address takes: it was not read, and nothing was saved.`;

/** Read the rest of a request and throw it away, so the client can finish sending and read the answer. */
export function drain(raw: IncomingMessage): void {
  let seen = 0;
  raw.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DRAIN_CAP) raw.socket.destroy();
  });
  raw.resume();
}

function bodyLimitOf(request: FastifyRequest): number {
  return request.routeOptions.bodyLimit ?? wire.JSON_BODY_LIMIT;
}

export function registerGuards(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!isApiPath(request.url) || request.url.startsWith('/api/health')) return;
    const refusal = wire.protocolRefusal(headerText(request.headers[wire.PROTOCOL_HEADER]));
    if (refusal) throw new ApiError(426, refusal.message, { code: refusal.code });
    const declared = Number(request.headers['content-length'] ?? 0);
    const limit = bodyLimitOf(request);
    if (declared > limit) {
      drain(request.raw);
      throw new ApiError(413, tooLargeMessage(limit), { code: 'too-large' });
    }
  });

  // JSON bodies: depth and width are checked on the text, in one pass, before JSON.parse builds
  // anything; then Fastify's own parser (which refuses __proto__ and constructor keys).
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    const problem = wire.jsonShapeProblem(text) ?? (/"__proto__"\s*:/.test(text) ? forbiddenName : null);
    if (problem) {
      done(new ApiError(400, problem, { problems: [{ field: '', message: problem }] }), undefined);
      return;
    }
    void parseJson(request, text, done); // Fastify's own parser answers through done, synchronously
  });
}

/** Fastify's parser refuses a body naming __proto__ (prototype pollution); said in words, not as "not valid JSON". */
const forbiddenName = 'No field may be named "__proto__": rename or remove it.';

const headerText = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
