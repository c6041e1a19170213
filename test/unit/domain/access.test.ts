// Who may see and change what, and the sync rules the server applies (pure).
import { describe, expect, it } from 'vitest';
import {
  appendOnlyRefusal,
  clockAheadRefusal,
  formatHlc,
  lockRefusal,
  maySee,
  mergeFields,
  refusalFor,
  roles,
  visibilitiesFor,
  widerOf,
} from '../../../src/domain';

const stamp = (wallMs: number, nodeId = 'a') => formatHlc({ wallMs, counter: 0, nodeId });

describe('visibility', () => {
  it('S12 the whole board sees board records; Part B is not for the headteacher or officer; chairs for chair and vice-chair', () => {
    expect(roles.filter((r) => maySee(r, 'board'))).toEqual([...roles]);
    expect(roles.filter((r) => maySee(r, 'partB'))).toEqual(['chair', 'vice-chair', 'governor', 'clerk']);
    expect(roles.filter((r) => maySee(r, 'chairs'))).toEqual(['chair', 'vice-chair']);
    expect(visibilitiesFor('headteacher')).toEqual(['board']);
    expect(widerOf('chairs', 'partB')).toBe('partB');
    expect(widerOf('board', 'chairs')).toBe('board');
  });

  it('S11 refuses writes a role may not make, and says why', () => {
    expect(refusalFor('officer', 'actions', null, { visibility: 'board' })).toBeNull();
    expect(refusalFor('officer', 'actions', null, { visibility: 'partB' })).toBe(
      'An LA or trust officer cannot see records marked "Part B (confidential)", so cannot save one.',
    );
    expect(refusalFor('governor', 'actions', { visibility: 'chairs' }, { visibility: 'board' })).toMatch(
      /^There is no action with this id/,
    );
    expect(refusalFor('clerk', 'reviews', { visibility: 'board', status: 'draft' }, { visibility: 'board', status: 'final' })).toBe(
      'Only the chair or vice-chair can finalise a review.',
    );
    expect(
      refusalFor(
        'vice-chair',
        'meetings',
        { visibility: 'board', minutesStatus: 'draft' },
        { visibility: 'board', minutesStatus: 'approved' },
      ),
    ).toBeNull();
    expect(refusalFor('headteacher', 'termDates', null, { visibility: 'board' })).toBe(
      'Only the chair, vice-chair or clerk can change the term dates.',
    );
  });
});

describe('sync rules', () => {
  it('S7 merges field by field: a later stamp wins, an earlier one leaves the field, null clears it', () => {
    const data = { title: 'Old', lead: 'A', note: 'keep' };
    const clocks = { title: stamp(100), lead: stamp(300), note: stamp(100) };
    const merged = mergeFields(data, clocks, { title: 'New', lead: 'B', note: null }, stamp(200));
    expect(merged.data).toEqual({ title: 'New', lead: 'A' });
    expect(merged.won.sort()).toEqual(['note', 'title']);
    expect(merged.clocks).toEqual({ title: stamp(200), lead: stamp(300), note: stamp(200) });
    // The same stamp never wins twice (a replay changes nothing).
    expect(mergeFields(merged.data, merged.clocks, { title: 'Again' }, stamp(200)).won).toEqual([]);
  });

  it('S8 a clock up to 5 minutes ahead is accepted; further ahead is refused', () => {
    const now = 1_800_000_000_000;
    expect(clockAheadRefusal(stamp(now + 5 * 60_000), now)).toBeNull();
    expect(clockAheadRefusal(stamp(now + 5 * 60_000 + 1), now)).toMatch(/ahead of the server's by more than 5 minutes/);
  });

  it('S9 append-only records take only deleted and updatedAt; the same values again are not an edit', () => {
    const e = { text: 'Seen', supports: ['x'], deleted: false };
    expect(appendOnlyRefusal('evidence', e, { deleted: true, updatedAt: 'now' })).toBeNull();
    expect(appendOnlyRefusal('evidence', e, { text: 'Seen', supports: ['x'] })).toBeNull();
    expect(appendOnlyRefusal('evidence', e, { supports: ['y'] })).toMatch(/^Evidence cannot be edited once saved/);
    expect(appendOnlyRefusal('actions', e, { text: 'Anything' })).toBeNull();
  });

  it('S10 a final review locks itself and its parts; approved minutes lock the meeting and its items', () => {
    const final = { status: 'final', finalisedAt: '2026-10-14T17:00:00.000Z', updatedAt: '2026-10-14T17:00:00.000Z' };
    expect(lockRefusal('reviews', final, [])).toBe('This review was finalised on 14/10/2026 and is locked');
    expect(lockRefusal('reviews', { status: 'draft' }, [])).toBeNull();
    expect(lockRefusal('reviewEntries', null, [final])).toBe('This review was finalised on 14/10/2026 and is locked');
    expect(lockRefusal('areaJudgements', { reviewId: 'r' }, [{ status: 'draft' }])).toBeNull();
    const approved = { minutesStatus: 'approved', approvedAt: '2026-10-20T09:00:00.000Z' };
    expect(lockRefusal('meetings', approved, [])).toBe('These minutes were approved on 20/10/2026 and are locked');
    expect(lockRefusal('minuteItems', null, [approved])).toBe('These minutes were approved on 20/10/2026 and are locked');
    expect(lockRefusal('meetingActions', null, [approved])).toBeNull();
  });
});
