import { describe, expect, it } from 'vitest';
import { freeMilestoneNumbers, moveInOrder, nextPlace } from '../../../src/domain';

const items = (...positions: number[]) => positions.map((position, i) => ({ id: `x${i + 1}`, position, archived: false }));

describe('nextPlace', () => {
  it('is 1 for an empty list and one past the highest otherwise (gaps are not filled)', () => {
    expect(nextPlace([])).toBe(1);
    expect(nextPlace(items(1))).toBe(2);
    expect(nextPlace(items(1, 2, 5))).toBe(6);
    expect(nextPlace(items(3, 1))).toBe(4);
  });
});

describe('moveInOrder', () => {
  it('swaps with the neighbour above or below', () => {
    expect(moveInOrder(items(1, 2, 3), 'x2', 'up')).toEqual([
      { id: 'x2', position: 1 },
      { id: 'x1', position: 2 },
    ]);
    expect(moveInOrder(items(1, 2, 3), 'x2', 'down')).toEqual([
      { id: 'x2', position: 3 },
      { id: 'x3', position: 2 },
    ]);
  });
  it('cannot move the first up, the last down, a lone item, or an item not in the list', () => {
    expect(moveInOrder(items(1, 2, 3), 'x1', 'up')).toBeNull();
    expect(moveInOrder(items(1, 2, 3), 'x3', 'down')).toBeNull();
    expect(moveInOrder(items(1), 'x1', 'down')).toBeNull();
    expect(moveInOrder(items(1, 2), 'nope', 'up')).toBeNull();
  });
  it('goes by position, not by the order given, and keeps gaps', () => {
    expect(moveInOrder(items(4, 1, 9), 'x1', 'down')).toEqual([
      { id: 'x1', position: 9 },
      { id: 'x3', position: 4 },
    ]);
  });
  it('steps over hidden (archived) items, which keep their number', () => {
    const list = items(1, 2, 3);
    list[1]!.archived = true;
    const shown = (x: { archived: boolean }) => !x.archived;
    expect(moveInOrder(list, 'x3', 'up', shown)).toEqual([
      { id: 'x3', position: 1 },
      { id: 'x1', position: 3 },
    ]);
    expect(moveInOrder(list, 'x1', 'up', shown)).toBeNull();
    list[2]!.archived = true;
    expect(moveInOrder(list, 'x1', 'down', shown)).toBeNull();
  });
  it('renumbers 1, 2, 3… in the new order when two items share a number, so the move is not lost', () => {
    expect(moveInOrder(items(1, 1, 2), 'x2', 'up')).toEqual([
      { id: 'x1', position: 2 },
      { id: 'x3', position: 3 },
    ]);
    expect(moveInOrder(items(2, 2), 'x1', 'down')).toEqual([{ id: 'x2', position: 1 }]);
  });
});

describe('freeMilestoneNumbers', () => {
  it('lists the numbers 1 to 5 not yet used', () => {
    expect(freeMilestoneNumbers([])).toEqual([1, 2, 3, 4, 5]);
    expect(freeMilestoneNumbers([{ number: 2 }, { number: 5 }])).toEqual([1, 3, 4]);
    expect(freeMilestoneNumbers([1, 2, 3, 4, 5].map((number) => ({ number })))).toEqual([]);
  });
});
