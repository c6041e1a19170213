import { describe, expect, it } from 'vitest';
import { blankTemplateSheets, planToSheets, type Cell } from '../../../src/domain/planFiles';
import { actionCode as code } from '../../../src/domain';
import { applyImport, currentPlanData, prepareImport } from '../../../src/features/plan-files/importPlan';
import { readWorkbook } from '../../../src/features/plan-files/codec';
import { blankTemplate } from '../../../src/features/plan-files/exportPlan';
import { bytesOf, csvFile, demoStore, editSheet, emptyBoard, xlsxFile } from './helpers';

const codeOf = (d: NonNullable<Awaited<ReturnType<typeof currentPlanData>>>, id: string) => {
  const a = d.actions.find((x) => x.id === id)!;
  const area = d.areas.find((x) => x.id === a.areaId)!;
  const need = d.needs.find((x) => x.id === a.needId)!;
  return code(area.number, need.position, a.position);
};

describe('importing into a board that has a plan updates it, matched by code', () => {
  it('changes what changed, archives what the file no longer has, and keeps reviews linked', async () => {
    const { store, schoolId } = await demoStore();
    const before = (await currentPlanData(schoolId, store))!;
    const sheets = editSheet(planToSheets(before), 'Actions', (rows) => {
      rows[1]![6] = 'Train every adult in the new phonics scheme, including lunchtime staff';
      return rows.filter((_, i) => i !== 2); // row 3, 1a(ii), is gone
    });
    const prepared = await prepareImport([await xlsxFile('plan.xlsx', sheets)], schoolId, store);
    expect(prepared.problems).toEqual([]);
    expect(prepared.allLines).toEqual([
      'Change 1 action.',
      'Archive 1 action that the file no longer has (kept with their reviews, hidden from the plan).',
    ]);
    await applyImport(prepared, 'all', store);
    const after = (await currentPlanData(schoolId, store))!;
    const first = after.actions.find((a) => codeOf(after, a.id) === '1a(i)')!;
    expect(first.id).toBe(before.actions.find((a) => codeOf(before, a.id) === '1a(i)')!.id);
    expect(first.description).toMatch(/lunchtime staff/);
    expect(after.actions.find((a) => codeOf(after, a.id) === '1a(ii)')!.archived).toBe(true);
    expect(after.reviewEntries).toEqual(before.reviewEntries);
  });

  it('a lone actions CSV updates only the areas, needs and actions', async () => {
    const { store, schoolId } = await demoStore();
    const before = (await currentPlanData(schoolId, store))!;
    const actions = planToSheets(before).find((s) => s.name === 'Actions')!.rows;
    actions[1]![12] = actions[1]![12] === 'Stalled' ? 'Complete' : 'Stalled';
    const prepared = await prepareImport([csvFile('actions.csv', actions)], schoolId, store);
    expect(prepared.problems).toEqual([]);
    expect(prepared.allLines).toEqual(['Change 1 action.']);
    await applyImport(prepared, 'all', store);
    const after = (await currentPlanData(schoolId, store))!;
    expect(after.milestones).toEqual(before.milestones);
    expect(after.plan).toEqual(before.plan);
  });

  it('the valid rows of a file with problems can be imported on their own; nothing is archived then', async () => {
    const { store, schoolId } = await demoStore();
    const before = (await currentPlanData(schoolId, store))!;
    const sheets = editSheet(planToSheets(before), 'Actions', (rows) => {
      rows[1]![6] = 'A changed action';
      rows[2]![9] = 'soon'; // 1a(ii): a bad date
      return rows;
    });
    const prepared = await prepareImport([await xlsxFile('plan.xlsx', sheets)], schoolId, store);
    expect(prepared.problems).toHaveLength(1);
    expect(prepared.rows.valid).toBe(prepared.rows.total - 1);
    expect(prepared.validLines).toEqual(['Change 1 action.']);
    await expect(applyImport(prepared, 'all', store)).rejects.toThrow(/nothing was imported/);
    await applyImport(prepared, 'valid', store);
    const after = (await currentPlanData(schoolId, store))!;
    expect(after.actions.filter((a) => a.archived)).toEqual([]);
    expect(after.actions.find((a) => codeOf(after, a.id) === '1a(ii)')).toEqual(
      before.actions.find((a) => codeOf(before, a.id) === '1a(ii)'),
    );
  });

  it('the blank template, filled in, starts a plan; its first sheet says how', async () => {
    const template = await readWorkbook(await bytesOf((await blankTemplate()).blob));
    expect(template.map((s) => s.name)).toEqual(blankTemplateSheets().map((s) => s.name));
    const fill: Record<string, Cell[][]> = {
      Plan: [
        ['Title', 'Southfield action plan'],
        ['Start', '01/09/2026'],
        ['End', '31/07/2027'],
        ['Priority', 'Raise standards in reading'],
      ],
      Actions: [
        [
          1,
          'Reading',
          '• 80% pass the phonics check\n• Every child reads daily',
          '1a',
          'Phonics is taught consistently',
          '(i)',
          'Train all staff',
          'Head',
          '£2,000',
          '01/09/2026',
          '18/12/2026',
          'All staff trained',
          'In progress',
        ],
        [1, null, null, '1a', null, '(ii)', 'Daily phonics lessons observed', null, null, '05/01/2027', '31/03/2027', null, null],
      ],
      Milestones: [[1, 1, '18/12/2026', 'All staff trained', null]],
    };
    const sheets = template.map((s) => ({ ...s, rows: [...s.rows, ...(fill[s.name] ?? [])] }));
    const target = await emptyBoard();
    const prepared = await prepareImport([await xlsxFile('filled.xlsx', sheets)], target.schoolId, target.store);
    expect(prepared.problems).toEqual([]);
    expect(prepared.notes).toEqual([]);
    expect(prepared.allLines).toEqual([
      'Add the plan’s title, dates and priorities, 1 area for improvement, 1 improvement needed, 2 actions, 1 milestone.',
    ]);
    await applyImport(prepared, 'all', target.store);
    const plan = (await currentPlanData(target.schoolId, target.store))!;
    expect(plan.areas[0]!.targets).toEqual(['80% pass the phonics check', 'Every child reads daily']);
    expect(plan.actions.map((a) => [codeOf(plan, a.id), a.status, a.start])).toEqual([
      ['1a(i)', 'in-progress', '2026-09-01'],
      ['1a(ii)', 'not-started', '2027-01-05'],
    ]);
  });
});
