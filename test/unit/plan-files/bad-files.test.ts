import { beforeEach, describe, expect, it } from 'vitest';
import { planToJson, planToSheets, type Cell, type FileProblem, type SheetRows } from '../../../src/domain/planFiles';
import type { StewardDb } from '../../../src/data';
import { applyImport, currentPlanData, prepareImport } from '../../../src/features/plan-files/importPlan';
import type { ChosenFile } from '../../../src/features/plan-files/readFiles';
import { csvFile, demoStore, editSheet, snapshot, textFile, xlsxFile, zipFile } from './helpers';

let store: StewardDb;
let schoolId: string;
let sheets: SheetRows[];

beforeEach(async () => {
  ({ store, schoolId } = await demoStore());
  sheets = planToSheets((await currentPlanData(schoolId, store))!);
});

/** Imports the file: it must give exactly these problems, refuse to import, and leave every table as it was. */
async function expectRefused(file: ChosenFile, problems: FileProblem[]) {
  const before = await snapshot(store);
  const prepared = await prepareImport([file], schoolId, store);
  expect(prepared.problems).toEqual(problems);
  expect(prepared.allLines).toEqual([]);
  await expect(applyImport(prepared, 'all', store)).rejects.toThrow(/nothing was imported|Nothing in this file can be imported/);
  expect(await snapshot(store)).toEqual(before);
}

const actions = (edit: (rows: Cell[][]) => void) =>
  xlsxFile(
    'plan.xlsx',
    editSheet(sheets, 'Actions', (rows) => (edit(rows), rows)),
  );
const col = (letter: string, header: string) => ({ letter, header });
const dateError = (text: string) =>
  `"${text}" is not a date. Write dates as dd/mm/yyyy, e.g. 01/09/2026, or leave it empty and say when in words.`;

describe('a bad plan file is reported by row, column and fix, and changes nothing', () => {
  it('a repeated heading is refused; a column Steward does not know is kept in the notes, with a note naming it (issue 15, 6)', async () => {
    await expectRefused(await actions((rows) => void (rows[0]![10] = 'Start')), [
      {
        sheet: 'Actions',
        row: 1,
        column: col('K', 'Start'),
        message: 'Column K repeats the heading "Start" (column J has it too). Delete one of them.',
      },
    ]);
    const extra = await actions((rows) =>
      rows.forEach((r, i) => (r[r.length] = i === 0 ? 'Governor comments' : i === 1 ? 'Seen in Year 2' : null)),
    );
    const prepared = await prepareImport([extra], schoolId, store);
    expect(prepared.problems).toEqual([]);
    expect(prepared.notes).toContainEqual(
      expect.stringMatching(
        /^Actions: column Q \("Governor comments"\) is not one Steward has a place for, so what it says is kept in each action’s notes\.$/,
      ),
    );
    await applyImport(prepared, 'all', store);
    const plan = (await currentPlanData(schoolId, store))!;
    expect(plan.actions.filter((a) => !a.archived && a.notes === 'Governor comments: Seen in Year 2')).toHaveLength(1);
  });

  it('a date that does not exist', async () => {
    await expectRefused(await actions((rows) => void (rows[1]![9] = '31/02/2026')), [
      { sheet: 'Actions', row: 2, column: col('J', 'Start'), message: dateError('31/02/2026') },
    ]);
  });

  it('a column with one date that can only be month first is read month first throughout (issue 15, 7)', async () => {
    const file = await actions((rows) => {
      rows[1]![10] = '02/06/2026';
      rows[2]![10] = '12/25/2026';
    });
    const prepared = await prepareImport([file], schoolId, store);
    expect(prepared.problems).toEqual([]);
    expect(prepared.ambiguousDates).toEqual([]);
    const finishes = prepared.incoming!.actions.map((a) => a.finish);
    expect(finishes).toContain('2026-12-25');
    expect(finishes).toContain('2026-02-06');
    expect(finishes).not.toContain('2026-06-02');
  });

  it('a column whose dates could each be either way round asks, with two examples, and reads as the person says', async () => {
    const file = await actions((rows) => {
      rows[1]![10] = '02/06/2028';
      rows[2]![10] = '03/07/2028';
    });
    const asked = await prepareImport([file], schoolId, store);
    expect(asked.ambiguousDates).toEqual([{ sheet: 'Actions', column: 'Finish', examples: ['02/06/2028', '03/07/2028'] }]);
    expect(asked.incoming!.actions.map((a) => a.finish)).toContain('2028-06-02');
    const monthFirst = await prepareImport([file], schoolId, store, 'month-first');
    expect(monthFirst.incoming!.actions.map((a) => a.finish)).toEqual(expect.arrayContaining(['2028-02-06', '2028-03-07']));
  });

  it('finish before start', async () => {
    await expectRefused(
      await actions((rows) => {
        rows[2]![9] = '01/09/2026';
        rows[2]![10] = '31/08/2026';
      }),
      [
        {
          sheet: 'Actions',
          row: 3,
          column: col('K', 'Finish'),
          message: 'Finish (31/08/2026) is before Start (01/09/2026). Make the finish the same day as the start or later.',
        },
      ],
    );
  });

  it('the same action code twice', async () => {
    await expectRefused(
      await actions((rows) => {
        rows[2]![5] = rows[1]![5]!; // row 3 takes row 2's code, 1a(i)
      }),
      [
        {
          sheet: 'Actions',
          row: 3,
          column: col('F', 'Action code'),
          message: 'Action 1a(i) is also on row 2. Give each action under 1a its own number: (i), (ii), (iii)…',
        },
      ],
    );
  });

  it('an empty required cell', async () => {
    await expectRefused(await actions((rows) => void (rows[1]![6] = null)), [
      { sheet: 'Actions', row: 2, column: col('G', 'Action'), message: 'Action is empty. Say what will be done.' },
    ]);
  });

  it('a need code that does not fit its area', async () => {
    const row = (rows: Cell[][]) => rows.findIndex((r) => r[0] === 2);
    await expectRefused(await actions((rows) => void (rows[row(rows)]![3] = '1a')), [
      {
        sheet: 'Actions',
        row: expect.any(Number) as number,
        column: col('D', 'Need code'),
        message: 'Need code 1a does not fit area 2. Under area 2 the codes are 2a, 2b, 2c…',
      },
    ]);
  });

  it('a status Steward does not know', async () => {
    await expectRefused(await actions((rows) => void (rows[1]![12] = 'Done')), [
      {
        sheet: 'Actions',
        row: 2,
        column: col('M', 'Status'),
        message:
          'Status "Done" is not one Steward knows. Write Not started, In progress, Complete or Stalled (or leave it empty for Not started).',
      },
    ]);
  });

  it('a figure outside 0 to 100', async () => {
    const file = await xlsxFile(
      'plan.xlsx',
      editSheet(sheets, 'Performance', (rows) => ((rows[1]![3] = 120), rows)),
    );
    await expectRefused(file, [
      {
        sheet: 'Performance',
        row: 2,
        column: col('D', 'School last year'),
        message: '120 is outside 0 to 100. Write a percentage from 0 to 100, or leave the cell empty.',
      },
    ]);
  });

  it('a milestone number that is not a number, and one for an area the plan does not have', async () => {
    const file = await xlsxFile(
      'plan.xlsx',
      editSheet(sheets, 'Milestones', (rows) => {
        rows[1]![1] = 'six';
        rows[2]![0] = 9;
        return rows;
      }),
    );
    await expectRefused(file, [
      {
        sheet: 'Milestones',
        row: 2,
        column: col('B', 'Number'),
        message: 'Milestone number six is not allowed. Write a whole number, 1 or more, or leave it empty.',
      },
      {
        sheet: 'Milestones',
        row: 3,
        column: col('A', 'Area'),
        message: 'Area 9 is not on the Actions sheet. Add area 9 there, or correct the number.',
      },
    ]);
  });

  it('a plan that ends before it starts', async () => {
    const file = await xlsxFile(
      'plan.xlsx',
      editSheet(sheets, 'Plan', (rows) => ((rows[3]![1] = '01/01/2000'), rows)),
    );
    await expectRefused(file, [
      {
        sheet: 'Plan',
        row: 4,
        column: col('B', 'Value'),
        message: expect.stringMatching(
          /^The plan ends \(01\/01\/2000\) before it starts \(\d\d\/\d\d\/\d{4}\)\. Make the end the same day as the start or later\.$/,
        ),
      },
    ]);
  });

  it('a file over 5 MB, before reading it', async () => {
    await expectRefused({ name: 'plan.xlsx', bytes: new Uint8Array(10 * 1024 * 1024) }, [
      {
        sheet: 'plan.xlsx',
        message:
          'plan.xlsx is 10.0 MB; Steward imports plan files of up to 5.0 MB. A plan is usually far smaller: check it is the right file, or take pictures and other sheets out of it.',
      },
    ]);
  });

  it('bytes that are not a spreadsheet (a picture)', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await expectRefused({ name: 'plan.xlsx', bytes: png }, [
      {
        sheet: 'plan.xlsx',
        message:
          'plan.xlsx is not a spreadsheet or a plan file. Choose an .xlsx workbook or .csv files laid out like the blank template, a Word (.docx) plan with its actions in a table, or a .json plan file exported from Steward.',
      },
    ]);
  });

  it('an old-style .xls workbook', async () => {
    await expectRefused({ name: 'plan.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) }, [
      {
        sheet: 'plan.xls',
        message: 'plan.xls is an old-style Excel (.xls) file. Open it in Excel and save it as an Excel Workbook (.xlsx), then import that.',
      },
    ]);
  });

  it('a zip that is not a workbook, and a damaged workbook', async () => {
    const xlsx = await xlsxFile('plan.xlsx', sheets);
    await expectRefused({ name: 'plan.xlsx', bytes: xlsx.bytes.slice(0, 2000) }, [
      {
        sheet: 'plan.xlsx',
        message: 'plan.xlsx is damaged: it could not be opened. Save it again from your spreadsheet program, then import it.',
      },
    ]);
    await expectRefused(await zipFile('notes.zip', [{ name: 'notes.txt', text: 'hello' }]), [
      {
        sheet: 'notes.zip',
        message:
          'notes.zip is a zip file with no workbook, Word document or CSV files in it. Choose an .xlsx workbook or .csv files laid out like the blank template, a Word (.docx) plan with its actions in a table, or a .json plan file exported from Steward.',
      },
    ]);
  });

  it('a CSV file whose headings match no sheet', async () => {
    await expectRefused(
      csvFile('list.csv', [
        ['Name', 'Email'],
        ['Ann', 'ann@example.org'],
      ]),
      [
        {
          sheet: 'list.csv',
          row: 1,
          message: expect.stringMatching(/^The first row of list\.csv does not match any sheet of the template\./),
        },
      ],
    );
  });

  it('a JSON file that is not a Steward plan, and one that is damaged', async () => {
    await expectRefused(textFile('plan.json', '{"name": "not a plan"}'), [
      {
        sheet: 'plan.json',
        message:
          'This .json file is not a Steward plan file (its "format" is not "steward-plan"). Choose a plan exported from Steward, or a spreadsheet.',
      },
    ]);
    await expectRefused(textFile('plan.json', '{"format": "steward-plan", "version": 1, '), [
      { sheet: 'plan.json', message: expect.stringMatching(/^This \.json file is damaged \(.+\)\. Export the plan from Steward again\.$/) },
    ]);
  });

  it('a JSON plan file with a bad date and a broken reference, by place in the file', async () => {
    const data = JSON.parse(planToJson((await currentPlanData(schoolId, store))!)) as Record<string, Record<string, unknown>[]>;
    data.actions![2]!.finish = '2026-02-31';
    data.milestones![0]!.areaId = '0190a000-0000-7000-8000-000000000000';
    await expectRefused(textFile('plan.json', JSON.stringify(data)), [
      { sheet: 'plan.json', path: 'actions[2].finish', message: 'Must be a date' },
    ]);
    data.actions![2]!.finish = data.actions![2]!.start;
    await expectRefused(textFile('plan.json', JSON.stringify(data)), [
      {
        sheet: 'plan.json',
        path: 'milestones[0]',
        message: 'This refers to area 0190a000-0000-7000-8000-000000000000, which is not in the file. Export the plan from Steward again.',
      },
    ]);
  });
});
