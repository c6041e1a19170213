// The PouchDB baseline's parts (test/bench/sync-vs-pouchdb.ts): its server process started, filled
// and stopped; the browser build of PouchDB as shipped in its package; and Steward's device code
// bundled for a page (test/bench/baselines/steward-device.ts).
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export interface PouchServer {
  child: ChildProcess;
  base: string;
}

export function startPouchServer(): Promise<PouchServer> {
  const child = fork(new URL('./pouchdb-server.ts', import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, base: `http://127.0.0.1:${(m as { port: number }).port}` }));
    child.once('exit', (code) => reject(new Error(`the PouchDB server exited (${code}) before it listened`)));
  });
}

export async function stopPouchServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send('close');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (child.exitCode === null) child.kill();
}

async function couch(base: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`PouchDB server answered ${method} ${path} with ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** A new database on the PouchDB server holding `docs` (each with its own `_id`), written 1,000 at a time. */
export async function fillDatabase(base: string, name: string, docs: Record<string, unknown>[]): Promise<void> {
  await couch(base, 'PUT', `/${name}`);
  for (let at = 0; at < docs.length; at += 1000) {
    const answers = (await couch(base, 'POST', `/${name}/_bulk_docs`, { docs: docs.slice(at, at + 1000) })) as { error?: string }[];
    const failed = answers.find((a) => a.error);
    if (failed) throw new Error(`PouchDB refused a document: ${JSON.stringify(failed)}`);
  }
  const info = (await couch(base, 'GET', `/${name}`)) as { doc_count: number };
  if (info.doc_count !== docs.length) throw new Error(`the PouchDB database holds ${info.doc_count} documents, not ${docs.length}`);
}

/** PouchDB's own browser build (IndexedDB adapter), as a script to add to a page. */
export function pouchBrowserBuild(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('pouchdb/dist/pouchdb.min.js'), 'utf8');
}

/** Steward's device code for a page (steward-device.ts and the app's sync and data layers), one script. */
export async function stewardDeviceBuild(): Promise<string> {
  const entry = fileURLToPath(new URL('./steward-device.ts', import.meta.url));
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { write: false, minify: true, lib: { entry, formats: ['iife'], name: 'stewardDeviceBuild', fileName: 'steward-device' } },
  });
  const result = Array.isArray(out) ? out[0]! : out;
  if (!('output' in result)) throw new Error('vite gave no bundle for the Steward device');
  return result.output[0].code;
}
