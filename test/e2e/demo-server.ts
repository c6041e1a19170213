// The sync server for end-to-end tests: its own, on an in-memory PGlite with the demo board and its
// accounts (password DEMO_PASSWORD), serving the built app; and signing in on the welcome screen.
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { buildServer } from '../../src/server/app';
import { openDatabase, type SqlClient } from '../../src/server/db';
import { DEMO_PASSWORD, seedDemo } from '../../src/server/demo';
import { assertBuilt, distDir } from './paths';
import { until } from './app';

export interface DemoServer {
  db: SqlClient;
  app: FastifyInstance;
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** The demo board's school id. */
  schoolId: string;
  close(): Promise<void>;
}

export async function startDemoServer(): Promise<DemoServer> {
  assertBuilt();
  const db = await openDatabase({});
  const schoolId = (await seedDemo(db))!;
  const app = await buildServer({ distDir, db });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    db,
    app,
    url,
    schoolId,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** Fill the sign-in form shown on this page (welcome, or Sign in and sync) and press Sign in. */
export async function fillSignIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Open the app on a new device (page) at the welcome screen, ready to sign in. */
export async function openWelcome(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/`, { waitUntil: 'networkidle' });
  await until(() => page.getByRole('heading', { name: 'Join your board' }).isVisible(), 60_000).toBe(true);
}
