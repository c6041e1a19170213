// Writes the Word plans the import is tested with (test/fixtures/word-plans.ts says what is in each).
//   node --import tsx scripts/make-word-fixtures.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { actionsTablePlanDocx, templatePlanDocx } from '../test/fixtures/word-plans';

const dir = path.resolve(import.meta.dirname, '..', 'test', 'fixtures');
writeFileSync(path.join(dir, 'plan-template.docx'), await templatePlanDocx());
writeFileSync(path.join(dir, 'plan-actions-table.docx'), await actionsTablePlanDocx());
console.info('Wrote test/fixtures/plan-template.docx and test/fixtures/plan-actions-table.docx');
