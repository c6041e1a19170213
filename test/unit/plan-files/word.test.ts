import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { actionCodeOf } from '../../../src/domain';
import { problemPlace } from '../../../src/domain/planFiles';
import type { StewardDb } from '../../../src/data';
import { applyImport, currentPlanData, prepareImport } from '../../../src/features/plan-files/importPlan';
import { actionsTablePlanDocx, badDatesDocx, letterDocx, templatePlanDocx } from '../../fixtures/word-plans';
import { emptyBoard, freshDb, snapshot } from './helpers';

let store: StewardDb;
let schoolId: string;
beforeEach(async () => {
  ({ store, schoolId } = await emptyBoard(freshDb()));
});

const file = (name: string, bytes: Uint8Array) => ({ name, bytes });

/** The board's plan after importing the file, as codes and words. */
async function imported(name: string, bytes: Uint8Array) {
  const prepared = await prepareImport([file(name, bytes)], schoolId, store);
  expect(prepared.problems).toEqual([]);
  expect(prepared.format).toBe('docx');
  await applyImport(prepared, 'all', store);
  const data = (await currentPlanData(schoolId, store))!;
  const areas = new Map(data.areas.map((a) => [a.id, a]));
  const needs = new Map(data.needs.map((n) => [n.id, n]));
  const code = (id: string) => {
    const a = data.actions.find((x) => x.id === id)!;
    return actionCodeOf(areas.get(a.areaId)!, needs.get(a.needId)!, a);
  };
  return { prepared, data, code };
}

describe('a plan is read from a Word document (issue 15, 8)', () => {
  it('the seed-003 template: areas, targets, needs 1a/1b, actions (i)/(ii), timescales in dates or words, milestones 1–5', async () => {
    const { prepared, data, code } = await imported('plan-template.docx', await templatePlanDocx());
    expect(data.plan.title).toBe('Local Authority Category 4/5 Action Plan: Riverside Primary School');
    expect(data.plan.priorities).toHaveLength(2);
    expect(data.areas.map((a) => [a.number, a.title])).toEqual([
      [1, 'Improve the quality of teaching in mathematics'],
      [2, 'Raise attendance'],
    ]);
    expect(data.areas[0]!.targets).toEqual([
      '80% of pupils at the expected standard in KS2 mathematics by July 2027',
      'All teaching of mathematics good or better',
    ]);
    expect(data.needs.map((n) => n.description)).toEqual([
      'Secure teachers’ subject knowledge',
      'Use assessment to plan lessons',
      'Follow up every absence on the first day',
    ]);
    const rows = data.actions.map((a) => [code(a.id), a.lead, a.start ?? null, a.finish ?? null, a.when ?? null]);
    expect(rows).toEqual([
      ['1a(i)', 'Maths lead\n£1,200', '2026-09-01', '2026-12-18', null],
      ['1a(ii)', 'Maths lead', null, null, 'Termly'],
      ['1b(i)', 'Headteacher', '2026-11-02', '2027-07-16', null],
      ['2a(i)', 'Office manager', null, null, 'On-going'],
    ]);
    expect(data.milestones.map((m) => [m.number, m.date ?? null, m.when ?? null, m.description, m.actionId ?? null])).toEqual([
      [1, '2026-10-31', null, 'Training plan agreed', null],
      [2, null, 'By the February Standards Board', 'Half of lessons observed are good', null],
    ]);
    expect(prepared.notes).toEqual(['Table 4 (headed "Who?", "What?", "When?") was not read: it is not a table of actions or milestones.']);
  });

  it('actions tables in any order: the plan’s own codes kept, milestones on their actions, RAG and unknown columns in the notes', async () => {
    const { prepared, data, code } = await imported('plan-actions-table.docx', await actionsTablePlanDocx());
    expect(data.areas.map((a) => a.title)).toEqual(['Every pupil in school, every day', 'Fewer pupils persistently absent']);
    expect(data.actions.map((a) => [code(a.id), a.when, a.lead])).toEqual([
      ['1.1', 'From September 2026', 'Attendance lead'],
      ['1.2', 'Weekly', 'Data manager'],
      ['2(i)', 'Dates tbc', 'Deputy head'],
      ['2(ii)', 'By the February board', 'Business manager'],
    ]);
    expect(data.actions[0]!.notes).toBe('RAG: Green\nBudget code: ATT-01');
    const byAction = data.milestones.map((m) => [m.actionId ? code(m.actionId) : null, m.date ?? null, m.description]);
    expect(byAction).toEqual([
      ['1.1', '2026-09-30', 'Policy sent home'],
      ['1.1', null, 'Parents’ forum held'],
      ['1.2', null, 'First report by half term'],
      ['2(i)', null, 'All meetings held by Christmas'],
    ]);
    expect(prepared.notes).toContain(
      'Table 1: "Budget code": Steward has no place for this column, so what it says is kept in each action’s notes.',
    );
  });

  it('a document with no table of actions says what to fix, and nothing is written', async () => {
    const before = await snapshot(store);
    const prepared = await prepareImport([file('letter.docx', await letterDocx())], schoolId, store);
    expect(prepared.incoming).toBeNull();
    expect(prepared.problems.map((p) => `${problemPlace(p)}: ${p.message}`)).toEqual([
      'letter.docx: letter.docx has no table of actions Steward can read. Put the actions in a table whose first row holds headings such as Action, Lead, When, Success criteria and Milestones (in any order), or use the tables of the local authority’s action plan template (Improvement Needed, Action, Resources, Timescales, Success Criteria), then import it again.',
    ]);
    await expect(applyImport(prepared, 'all', store)).rejects.toThrow(/Nothing in this file/);
    expect(await snapshot(store)).toEqual(before);
  });

  it('a bad date is reported by table, row and column, and a damaged document is refused; nothing is written', async () => {
    const before = await snapshot(store);
    const prepared = await prepareImport([file('mistakes.docx', await badDatesDocx())], schoolId, store);
    expect(prepared.problems.map((p) => `${problemPlace(p)}: ${p.message}`)).toEqual([
      'mistakes.docx, table 1, row 2, column “Finish”: Finish (01/09/2026) is before Start (01/12/2026). Make the finish the same day as the start or later.',
      'mistakes.docx, table 1, row 3, column “Start”: "31/02/2027" is not a date. Write dates as dd/mm/yyyy, e.g. 01/09/2026, or leave it empty and say when in words.',
    ]);
    await expect(applyImport(prepared, 'all', store)).rejects.toThrow(/nothing was imported/);
    const bytes = await templatePlanDocx();
    const damaged = await prepareImport([file('cut.docx', bytes.slice(0, bytes.length - 400))], schoolId, store);
    expect(damaged.incoming).toBeNull();
    expect(damaged.problems[0]!.message).toMatch(/^cut\.docx (is damaged|could not be read as a Word document)/);
    expect(await snapshot(store)).toEqual(before);
  });

  it('the committed fixtures (used by the e2e test) hold what the generator makes', async () => {
    const body = (bytes: Uint8Array) => new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
    const committed = (name: string) => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../fixtures', name)));
    expect(body(committed('plan-template.docx'))).toBe(body(await templatePlanDocx()));
    expect(body(committed('plan-actions-table.docx'))).toBe(body(await actionsTablePlanDocx()));
  });
});
