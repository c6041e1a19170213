// The app server against a small fake dist/ folder: caching, SPA fallback, API 404s, security headers.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app';
import { speaksProtocol } from './helpers/board';
import pkg from '../../package.json' with { type: 'json' };

const INDEX = '<!doctype html><html lang="en-GB"><head><title>Steward</title></head><body><div id="root"></div></body></html>';
const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

let dir: string;
let app: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'steward-dist-'));
  mkdirSync(path.join(dir, 'assets'));
  mkdirSync(path.join(dir, 'icons'));
  const files: Record<string, string> = {
    'index.html': INDEX,
    'sw.js': 'self.addEventListener("install", () => {});',
    'registerSW.js': '/* register */',
    'manifest.webmanifest': '{"name":"Steward"}',
    'workbox-3f2a9c1d.js': '/* workbox */',
    'assets/index-B1a2C3d4.js': 'console.log("app");'.repeat(50),
    'assets/index-D5e6F7g8.css': 'body{margin:0}',
    'icons/icon-192.png': 'png',
    '.env': 'SECRET=1',
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  writeFileSync(path.join(dir, 'assets/index-B1a2C3d4.js.br'), brotliCompressSync(files['assets/index-B1a2C3d4.js']!));
  writeFileSync(path.join(dir, 'index.html.br'), brotliCompressSync(INDEX));
  app = speaksProtocol(await buildServer({ distDir: dir }));
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static files', () => {
  it('serves / as index.html without caching', async () => {
    const res = await app.inject({ url: '/', headers: html });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toBe(INDEX);
  });

  it('caches hashed assets for a year, immutably', async () => {
    const res = await app.inject('/assets/index-B1a2C3d4.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const css = await app.inject('/assets/index-D5e6F7g8.css');
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const workbox = await app.inject('/workbox-3f2a9c1d.js');
    expect(workbox.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/index.html', '/sw.js', '/registerSW.js', '/manifest.webmanifest'])('never caches %s', async (url) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('gives unhashed public files a short cache', async () => {
    const res = await app.inject('/icons/icon-192.png');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('serves the brotli twin when the browser accepts it', async () => {
    const res = await app.inject({ url: '/assets/index-B1a2C3d4.js', headers: { 'accept-encoding': 'gzip, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('keeps index.html uncached when its brotli twin is served, also for app routes', async () => {
    for (const url of ['/', '/plan/abc']) {
      const res = await app.inject({ url, headers: { ...html, 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers.vary, url).toMatch(/accept-encoding/i);
    }
  });

  it('does not serve dotfiles', async () => {
    const res = await app.inject('/.env');
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('SECRET');
  });
});

describe('app routes', () => {
  it.each(['/plan/abc', '/plan/0199a0b2-7c3e-7000-8000-000000000001/action/x', '/settings?tab=storage'])(
    'falls back to index.html for %s',
    async (url) => {
      const res = await app.inject({ url, headers: html });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toBe(INDEX);
    },
  );

  it('answers 404 for a missing file, even when the browser accepts HTML', async () => {
    for (const url of ['/assets/gone-123.js', '/missing.png']) {
      const res = await app.inject({ url, headers: html });
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toBe(INDEX);
    }
  });

  it('answers 404 for a route when the client does not want HTML', async () => {
    const res = await app.inject({ url: '/plan/abc', headers: { accept: 'application/json' } });
    expect(res.statusCode).toBe(404);
  });
});

describe('api', () => {
  it('reports health with the package version', async () => {
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', version: pkg.version });
  });

  it.each([
    ['GET', '/api/unknown'],
    ['POST', '/api/sync/push'],
    ['GET', '/api'],
  ] as const)('answers %s %s with 404 JSON, never index.html', async (method, url) => {
    const res = await app.inject({ method, url, headers: html });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual({ error: expect.any(String) });
  });

  it('refuses a body over 1 MB with a JSON error', async () => {
    const other = speaksProtocol(await buildServer({ distDir: dir }));
    other.post('/api/echo', async (request) => ({ size: JSON.stringify(request.body).length }));
    try {
      const ok = await other.inject({ method: 'POST', url: '/api/echo', payload: { text: 'x'.repeat(1000) } });
      expect(ok.statusCode).toBe(200);
      const big = await other.inject({ method: 'POST', url: '/api/echo', payload: { text: 'x'.repeat(1024 * 1024) } });
      expect(big.statusCode).toBe(413);
      expect(big.json()).toEqual(expect.objectContaining({ error: expect.any(String) }));
    } finally {
      await other.close();
    }
  });
});

describe('security headers', () => {
  it.each(['/', '/plan/abc', '/assets/index-B1a2C3d4.js', '/api/health', '/api/unknown'])('are on %s', async (url) => {
    const res = await app.inject({ url, headers: html });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("allow index.html's inline scripts by their hash, and no other inline script", async () => {
    const source = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    const inline = [...source.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(1);
    const res = await app.inject({ url: '/', headers: html });
    const scriptSrc = /script-src ([^;]*)/.exec(String(res.headers['content-security-policy']))![1]!.split(' ');
    const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    expect(scriptSrc).toEqual(["'self'", ...hashes]);
  });
});
