// Repository paths and the app-server starter shared by the e2e harness and the benchmarks.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root (resolved from this file, never hard-coded). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The production build served to the browser. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The only browser the tests use; no test tool downloads one. */
export const chromiumPath = '/usr/bin/chromium';

/** Throws a clear error unless `npm run build` has produced dist/index.html. */
export function assertBuilt(): void {
  if (!existsSync(new URL('../../dist/index.html', import.meta.url))) {
    throw new Error('dist/index.html is missing: run `npm run build` first (npm run test:e2e builds for you).');
  }
}

/** Runs scripts/ensure-chromium.sh (installs chromium as root) and returns its version line. */
export function ensureChromium(): string {
  const script = fileURLToPath(new URL('../../scripts/ensure-chromium.sh', import.meta.url));
  try {
    return execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  } catch {
    throw new Error(`Chromium is not available at ${chromiumPath}; see the message from scripts/ensure-chromium.sh above.`);
  }
}

/** A running app server: its base URL (no trailing slash) and how to stop it. */
export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/** Starts the real app server (src/server/app.ts) on 127.0.0.1, port 0, serving dist/. */
export async function startAppServer(): Promise<RunningServer> {
  const { buildServer } = await import('../../src/server/app');
  const app = await buildServer({ distDir, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('app server did not report a TCP address');
  return { url: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}
