// `npm run cap:sync` (after `npm run build`): copies dist/ into the Android project, creating the
// project first on a fresh clone (android/ is generated, not committed: see
// docs/decisions/0001-android-project-not-committed.md). Needs no Android SDK; building the APK does.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const cap = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'cap.cmd' : 'cap');

function run(args: string[]): void {
  console.info(`> cap ${args.join(' ')}`);
  const result = spawnSync(cap, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`cap-sync: \`cap ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** The server's .br/.gz twins are useless inside the APK (the WebView serves plain files): drop them. */
function removeCompressedTwins(dir: string): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) removed += removeCompressedTwins(full);
    else if (/\.(br|gz)$/.test(entry.name)) {
      rmSync(full);
      removed += 1;
    }
  }
  return removed;
}

if (!existsSync(path.join(root, 'dist', 'index.html'))) {
  console.error('cap-sync: dist/index.html is missing: run `npm run build` first (`npm run cap:sync` does).');
  process.exit(1);
}

if (existsSync(path.join(root, 'android'))) {
  run(['sync', 'android']);
} else {
  console.info('cap-sync: no android/ project yet; generating it (it is not committed).');
  run(['add', 'android']); // add also copies the web assets and installs the plugins, like sync
}

const removed = removeCompressedTwins(path.join(root, 'android', 'app', 'src', 'main', 'assets', 'public'));
if (removed) console.info(`cap-sync: removed ${removed} pre-compressed files from the Android web assets.`);
