// Before the server suites start (once, not once per worker): save the PGlite templates they load.
import { pgliteTemplate } from './pgliteTemplate';

export default async function setup(): Promise<void> {
  await pgliteTemplate(true);
}
