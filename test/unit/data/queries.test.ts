import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { buildDemoBoard, halfTermIndex, latestRatings } from '../../../src/domain';
import {
  actionDetail,
  areaDetail,
  attendanceFor,
  createRecord,
  currentSchool,
  deleteRecord,
  importBoard,
  meetingsFor,
  milestonesFor,
  outboxCount,
  planOf,
  ratingsOf,
  reviewsFor,
  schoolsOnDevice,
  setCurrentSchool,
  storageCounts,
  visitsFor,
  type StewardDb,
} from '../../../src/data';
import { freshDb, schoolInput, smallBoard } from './fixtures';

const inOrder = <T>(list: T[], key: (x: T) => number | string) => list.every((x, i) => i === 0 || key(list[i - 1]!) <= key(x));

async function demoOn(store: StewardDb) {
  const board = buildDemoBoard('2026-11-23', v7);
  await importBoard(board, store);
  return { board, schoolId: board.schools![0]!.id };
}

describe('queries', () => {
  it('currentSchool and schoolsOnDevice leave out deleted schools', async () => {
    const store = freshDb();
    expect(await currentSchool(store)).toBeUndefined();
    const a = v7();
    const b = v7();
    await createRecord('schools', a, { ...schoolInput(a), name: 'Westfield Academy' }, store);
    await createRecord('schools', b, { ...schoolInput(b), name: 'ashby Infant School' }, store);
    await setCurrentSchool(a, store);
    expect((await currentSchool(store))?.id).toBe(a);
    expect((await schoolsOnDevice(store)).map((s) => s.id)).toEqual([b, a]);
    await deleteRecord('schools', a, store);
    expect(await currentSchool(store)).toBeUndefined();
    expect((await schoolsOnDevice(store)).map((s) => s.id)).toEqual([b]);
  });

  it('planOf gives the plan with everything in it, in number and position order, without deleted records', async () => {
    const store = freshDb();
    const { board, schoolId } = await demoOn(store);
    const gone = board.actions![0]!;
    await deleteRecord('actions', gone.id, store);
    const plan = (await planOf(schoolId, store))!;
    expect(plan.plan.id).toBe(board.plans![0]!.id);
    expect(plan.areas.map((a) => a.number)).toEqual([...board.areas!].map((a) => a.number).sort((x, y) => x - y));
    expect(plan.actions).toHaveLength(board.actions!.length - 1);
    expect(plan.actions.some((a) => a.id === gone.id)).toBe(false);
    const areaNo = new Map(plan.areas.map((a) => [a.id, a.number]));
    const needPos = new Map(plan.needs.map((n) => [n.id, n.position]));
    expect(inOrder(plan.needs, (n) => areaNo.get(n.areaId)! * 1000 + n.position)).toBe(true);
    expect(inOrder(plan.actions, (a) => areaNo.get(a.areaId)! * 1e6 + needPos.get(a.needId)! * 1000 + a.position)).toBe(true);
    expect(inOrder(plan.milestones, (m) => areaNo.get(m.areaId)! * 10 + m.number)).toBe(true);
    expect(inOrder(plan.performanceRows, (r) => r.position)).toBe(true);
    expect(plan.milestones).toHaveLength(board.milestones!.length);
    expect(plan.strategies).toHaveLength(board.strategies?.length ?? 0);
    expect(await planOf(v7(), store)).toBeUndefined();
  });

  it('areaDetail groups actions under their need', async () => {
    const store = freshDb();
    const { area, need, action } = await smallBoard(store);
    const detail = (await areaDetail(area.id, store))!;
    expect(detail.area).toEqual(area);
    expect(detail.needs).toEqual([{ need, actions: [action] }]);
    expect(await areaDetail(v7(), store)).toBeUndefined();
  });

  it('actionDetail gives the need, area, supporting notes newest first, and ratings oldest first', async () => {
    const store = freshDb();
    const { schoolId, plan, area, need, action } = await smallBoard(store);
    const note = (text: string, recordedAt: string) =>
      createRecord('evidence', schoolId, { kind: 'note', text, recordedAt, supports: [action.id] }, store);
    await note('First', '2026-10-01T09:00:00.000Z');
    const second = await note('Second', '2026-10-08T09:00:00.000Z');
    const removed = await note('Removed', '2026-10-09T09:00:00.000Z');
    await deleteRecord('evidence', removed.id, store);
    await createRecord(
      'evidence',
      schoolId,
      { kind: 'note', text: 'Elsewhere', recordedAt: '2026-10-10T09:00:00.000Z', supports: [] },
      store,
    );
    const review = (halfTerm: 'Autumn 1' | 'Autumn 2', heldOn: string) =>
      createRecord('reviews', schoolId, { planId: plan.id, schoolYear: 2026, halfTerm, heldOn }, store);
    const later = await review('Autumn 2', '2026-12-10');
    const earlier = await review('Autumn 1', '2026-10-15');
    await createRecord('reviewEntries', schoolId, { reviewId: later.id, actionId: action.id, rating: 'green' }, store);
    await createRecord(
      'reviewEntries',
      schoolId,
      { reviewId: earlier.id, actionId: action.id, rating: 'amber', note: 'Slow start' },
      store,
    );
    const detail = (await actionDetail(action.id, store))!;
    expect(detail.need).toEqual(need);
    expect(detail.area).toEqual(area);
    expect(detail.notes.map((n) => n.text)).toEqual(['Second', 'First']);
    expect(detail.evidence[0]).toEqual(second);
    expect(detail.ratings).toEqual([
      { reviewId: earlier.id, label: 'Autumn 1 2026/27', heldOn: '2026-10-15', rating: 'amber', note: 'Slow start' },
      { reviewId: later.id, label: 'Autumn 2 2026/27', heldOn: '2026-12-10', rating: 'green', note: '' },
    ]);
    await deleteRecord('needs', need.id, store);
    expect(await actionDetail(action.id, store)).toBeUndefined();
  });

  it('milestones, reviews, visits, attendance and meetings come back for the school, in order', async () => {
    const store = freshDb();
    const { board, schoolId } = await demoOn(store);
    const other = await smallBoard(store);
    const milestones = await milestonesFor(schoolId, store);
    expect(milestones).toHaveLength(board.milestones!.length);
    expect(inOrder(milestones, (m) => m.date!)).toBe(true);
    const reviews = await reviewsFor(schoolId, store);
    expect(reviews.reviews).toHaveLength(board.reviews!.length);
    expect(inOrder(reviews.reviews, (r) => halfTermIndex(r))).toBe(true);
    expect(reviews.entries).toHaveLength(board.reviewEntries!.length);
    expect(reviews.judgements).toHaveLength(board.areaJudgements?.length ?? 0);
    const visits = await visitsFor(schoolId, store);
    expect(visits).toHaveLength(board.visits!.length);
    expect(inOrder([...visits].reverse(), (v) => v.date)).toBe(true);
    const attendance = await attendanceFor(schoolId, store);
    expect(attendance.figures).toHaveLength(board.attendanceFigures!.length);
    expect(inOrder(attendance.figures, (f) => halfTermIndex(f))).toBe(true);
    expect(attendance.challenges.every((c) => c.topic === 'attendance')).toBe(true);
    const meetings = await meetingsFor(schoolId, store);
    expect(meetings.meetings).toHaveLength(board.meetings!.length);
    expect(meetings.items).toHaveLength(board.minuteItems!.length);
    expect(meetings.actions).toHaveLength(board.meetingActions?.length ?? 0);
    expect(await milestonesFor(other.schoolId, store)).toEqual([]);
    expect((await reviewsFor(other.schoolId, store)).reviews).toEqual([]);
  });

  it('ratingsOf gives the latest rating of just the actions asked for, as the whole of reviewsFor would', async () => {
    const store = freshDb();
    const { board, schoolId } = await demoOn(store);
    const all = await reviewsFor(schoolId, store);
    const whole = latestRatings(all.reviews, all.entries);
    const some = board.actions!.slice(0, 5).map((a) => a.id);
    const ratings = await ratingsOf(schoolId, some, store);
    expect(ratings.size).toBeGreaterThan(0);
    expect([...ratings.keys()].every((id) => some.includes(id))).toBe(true);
    for (const id of some) expect(ratings.get(id)).toBe(whole.get(id));
    expect(await ratingsOf(schoolId, [], store)).toEqual(new Map());
  });

  it('counts the outbox per school and the rows in every table', async () => {
    const store = freshDb();
    const { board, schoolId } = await demoOn(store);
    const other = await smallBoard(store);
    const demoSize = Object.values(board).reduce((n, l) => n + (l?.length ?? 0), 0);
    expect(await outboxCount(schoolId, store)).toBe(demoSize);
    expect(await outboxCount(other.schoolId, store)).toBe(5);
    expect(await outboxCount(undefined, store)).toBe(demoSize + 5);
    const counts = await storageCounts(store);
    expect(counts.outbox).toBe(demoSize + 5);
    expect(counts.actions).toBe(board.actions!.length + 1);
    expect(counts.meta).toBe(2);
    expect(Object.keys(counts)).toEqual(store.tables.map((t) => t.name).sort());
  });
});
