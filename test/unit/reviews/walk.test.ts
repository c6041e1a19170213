import { describe, expect, it } from 'vitest';
import { firstUnfinished, pathOf, placeOf, stepsOf } from '../../../src/features/reviews/walk';
import type { ReviewDetail } from '../../../src/data';

const area = (id: string, number: number) => ({ id, number, title: `Area ${number}` });
const action = (id: string, areaId: string, position: number) => ({ id, areaId, needId: `n-${areaId}`, position });

function detail(over: Partial<ReviewDetail> = {}): ReviewDetail {
  return {
    areas: [area('A', 1), area('B', 2), area('C', 3)],
    needs: [
      { id: 'n-A', position: 1 },
      { id: 'n-C', position: 1 },
    ],
    inReview: [action('a1', 'A', 1), action('a2', 'A', 2), action('c1', 'C', 1)],
    entries: [],
    judgements: [],
    ...over,
  } as unknown as ReviewDetail;
}

describe('the walk through a review', () => {
  it('goes area by area: each action, then the area’s judgement; areas with no actions are left out', () => {
    expect(stepsOf(detail())).toEqual([
      { kind: 'action', areaId: 'A', actionId: 'a1' },
      { kind: 'action', areaId: 'A', actionId: 'a2' },
      { kind: 'area', areaId: 'A' },
      { kind: 'action', areaId: 'C', actionId: 'c1' },
      { kind: 'area', areaId: 'C' },
    ]);
  });
  it('knows each step’s place and neighbours, and nothing after the last', () => {
    const steps = stepsOf(detail());
    expect(placeOf(steps, { kind: 'area', areaId: 'A' })).toMatchObject({ number: 3, total: 5, previous: steps[1], next: steps[3] });
    expect(placeOf(steps, steps[0]!)).toMatchObject({ number: 1, previous: undefined });
    expect(placeOf(steps, steps[4]!).next).toBeUndefined();
    expect(placeOf(steps, { kind: 'action', areaId: 'B', actionId: 'zz' })).toMatchObject({ number: 0, next: undefined });
  });
  it('carries on from the first action not rated, or area not judged with a reason', () => {
    const rated = (ids: string[]) => ids.map((actionId) => ({ actionId }));
    expect(firstUnfinished(detail())).toEqual({ kind: 'action', areaId: 'A', actionId: 'a1' });
    expect(firstUnfinished(detail({ entries: rated(['a1', 'a2']) as never }))).toEqual({ kind: 'area', areaId: 'A' });
    const judged = [
      { areaId: 'A', reason: 'Fine' },
      { areaId: 'C', reason: ' ' },
    ];
    expect(firstUnfinished(detail({ entries: rated(['a1', 'a2', 'c1']) as never, judgements: judged as never }))).toEqual({
      kind: 'area',
      areaId: 'C',
    });
    judged[1]!.reason = 'Good';
    expect(firstUnfinished(detail({ entries: rated(['a1', 'a2', 'c1']) as never, judgements: judged as never }))).toBeUndefined();
  });
  it('has a path for each step', () => {
    expect(pathOf('r', { kind: 'action', areaId: 'A', actionId: 'a1' })).toBe('/reviews/r/actions/a1');
    expect(pathOf('r', { kind: 'area', areaId: 'A' })).toBe('/reviews/r/areas/A');
    expect(pathOf('r', 'finalise')).toBe('/reviews/r/finalise');
    expect(pathOf('r', 'overview')).toBe('/reviews/r');
  });
});
