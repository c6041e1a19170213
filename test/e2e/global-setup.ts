// Vitest globalSetup for the "e2e" project: checks the build and Chromium, starts the app
// server in-process and provides its URL to tests as inject('baseURL').
import type { TestProject } from 'vitest/node';
import { assertBuilt, ensureChromium, startAppServer } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the app server under test, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // E2E_BASE_URL points the suite at a server that is already running (e.g. a preview deploy).
  const external = process.env.E2E_BASE_URL;
  if (external) {
    ensureChromium();
    project.provide('baseURL', external.replace(/\/+$/, ''));
    return async () => {};
  }
  assertBuilt();
  const version = ensureChromium();
  const server = await startAppServer();
  console.info(`e2e: ${version}; app server at ${server.url}`);
  project.provide('baseURL', server.url);
  return () => server.close();
}
