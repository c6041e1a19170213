// Issue 15: a plan round-trips JSON → app → .xlsx → app → .csv → app → JSON with nothing lost, including
// timing in words, undated milestones on actions, the plan's own codes and plans without needs (property test).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { v7 } from 'uuid';
import { planToJson, type PlanData } from '../../../src/domain/planFiles';
import type { Action, Area, ImprovementNeed, Milestone } from '../../../src/domain';
import { exportPlanFile } from '../../../src/features/plan-files/exportPlan';
import { applyImport, currentPlanData, prepareImport } from '../../../src/features/plan-files/importPlan';
import { bytesOf, emptyBoard, textFile } from './helpers';
import { planContent } from './content';

const NOW = '2026-11-23T09:00:00.000Z';
// Words as plans write them, some starting like a formula (so the CSV step must keep them whole).
const word = fc.stringMatching(/^[A-Z=+@-][a-z]{1,8}( [a-z]{1,8}){0,3}$/);
const day = fc.integer({ min: 0, max: 900 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const actionShape = fc.record({
  description: word,
  lead: fc.oneof(fc.constant(''), word),
  when: maybe(fc.constantFrom('Termly', 'On-going', 'Dates tbc', 'From May 2026', 'By the February Standards Board')),
  dates: fc.option(fc.tuple(day, day), { nil: undefined }),
  notes: maybe(word.map((w) => `RAG: ${w}`)),
  status: fc.constantFrom('not-started', 'in-progress', 'complete', 'stalled' as const),
  ownCode: fc.boolean(),
});
const areaShape = fc.record({
  title: word,
  ownCode: fc.boolean(),
  /** No "improvement needed" layer, or one to two needs. */
  needs: fc.oneof(fc.constant(null), fc.array(fc.record({ description: word, ownCode: fc.boolean() }), { minLength: 1, maxLength: 2 })),
  actions: fc.array(actionShape, { minLength: 1, maxLength: 3 }),
  milestones: fc.array(fc.record({ description: word, date: maybe(day), when: maybe(word), onAction: fc.boolean() }), { maxLength: 3 }),
});
const planShape = fc.record({
  title: word,
  dates: fc.option(fc.tuple(day, day), { nil: undefined }),
  areas: fc.array(areaShape, { minLength: 1, maxLength: 3 }),
});

type PlanShape = typeof planShape extends fc.Arbitrary<infer T> ? T : never;

function build(shape: PlanShape, schoolId: string): PlanData {
  const base = () => ({ id: v7(), schoolId, createdAt: NOW, updatedAt: NOW, deleted: false, visibility: 'board' as const });
  const [ps, pe] = shape.dates ? [...shape.dates].sort() : [];
  const plan = { ...base(), title: shape.title, ...(ps ? { startDate: ps, endDate: pe } : {}), priorities: [] };
  const areas: Area[] = [];
  const needs: ImprovementNeed[] = [];
  const actions: Action[] = [];
  const milestones: Milestone[] = [];
  shape.areas.forEach((a, ai) => {
    const number = ai + 1;
    const area: Area = {
      ...base(),
      planId: plan.id,
      number,
      ...(a.ownCode ? { code: `A${number}` } : {}),
      title: a.title,
      targets: [],
      archived: false,
    };
    areas.push(area);
    const areaNeeds = (a.needs ?? [{ description: '', ownCode: false }]).map((n, ni) => ({
      ...base(),
      areaId: area.id,
      position: ni + 1,
      ...(n.ownCode && a.needs ? { code: `N${number}.${ni + 1}` } : {}),
      description: n.description,
      archived: false,
    }));
    needs.push(...areaNeeds);
    a.actions.forEach((x, xi) => {
      const need = areaNeeds[xi % areaNeeds.length]!;
      const position = actions.filter((y) => y.needId === need.id).length + 1;
      const [start, finish] = x.dates ? [...x.dates].sort() : [];
      actions.push({
        ...base(),
        areaId: area.id,
        needId: need.id,
        position,
        ...(x.ownCode ? { code: `${number}.${xi + 1}` } : {}),
        description: x.description,
        lead: x.lead,
        resources: '',
        ...(x.when ? { when: x.when } : {}),
        ...(start ? { start, finish } : {}),
        successCriteria: '',
        ...(x.notes ? { notes: x.notes } : {}),
        status: x.status,
        archived: false,
      });
    });
    const mine = actions.filter((y) => y.areaId === area.id);
    a.milestones.forEach((m, mi) =>
      milestones.push({
        ...base(),
        areaId: area.id,
        ...(m.onAction ? { actionId: mine[mi % mine.length]!.id } : {}),
        number: mi + 1,
        ...(m.date ? { date: m.date } : {}),
        ...(m.when ? { when: m.when } : {}),
        description: m.description,
      }),
    );
  });
  return {
    plan,
    areas,
    needs,
    actions,
    milestones,
    strategies: [],
    performanceRows: [],
    reviews: [],
    reviewEntries: [],
    areaJudgements: [],
  };
}

/** Import a file into a board with no plan and read the plan back. */
async function importInto(file: { name: string; bytes: Uint8Array }): Promise<PlanData> {
  const { store, schoolId } = await emptyBoard();
  const prepared = await prepareImport([file], schoolId, store);
  expect(prepared.problems).toEqual([]);
  await applyImport(prepared, 'all', store);
  return (await currentPlanData(schoolId, store))!;
}

describe('a real plan round-trips through every file format', () => {
  it('JSON → app → .xlsx → app → .csv → app → JSON loses nothing', async () => {
    await fc.assert(
      fc.asyncProperty(planShape, async (shape) => {
        const original = build(shape, v7());
        const fromJson = await importInto(textFile('plan.json', planToJson(original)));
        const xlsx = await exportPlanFile(fromJson, 'xlsx', 'School');
        const fromXlsx = await importInto({ name: xlsx.name, bytes: await bytesOf(xlsx.blob) });
        const csv = await exportPlanFile(fromXlsx, 'csv', 'School');
        const fromCsv = await importInto({ name: csv.name, bytes: await bytesOf(csv.blob) });
        const back = JSON.parse(planToJson(fromCsv)) as PlanData;
        expect(planContent(back)).toEqual(planContent(original));
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});
