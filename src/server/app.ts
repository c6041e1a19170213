// The Steward web server: serves the built PWA (dist/) with the right caching and security
// headers, falls back to index.html for app routes, and (given a database) serves the JSON API
// under /api: accounts, membership and sync (docs/sync-protocol.md).
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import pkg from '../../package.json' with { type: 'json' };
import type { SqlClient } from './db';
import { ApiError, errorBody, unstorableText } from './http';
import { drain, registerGuards, tooLargeMessage } from './guards';
import { registerAuthRoutes } from './auth/routes';
import { registerMemberRoutes } from './auth/members';
import { registerSchoolRoutes } from './auth/schools';
import type { LoginLimit } from './auth/rateLimit';
import { registerSyncRoutes, type SyncRoutesOptions } from './sync/routes';
import { registerEventRoutes, SchoolEvents } from './sync/events';
import { registerFileRoutes } from './sync/fileRoutes';

export interface ServerOptions {
  /** The folder `vite build` wrote (must contain index.html). */
  distDir: string;
  /** Structured JSON request logs (pino) when true. Default false. */
  logger?: boolean;
  /** The database: with it, the API (accounts, sync) is served; without, only the app's files. */
  db?: SqlClient;
  /** Sign-in rate limit (default: 5 failures per email and address in 15 minutes). */
  loginLimit?: LoginLimit;
  /** Hooks into sync (tests hold a push open, or hear of commits). */
  sync?: Omit<SyncRoutesOptions, 'db'>;
}

const MB = 1024 * 1024;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Files that must be revalidated on every load, or an update would never reach the user. */
const NO_CACHE_FILES = new Set(['index.html', 'sw.js', 'registerSW.js', 'manifest.webmanifest']);
/** Workbox's runtime is emitted next to sw.js with a content hash in its name. */
const HASHED_ROOT_FILE = /^workbox-[\w-]+\.js$/;

/**
 * The SHA-256 of index.html's one inline script (it chooses the first paint before the app's code
 * arrives). test/server/static.test.ts fails if the script changes and this does not.
 */
export const firstPaintScriptHash = 'sha256-safZNXH+kOv6U6OIMmmkkojUMoGygS9f0kIwq8U67fA=';

/** The Content-Security-Policy the app needs: all code from us (and the first-paint script); Ionic sets inline styles. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' '${firstPaintScriptHash}'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders: Record<string, string> = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(self), microphone=(), geolocation=()',
  // Ignored by browsers over plain HTTP; protects the deployed HTTPS origin.
  'strict-transport-security': 'max-age=15552000',
};

/** Cache-Control for a file served from dist, by its path relative to dist. */
export function cacheControlFor(relativePath: string): string {
  // A pre-compressed twin (index.html.br) is cached like the file it stands for.
  const rel = relativePath
    .split(path.sep)
    .join('/')
    .replace(/^\/+/, '')
    .replace(/\.(br|gz)$/, '');
  if (rel.startsWith('assets/')) return IMMUTABLE;
  const base = path.posix.basename(rel);
  if (NO_CACHE_FILES.has(base)) return 'no-cache';
  if (HASHED_ROOT_FILE.test(base)) return IMMUTABLE;
  // Icons, favicon and other unhashed public files: short-lived, then revalidated.
  return 'public, max-age=3600';
}

/** True when the request looks like a browser navigation to an app route (not a file). */
function isAppRoute(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const accept = request.headers.accept ?? '';
  if (!accept.includes('text/html')) return false;
  const pathname = request.url.split('?')[0] ?? '/';
  if (pathname.startsWith('/assets/')) return false;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !/\.[a-z0-9]+$/i.test(last); // "/plan/abc" yes, "/missing.png" no
}

function isApi(request: FastifyRequest): boolean {
  return request.url === '/api' || request.url.startsWith('/api/') || request.url.startsWith('/api?');
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const distDir = path.resolve(opts.distDir);
  const app = Fastify({
    logger: opts.logger ? { level: process.env.LOG_LEVEL ?? 'info' } : false,
    bodyLimit: 1 * MB,
    // Behind a load balancer or reverse proxy, set TRUST_PROXY=true so logs show client IPs.
    trustProxy: process.env.TRUST_PROXY === 'true',
    // An address Fastify cannot decode (a broken %-escape) is answered before any route or hook:
    // in the same JSON shape as every other 400 (S16), not Fastify's own.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      const message =
        error.code === 'FST_ERR_BAD_URL'
          ? 'The address was not valid: it holds a broken %-escape.'
          : `The request was not valid: ${error.message}`;
      void reply.code(400).send({ error: message, problems: [{ field: '', message }] });
    },
  });

  app.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(securityHeaders)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    // API answers hold board data and sessions: never cached by a browser or proxy.
    if (isApi(request) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  // Set before any route, so that every route answers errors in the same JSON shape.
  app.setErrorHandler(async (error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (status === 413 && !(error instanceof ApiError)) {
      // A chunked body cut off past the limit: read the rest and throw it away, so fetch sees the 413 (S16).
      reply.removeHeader('connection');
      drain(request.raw);
      const limit = request.routeOptions.bodyLimit ?? 1 * MB;
      return reply.code(413).send(errorBody(new ApiError(413, tooLargeMessage(limit), { code: 'too-large' }), 413));
    }
    return reply.code(status).send(errorBody(error, status));
  });

  registerGuards(app);

  // S16: text the database cannot store (a null character, a broken surrogate) anywhere in a request
  // is a 400 before any route reads it. A push's record fields are left to the push, which rejects
  // just the mutation that holds it (S3), so one bad change does not stop a device's whole outbox.
  app.addHook('preValidation', async (request) => {
    if (!isApi(request)) return;
    const isPush = request.routeOptions.url === '/api/sync/push';
    for (const [part, value] of [
      ['body', request.body],
      ['query', request.query],
      ['params', request.params],
    ] as const) {
      if (Buffer.isBuffer(value)) continue; // a file's bytes (F1): not text
      const found = unstorableText(value, '', isPush && part === 'body' ? (p) => /^mutations\.\d+\.fields$/.test(p) : undefined);
      if (found) {
        throw new ApiError(400, `The request was not valid: ${found.field ? `${found.field}: ` : ''}${found.message}.`, {
          problems: [found],
        });
      }
    }
  });

  const db = opts.db;
  app.get('/api/health', async (_request, reply) => {
    if (!db) return { status: 'ok', version: pkg.version };
    try {
      await db.query('SELECT 1');
      return { status: 'ok', version: pkg.version, database: db.dialect };
    } catch {
      return reply.code(503).send({ status: 'unavailable', version: pkg.version, database: db.dialect });
    }
  });
  if (db) {
    registerAuthRoutes(app, db, opts.loginLimit);
    registerMemberRoutes(app, db, opts.loginLimit);
    registerSchoolRoutes(app, db);
    registerSyncRoutes(app, { ...opts.sync, db });
    const events = new SchoolEvents();
    await events.start(db);
    registerEventRoutes(app, db, events);
    registerFileRoutes(app, db);
  }

  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    wildcard: true,
    index: ['index.html'],
    dotfiles: 'ignore',
    // `vite build` writes .br/.gz twins of text files (see vite.config.ts); serve them when accepted.
    preCompressed: true,
    cacheControl: false, // we set our own Cache-Control below
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', cacheControlFor(path.relative(distDir, filePath)));
    },
  });

  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    if (isApi(request)) {
      return reply.code(404).send({ error: `No API route ${request.method} ${request.url.split('?')[0]}` });
    }
    if (isAppRoute(request)) {
      return reply.sendFile('index.html');
    }
    return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
  });

  return app;
}
