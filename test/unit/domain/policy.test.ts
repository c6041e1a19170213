// The kinds' policy (src/domain/kinds.ts) read through refusalOf (src/domain/policy.ts): the one
// decision the device's commands and the server's push make (their parity: test/server/policy-parity.test.ts).
import { describe, expect, it } from 'vitest';
import { fieldProblems, lockLinkOf, locksWith, policyOf, recordKindNames, refusalOf, type RecordKind } from '../../../src/domain';

const approved = { minutesStatus: 'approved', approvedAt: '2026-10-20T09:00:00.000Z' };
const draft = { minutesStatus: 'draft' };
const change = (kind: RecordKind, before: Record<string, unknown> | null, fields: Record<string, unknown>) => ({
  kind,
  before,
  after: { visibility: 'board', ...before, ...fields },
  fields,
});

describe('the kinds’ policy', () => {
  it('names, for every kind that is editable until locked, a kind that locks and the field that links to it', () => {
    for (const kind of recordKindNames) {
      const link = lockLinkOf(kind);
      if (!link) continue;
      expect(policyOf(link.kind).lock, `${kind} is locked by ${link.kind}`).toBeDefined();
      if (link.field === 'id') expect(link.kind).toBe(kind);
    }
    expect(recordKindNames.filter((k) => policyOf(k).mode.type === 'append-only')).toEqual(['evidence', 'checklistTemplates']);
  });

  it('S9 S10 minute items and challenge records are edited freely until their meeting’s minutes are approved, then refuse every change', () => {
    const item = { meetingId: 'm', title: 'Attendance', visibility: 'board' };
    const ctx = (lockers: Record<string, unknown>[]) => ({ role: 'clerk' as const, lockers });
    expect(refusalOf(change('minuteItems', item, { title: 'Attendance and punctuality' }), ctx([draft]))).toBeNull();
    expect(refusalOf(change('challengeRecords', { meetingId: 'm' }, { answer: 'Breakfast club' }), ctx([draft]))).toBeNull();
    const locked = 'These minutes were approved on 20/10/2026 and are locked: this change was not saved.';
    expect(refusalOf(change('minuteItems', item, { title: 'Changed' }), ctx([approved]))).toBe(locked);
    expect(refusalOf(change('minuteItems', item, { deleted: true }), ctx([approved]))).toBe(locked);
    expect(refusalOf(change('minuteItems', null, item), ctx([approved]))).toBe(locked);
    expect(refusalOf(change('challengeRecords', { meetingId: 'm' }, { answer: 'Later' }), ctx([approved]))).toBe(locked);
    // A challenge asked outside a meeting is never locked; the action log stays open.
    expect(refusalOf(change('challengeRecords', { question: 'Why?' }, { answer: 'Later' }), ctx([]))).toBeNull();
    expect(refusalOf(change('meetingActions', { meetingId: 'm' }, { status: 'done' }), ctx([approved]))).toBeNull();
  });

  it('S9 S10 S11 decides append-only first, then the lock, then who may write it; a board kept on this device only skips who', () => {
    expect(refusalOf(change('evidence', { text: 'Seen' }, { text: 'Changed' }), { role: 'chair', lockers: [] })).toBe(
      'Evidence cannot be edited once saved: add a new one instead (it can only be deleted).',
    );
    const final = { status: 'final', finalisedAt: '2026-10-14T17:00:00.000Z', visibility: 'board' };
    expect(refusalOf(change('reviews', final, { status: 'draft' }), { role: 'officer', lockers: [] })).toBe(
      'This review was finalised on 14/10/2026 and is locked: this change was not saved.',
    );
    expect(refusalOf(change('termDates', null, { schoolYear: 2026 }), { role: 'governor', lockers: [] })).toBe(
      'Only the chair, vice-chair or clerk can change the term dates.',
    );
    expect(refusalOf(change('termDates', null, { schoolYear: 2026 }), { role: null, lockers: [] })).toBeNull();
    expect(refusalOf(change('meetings', draft, approved), { role: 'clerk', lockers: [] })).toBe(
      'Only the chair or vice-chair can approve the minutes.',
    );
  });

  it('C5 says which changes lock their record, so an upload sends them after what they lock', () => {
    expect(locksWith('reviews', { status: 'final' })).toBe(true);
    expect(locksWith('reviews', { heldOn: '2026-10-14' })).toBe(false);
    expect(locksWith('meetings', { minutesStatus: 'approved' })).toBe(true);
    expect(locksWith('minuteItems', { minutesStatus: 'approved' })).toBe(false);
  });

  it('gives the screens the same rules between fields as the schemas: a red or amber rating needs a note; severe ≤ persistent absence', () => {
    expect(fieldProblems('reviewEntries', { rating: 'amber', note: ' ' })).toEqual([
      { field: 'note', message: 'An amber rating needs a note saying why' },
    ]);
    expect(fieldProblems('reviewEntries', { rating: 'green', note: '' })).toEqual([]);
    expect(fieldProblems('attendanceFigures', { severeAbsence: 12, persistentAbsence: 12 })).toEqual([]);
    expect(fieldProblems('attendanceFigures', { severeAbsence: 12.1, persistentAbsence: 12 })).toEqual([
      {
        field: 'severeAbsence',
        message:
          'Severe absence (12.1%) cannot be more than persistent absence (12%): every pupil missing half their sessions has missed a tenth of them too',
      },
    ]);
  });
});
