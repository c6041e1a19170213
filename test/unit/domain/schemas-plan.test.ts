import { describe, expect, it } from 'vitest';
import { check, InvalidInput } from '../../../src/domain/validation';
import { SchoolSchema } from '../../../src/domain/school';
import { MembershipSchema, PersonSchema } from '../../../src/domain/people';
import {
  ActionPlanSchema,
  ActionSchema,
  AreaSchema,
  ImprovementNeedSchema,
  MilestoneSchema,
  PerformanceRowSchema,
  StrategySchema,
} from '../../../src/domain/plan';
import { AreaJudgementSchema, ReviewEntrySchema, ReviewSchema } from '../../../src/domain/review';
import { baseFields, testId } from './helpers';

/** The problems a schema reports for a value (empty when it is valid). */
const problems = (schema: Parameters<typeof check>[0], value: unknown) => {
  const r = check(schema, value);
  return r.ok ? [] : r.problems;
};

const school = () => ({
  ...baseFields(),
  name: 'Northgate Primary School',
  urn: '184312',
  educationPhase: 'Primary',
  riskCategory: 4,
  improvementPhase: 'Repair',
});
const action = () => ({
  ...baseFields(),
  needId: testId(),
  areaId: testId(),
  position: 1,
  description: 'Train all staff in phonics',
  start: '2026-09-01',
  finish: '2026-10-15',
});
const entry = () => ({ ...baseFields(), reviewId: testId(), actionId: testId(), rating: 'green' });

describe('school and people', () => {
  it('accepts a good school and fills in defaults', () => {
    const r = check(SchoolSchema, school());
    expect(r.ok && r.value).toMatchObject({ deleted: false, visibility: 'board', authority: '' });
    expect(check(SchoolSchema, { ...school(), urn: '' }).ok).toBe(true);
    expect(check(SchoolSchema, { ...school(), urn: '1234567' }).ok).toBe(true);
  });
  it('rejects a URN with letters or the wrong length', () => {
    expect(problems(SchoolSchema, { ...school(), urn: '12A456' })).toEqual([{ field: 'urn', message: 'URN must be 6 or 7 digits' }]);
    expect(problems(SchoolSchema, { ...school(), urn: '12345' })).toEqual([{ field: 'urn', message: 'URN must be 6 or 7 digits' }]);
  });
  it('rejects a risk category or phase that does not exist, and an empty name', () => {
    expect(problems(SchoolSchema, { ...school(), riskCategory: 6 })).toEqual([
      { field: 'riskCategory', message: 'Risk category must be 1 to 5' },
    ]);
    expect(problems(SchoolSchema, { ...school(), improvementPhase: 'Fix' })[0]?.message).toBe(
      'Phase must be Stabilise, Repair, Improve or Sustain',
    );
    expect(problems(SchoolSchema, { ...school(), name: '   ' })).toEqual([{ field: 'name', message: 'School name is required' }]);
  });
  it('checks people and memberships', () => {
    expect(check(PersonSchema, { id: testId(), name: 'Helen Whitfield', email: 'helen@example.org' }).ok).toBe(true);
    expect(problems(PersonSchema, { id: testId(), name: 'Helen', email: 'helen' })).toEqual([
      { field: 'email', message: 'Enter a valid email address' },
    ]);
    expect(problems(PersonSchema, { id: 'not-an-id', name: 'Helen' })).toEqual([{ field: 'id', message: 'Must be a valid id' }]);
    expect(check(MembershipSchema, { ...baseFields(), personId: testId(), role: 'chair', displayName: 'Helen' }).ok).toBe(true);
    expect(problems(MembershipSchema, { ...baseFields(), personId: testId(), role: 'owner', displayName: 'Helen' })[0]?.message).toBe(
      'Choose a role',
    );
  });
  it('rejects a bad instant or visibility on any record', () => {
    expect(problems(SchoolSchema, { ...school(), createdAt: '23/11/2026' })).toEqual([
      { field: 'createdAt', message: 'Must be a date and time' },
    ]);
    expect(problems(SchoolSchema, { ...school(), visibility: 'everyone' })[0]?.field).toBe('visibility');
  });
});

describe('action plan', () => {
  const plan = () => ({
    ...baseFields(),
    title: 'Action plan',
    startDate: '2026-09-01',
    endDate: '2027-07-20',
    priorities: ['Support the school'],
  });
  it('accepts a good plan, area, need and strategy', () => {
    expect(check(ActionPlanSchema, plan()).ok).toBe(true);
    expect(
      check(AreaSchema, { ...baseFields(), planId: testId(), number: 1, title: 'Early reading', targets: ['75% pass the check'] }).ok,
    ).toBe(true);
    expect(
      check(ImprovementNeedSchema, { ...baseFields(), areaId: testId(), position: 1, description: 'Phonics is inconsistent' }).ok,
    ).toBe(true);
    expect(
      check(StrategySchema, {
        ...baseFields(),
        planId: testId(),
        kind: 'monitoring',
        scope: 'internal',
        who: 'Headteacher',
        what: 'Lesson visits',
        when: 'Weekly',
      }).ok,
    ).toBe(true);
  });
  it('rejects a plan that ends before it starts', () => {
    expect(problems(ActionPlanSchema, { ...plan(), endDate: '2026-08-31' })).toEqual([
      { field: 'endDate', message: 'The plan must end on or after it starts' },
    ]);
  });
  it('rejects an area numbered 0, a blank target, and a strategy with no who', () => {
    expect(problems(AreaSchema, { ...baseFields(), planId: testId(), number: 0, title: 'x' })).toEqual([
      { field: 'number', message: 'Area number must be 1 or more' },
    ]);
    expect(problems(AreaSchema, { ...baseFields(), planId: testId(), number: 1, title: 'x', targets: [' '] })).toEqual([
      { field: 'targets.0', message: 'Target is required' },
    ]);
    expect(
      problems(StrategySchema, { ...baseFields(), planId: testId(), kind: 'monitoring', scope: 'external', who: '', what: 'x', when: 'y' }),
    ).toEqual([{ field: 'who', message: 'Who is required' }]);
  });
  it('accepts a good action, finishing on the day it starts', () => {
    const r = check(ActionSchema, { ...action(), finish: '2026-09-01' });
    expect(r.ok && r.value).toMatchObject({ status: 'not-started', lead: '', archived: false });
  });
  it('rejects an action that finishes before it starts', () => {
    expect(problems(ActionSchema, { ...action(), finish: '2026-08-31' })).toEqual([
      { field: 'finish', message: 'Finish must be on or after start' },
    ]);
  });
  it('rejects an action with a date that is not a date, or an unknown status', () => {
    expect(problems(ActionSchema, { ...action(), start: '01/09/2026' })).toEqual([{ field: 'start', message: 'Must be a date' }]);
    expect(problems(ActionSchema, { ...action(), status: 'done' })).toEqual([{ field: 'status', message: 'Choose a status' }]);
  });
  it('accepts any number of milestones, on an action or the area, dated or not, and rejects 0', () => {
    const m = (number: number) => ({ ...baseFields(), areaId: testId(), number, date: '2026-12-01', description: 'Half of staff trained' });
    expect(check(MilestoneSchema, m(1)).ok).toBe(true);
    expect(check(MilestoneSchema, { ...m(5), metOn: '2026-11-30' }).ok).toBe(true);
    expect(check(MilestoneSchema, m(34)).ok).toBe(true);
    const undated = { ...m(6), date: undefined, when: 'By the February Standards Board', actionId: testId() };
    expect(check(MilestoneSchema, undated).ok).toBe(true);
    expect(problems(MilestoneSchema, m(0))).toEqual([{ field: 'number', message: 'Milestone number must be 1 or more' }]);
    expect(problems(MilestoneSchema, { ...m(2), actionId: 'not an id' })).toHaveLength(1);
  });
  it('keeps timing in words, with the dates optional, and still checks the order of dates given', () => {
    const { start: _s, finish: _f, ...undated } = action();
    expect(check(ActionSchema, { ...undated, when: 'Termly' }).ok).toBe(true);
    expect(check(ActionSchema, { ...undated, when: 'From May 2016', start: '2016-05-01' }).ok).toBe(true);
    expect(check(ActionSchema, undated).ok).toBe(true);
    expect(problems(ActionSchema, { ...undated, when: 'x'.repeat(301) })).toEqual([
      { field: 'when', message: 'When must be at most 300 characters' },
    ]);
    expect(problems(ActionSchema, { ...action(), when: 'Autumn term', finish: '2026-08-31' })).toEqual([
      { field: 'finish', message: 'Finish must be on or after start' },
    ]);
  });
  it('keeps the plan’s own codes, up to 20 characters, and lets a need have no description', () => {
    expect(check(ActionSchema, { ...action(), code: '1.1' }).ok).toBe(true);
    expect(problems(ActionSchema, { ...action(), code: 'x'.repeat(21) })).toEqual([
      { field: 'code', message: 'A code must be at most 20 characters' },
    ]);
    const need = { ...baseFields(), areaId: testId(), position: 1, description: '' };
    expect(check(ImprovementNeedSchema, need).ok).toBe(true);
    expect(check(AreaSchema, { ...baseFields(), planId: testId(), number: 7, code: '7', title: 'Attendance' }).ok).toBe(true);
  });
  it('lets a plan have no dates, but not end before it starts', () => {
    const plan = { ...baseFields(), title: 'Attendance strategy' };
    expect(check(ActionPlanSchema, plan).ok).toBe(true);
    expect(check(ActionPlanSchema, { ...plan, startDate: '2026-09-01' }).ok).toBe(true);
    expect(problems(ActionPlanSchema, { ...plan, startDate: '2026-09-01', endDate: '2026-08-31' })).toEqual([
      { field: 'endDate', message: 'The plan must end on or after it starts' },
    ]);
  });
  it('accepts a performance row with gaps, and rejects a figure over 100', () => {
    const row = {
      ...baseFields(),
      planId: testId(),
      group: 'Attendance',
      measure: 'Persistent absence',
      position: 1,
      higherIsBetter: false,
      schoolLastYear: 18.2,
    };
    const r = check(PerformanceRowSchema, row);
    expect(r.ok && r.value.targetNextYear).toBeNull();
    expect(problems(PerformanceRowSchema, { ...row, nationalThisYear: 100.5 })).toEqual([
      { field: 'nationalThisYear', message: 'Must be 100 or less' },
    ]);
  });
});

describe('reviews', () => {
  it('accepts a good review and judgement', () => {
    expect(
      check(ReviewSchema, { ...baseFields(), planId: testId(), schoolYear: 2026, halfTerm: 'Autumn 1', heldOn: '2026-10-07' }).ok,
    ).toBe(true);
    expect(check(AreaJudgementSchema, { ...baseFields(), reviewId: testId(), areaId: testId(), judgement: 'some' }).ok).toBe(true);
  });
  it('rejects a half term or judgement that does not exist', () => {
    expect(
      problems(ReviewSchema, { ...baseFields(), planId: testId(), schoolYear: 2026, halfTerm: 'Autumn 3', heldOn: '2026-10-07' }),
    ).toEqual([{ field: 'halfTerm', message: 'Choose a half term (Autumn 1 to Summer 2)' }]);
    expect(problems(AreaJudgementSchema, { ...baseFields(), reviewId: testId(), areaId: testId(), judgement: 'great' })[0]?.message).toBe(
      'Choose a judgement of progress',
    );
  });
  it('accepts green or complete with no note', () => {
    expect(check(ReviewEntrySchema, entry()).ok).toBe(true);
    expect(check(ReviewEntrySchema, { ...entry(), rating: 'complete' }).ok).toBe(true);
  });
  it('rejects red or amber with no note, or only spaces', () => {
    const why = [{ field: 'note', message: 'Say why: a note is required for a red or amber rating' }];
    expect(problems(ReviewEntrySchema, { ...entry(), rating: 'red' })).toEqual(why);
    expect(problems(ReviewEntrySchema, { ...entry(), rating: 'amber', note: '   ' })).toEqual(why);
    expect(check(ReviewEntrySchema, { ...entry(), rating: 'red', note: 'Post vacant' }).ok).toBe(true);
  });
  it('rejects a rating that does not exist', () => {
    expect(problems(ReviewEntrySchema, { ...entry(), rating: 'blue' })).toEqual([{ field: 'rating', message: 'Choose a rating' }]);
  });
});

describe('InvalidInput', () => {
  it('says what was not saved and why, field by field', () => {
    const e = new InvalidInput(
      [
        { field: 'finish', message: 'Finish must be on or after start' },
        { field: '', message: 'Something else' },
      ],
      'action',
    );
    expect(e.message).toBe('The action was not saved: finish: Finish must be on or after start; Something else');
    expect(e.name).toBe('InvalidInput');
  });
});
