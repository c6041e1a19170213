// @vitest-environment node
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '../..');
// The files linted here are not on disk, so not in the TypeScript project: the rules that need its types are off.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});

async function errorsOf(rule: string, file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}
const layerErrors = (file: string, code: string) => errorsOf('steward/layers', file, code);

describe('the one-way layer rule (docs/ARCHITECTURE.md)', () => {
  it('fails a feature that imports another feature', async () => {
    const errors = await layerErrors('src/features/plan/Bad.ts', "import x from '../visits/VisitsPage';\nexport default x;\n");
    expect(errors).toEqual([expect.stringContaining('Feature "plan" may not import from feature "visits"')]);
  });

  it('fails UI, React or data imported into src/domain', async () => {
    expect(await layerErrors('src/domain/bad.ts', "import { Page } from '../ui';\nexport { Page };\n")).toEqual([
      expect.stringContaining('src/domain may not import from src/ui'),
    ]);
    expect(await layerErrors('src/domain/bad.ts', "import { useState } from 'react';\nexport { useState };\n")).toEqual([
      expect.stringContaining('may not import the package "react"'),
    ]);
    expect(await layerErrors('src/domain/bad.ts', "import { db } from '../data';\nexport { db };\n")).toHaveLength(1);
  });

  it('fails the server importing anything of ours but the domain', async () => {
    expect(await layerErrors('src/server/bad.ts', "import { db } from '../data';\nexport { db };\n")).toHaveLength(1);
    expect(await layerErrors('src/server/ok.ts', "import { roles } from '../domain';\nexport { roles };\n")).toEqual([]);
  });

  it('fails data importing a feature, and lazy imports are checked too', async () => {
    expect(await layerErrors('src/data/bad.ts', "export const f = () => import('../features/plan/PlanPage');\n")).toHaveLength(1);
  });

  it('allows the permitted directions', async () => {
    expect(
      await layerErrors(
        'src/features/plan/ok.ts',
        "import { db } from '../../data';\nimport { Page } from '../../ui';\nexport { db, Page };\n",
      ),
    ).toEqual([]);
    expect(await layerErrors('src/app/ok.ts', "export const f = () => import('../features/plan/PlanPage');\n")).toEqual([]);
    expect(await layerErrors('src/features/plan/ok.ts', "import { planView } from './planView';\nexport { planView };\n")).toEqual([]);
  });
});

describe('no import cycles (docs/ARCHITECTURE.md)', () => {
  it('fails a module that imports, through the domain’s index, the index that exports it', async () => {
    const cycle = "import { roles } from '.';\nexport const calendarRoles = roles;\n";
    expect(await errorsOf('import-x/no-cycle', 'src/domain/calendar.ts', cycle)).toEqual(['Dependency cycle detected']);
    expect(
      await errorsOf('import-x/no-cycle', 'src/domain/calendar.ts', "import { z } from 'zod';\nexport const n = z.number();\n"),
    ).toEqual([]);
  });
});
