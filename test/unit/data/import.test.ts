import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { buildDemoBoard, InvalidInput, type RecordKind } from '../../../src/domain';
import { compareHlc } from '../../../src/domain/hlc';
import { importBoard, type Board } from '../../../src/data';
import { freshDb, smallBoard, snapshot } from './fixtures';

const demo = () => buildDemoBoard('2026-11-23', v7);
const sizeOf = (board: Board) => Object.values(board).reduce((n, list) => n + (list?.length ?? 0), 0);

describe('importBoard', () => {
  it('saves every record of the demo board with one create in the outbox each, in order', async () => {
    const store = freshDb();
    const board = demo();
    const summary = await importBoard(board, store);
    expect(summary.total).toBe(sizeOf(board));
    for (const kind of Object.keys(board) as RecordKind[]) {
      expect(await store.records(kind).count()).toBe(board[kind]!.length);
      expect(summary.counts[kind]).toBe(board[kind]!.length);
    }
    const entries = await store.outbox.orderBy('seq').toArray();
    expect(entries).toHaveLength(summary.total);
    expect(entries.every((e) => e.op === 'create')).toBe(true);
    expect(new Set(entries.map((e) => e.mutationId)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.recordId)).size).toBe(entries.length);
    for (let i = 1; i < entries.length; i++) expect(compareHlc(entries[i]!.hlc, entries[i - 1]!.hlc)).toBeGreaterThan(0);
    const action = board.actions![0]!;
    expect(entries.find((e) => e.recordId === action.id)!.fields).toEqual(action);
  });

  it('reports every problem, by kind and position, and saves nothing', async () => {
    const store = freshDb();
    await smallBoard(store);
    const before = await snapshot(store);
    const board = demo();
    const actions = board.actions!.map((a, i) => (i === 3 ? { ...a, finish: '2000-01-01' } : a));
    const meetings = board.meetings!.map((m, i) => (i === 1 ? { ...m, date: '23/11/2026' } : m));
    const error = await importBoard({ ...board, actions, meetings }, store).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).problems).toEqual([
      { field: 'actions.3.finish', message: 'Finish must be on or after start' },
      { field: 'meetings.1.date', message: 'Must be a date' },
    ]);
    expect((error as InvalidInput).message).toMatch(/^The board was not saved: actions\.3\.finish: /);
    expect(await snapshot(store)).toEqual(before);
  });

  it('refuses unknown kinds, lists that are not lists and repeated ids', async () => {
    const store = freshDb();
    const board = demo();
    const twice = [...board.needs!, board.needs![0]!];
    const bad = { ...board, needs: twice, gadgets: [{}], areas: 'none' } as unknown as Board;
    const error = (await importBoard(bad, store).catch((e: unknown) => e)) as InvalidInput;
    expect(error.problems).toEqual(
      expect.arrayContaining([
        { field: `needs.${twice.length - 1}.id`, message: 'Another improvement needed already has this id' },
        { field: 'gadgets', message: '"gadgets" is not a kind of record Steward keeps' },
        { field: 'areas', message: 'The area for improvement records must be a list' },
      ]),
    );
    expect(await store.outbox.count()).toBe(0);
  });

  it('writes nothing when the transaction fails part way', async () => {
    const store = freshDb();
    await smallBoard(store);
    const before = await snapshot(store);
    store.outbox.hook('creating', () => {
      throw new Error('Simulated failure writing the outbox');
    });
    await expect(importBoard(demo(), store)).rejects.toThrow(/Simulated failure/);
    expect(await snapshot(store)).toEqual(before);
  });

  it('handles an empty board', async () => {
    const store = freshDb();
    expect(await importBoard({}, store)).toEqual({ counts: {}, total: 0 });
  });
});
