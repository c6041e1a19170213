// @vitest-environment node
// The first screens (Welcome, Today) load no zod: the rules and labels they read live in modules
// that import no schema, however indirectly. One value import of a schema module from one of them
// (reviewRules.ts once took a field rule from review.ts) put zod and every kind's schema on both
// first screens, about 40 KB gzip over the budget (`npm run bench -- first-screen`).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** The modules the first screens read, as the build's chunks showed; none may reach zod. */
const firstScreenModules = [
  'src/sync/errors.ts',
  'src/sync/session.ts',
  ...[
    'dates',
    'halfTerms',
    'rules',
    'planValues',
    'reviewValues',
    'schoolValues',
    'escalationRules',
    'reviewRules',
    'meetingRules',
    'visitRules',
    'attendanceValues',
    'attendanceRules',
    'attendanceQuestions',
    'attendanceRaising',
    'attendanceBankKeys',
    'attendanceAsking',
  ].map((m) => `src/domain/${m}.ts`),
];

const statement = /^(?:import|export)\s+(type\s+)?([\s\S]*?)\s*from\s+'([^']+)'/gm;

/** What a module imports for its values (type-only imports and re-exports left out). */
function valueImports(file: string): string[] {
  const code = readFileSync(path.join(root, file), 'utf8');
  const found: string[] = [];
  for (const [, typeOnly, names, from] of code.matchAll(statement)) {
    const braces = /^\{([\s\S]*)\}$/.exec(names!.trim());
    const allTypes = braces && braces[1]!.split(',').every((n) => !n.trim() || n.trim().startsWith('type '));
    if (!typeOnly && !allTypes) found.push(from!);
  }
  return found;
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.join(path.dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => existsSync(path.join(root, f))) ?? null;
}

/** The chain of value imports from `file` to zod, or null if there is none. */
function pathToZod(file: string, seen = new Set<string>()): string[] | null {
  if (seen.has(file)) return null;
  seen.add(file);
  for (const spec of valueImports(file)) {
    if (spec === 'zod' || spec.startsWith('zod/')) return [file, 'zod'];
    const next = resolve(file, spec);
    const rest = next && pathToZod(next, seen);
    if (rest) return [file, ...rest];
  }
  return null;
}

describe('the first screens load no zod', () => {
  it.each(firstScreenModules)('%s reaches no schema', (file) => {
    expect(pathToZod(file)).toBeNull();
  });

  it('finds the way to zod from a module that has one', () => {
    expect(pathToZod('src/domain/review.ts')).toEqual(['src/domain/review.ts', 'zod']);
    expect(pathToZod('src/sync/api.ts')?.at(-1)).toBe('zod');
  });
});
