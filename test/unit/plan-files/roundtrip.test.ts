import { describe, expect, it } from 'vitest';
import { planToJson, planToSheets, readPlanSheets, type PlanData } from '../../../src/domain/planFiles';
import { readWorkbook, writeWorkbook } from '../../../src/features/plan-files/codec';
import { exportPlanFile } from '../../../src/features/plan-files/exportPlan';
import { applyImport, currentPlanData, prepareImport } from '../../../src/features/plan-files/importPlan';
import { bytesOf, demoStore, emptyBoard, freshDb, snapshot, textFile } from './helpers';
import { planContent } from './content';

const ctx = (schoolId: string, current?: PlanData) => ({
  schoolId,
  now: '2026-11-23T10:00:00.000Z',
  makeId: (() => {
    let n = 0;
    return () => `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`;
  })(),
  current,
});

describe('plan files round trip', () => {
  it('the demo plan, written to an .xlsx laid out like the template, reads back to the same plan', async () => {
    const { store, schoolId } = await demoStore();
    const demo = (await currentPlanData(schoolId, store))!;
    const sheets = await readWorkbook(await bytesOf(await writeWorkbook(planToSheets(demo))));
    expect(sheets.map((s) => s.name)).toEqual(['Plan', 'Actions', 'Milestones', 'Strategies', 'Performance', 'Reviews', 'Judgements']);
    const read = readPlanSheets(sheets, false, ctx(schoolId));
    expect(read.problems).toEqual([]);
    expect(read.rows.valid).toBe(read.rows.total);
    expect(read.notes).toEqual([
      'The Reviews sheet and the Judgements sheet were not read: reviews are exported for reading. Use the .json file to move reviews to another board.',
    ]);
    const incoming = read.incoming!;
    expect(planContent({ ...incoming, plan: incoming.plan! })).toEqual(planContent(demo));
  });

  it('importing the exported workbook back into the same board changes nothing', async () => {
    const { store, schoolId } = await demoStore();
    const file = await exportPlanFile((await currentPlanData(schoolId, store))!, 'xlsx', 'Northgate');
    const before = await snapshot(store);
    const prepared = await prepareImport([{ name: file.name, bytes: await bytesOf(file.blob) }], schoolId, store);
    expect(prepared.problems).toEqual([]);
    expect(prepared.allLines).toEqual(['Nothing to change: the plan on this board already matches the file.']);
    const { saved } = await applyImport(prepared, 'all', store);
    expect(saved.total).toBe(0);
    expect(await snapshot(store)).toEqual(before);
  });

  it('an exported workbook and a zip of CSV files each start the same plan on a board with none', async () => {
    const { store, schoolId } = await demoStore();
    const demo = (await currentPlanData(schoolId, store))!;
    for (const format of ['xlsx', 'csv'] as const) {
      const file = await exportPlanFile(demo, format, 'Northgate');
      const target = await emptyBoard();
      const prepared = await prepareImport([{ name: file.name, bytes: await bytesOf(file.blob) }], target.schoolId, target.store);
      expect(prepared.problems, format).toEqual([]);
      expect(prepared.hasPlan).toBe(false);
      await applyImport(prepared, 'all', target.store);
      expect(planContent((await currentPlanData(target.schoolId, target.store))!), format).toEqual(planContent(demo));
    }
  });

  it('the JSON plan file round-trips exactly: export, import into an empty board, export again', async () => {
    const { store, schoolId } = await demoStore();
    const first = planToJson((await currentPlanData(schoolId, store))!);
    const parsed = JSON.parse(first) as Record<string, unknown[]>;
    expect(parsed.reviews).toHaveLength(2);
    expect(parsed.reviewEntries!.length).toBeGreaterThan(0);
    const target = await emptyBoard(freshDb());
    const prepared = await prepareImport([textFile('plan.json', first)], target.schoolId, target.store);
    expect(prepared.problems).toEqual([]);
    await applyImport(prepared, 'all', target.store);
    expect(planToJson((await currentPlanData(target.schoolId, target.store))!)).toBe(first);
  });

  it('a JSON file from another board on this device gets new ids, so that board is not touched', async () => {
    const { store, schoolId } = await demoStore();
    const json = planToJson((await currentPlanData(schoolId, store))!);
    const before = await currentPlanData(schoolId, store);
    const other = await emptyBoard(store);
    const prepared = await prepareImport([textFile('plan.json', json)], other.schoolId, store);
    expect(prepared.problems).toEqual([]);
    await applyImport(prepared, 'all', store);
    expect(await currentPlanData(schoolId, store)).toEqual(before);
    const copy = (await currentPlanData(other.schoolId, store))!;
    expect(planContent(copy)).toEqual(planContent(before!));
    expect(copy.plan.id).not.toBe(before!.plan.id);
    expect(copy.reviewEntries).toHaveLength(before!.reviewEntries.length);
  });
});
