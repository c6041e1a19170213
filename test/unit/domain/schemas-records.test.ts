import { describe, expect, it } from 'vitest';
import { check } from '../../../src/domain/validation';
import { EvidenceSchema } from '../../../src/domain/evidence';
import { ChecklistTemplateSchema, VisitResponseSchema, VisitSchema } from '../../../src/domain/visit';
import { AttendanceFigureSchema, ChallengeRecordSchema } from '../../../src/domain/attendance';
import { MeetingActionSchema, MeetingSchema, MinuteItemSchema } from '../../../src/domain/meeting';
import { recordKindNames, recordKinds } from '../../../src/domain/kinds';
import { AT, baseFields, testId } from './helpers';

const problems = (schema: Parameters<typeof check>[0], value: unknown) => {
  const r = check(schema, value);
  return r.ok ? [] : r.problems;
};

const file = { sha256: 'a'.repeat(64), name: 'display.jpg', type: 'image/jpeg', bytes: 1024 };
const figure = () => ({
  ...baseFields(),
  schoolYear: 2026,
  halfTerm: 'Autumn 1',
  group: 'all',
  attendance: 93.3,
  persistentAbsence: 17.8,
  severeAbsence: 1,
  unauthorisedAbsence: 1.4,
});

describe('evidence', () => {
  it('accepts a note with text, and a photo with its file', () => {
    expect(check(EvidenceSchema, { ...baseFields(), kind: 'note', text: 'Seen in Year 1', recordedAt: AT, supports: [testId()] }).ok).toBe(
      true,
    );
    expect(check(EvidenceSchema, { ...baseFields(), kind: 'photo', file, recordedAt: AT }).ok).toBe(true);
  });
  it('rejects a note with no text and a photo or document with no file', () => {
    expect(problems(EvidenceSchema, { ...baseFields(), kind: 'note', recordedAt: AT })).toEqual([
      { field: 'text', message: 'A note needs some text' },
    ]);
    expect(problems(EvidenceSchema, { ...baseFields(), kind: 'document', recordedAt: AT })).toEqual([
      { field: 'file', message: 'Attach the file' },
    ]);
  });
  it('rejects a file reference that is not a SHA-256', () => {
    expect(problems(EvidenceSchema, { ...baseFields(), kind: 'photo', file: { ...file, sha256: 'abc' }, recordedAt: AT })).toEqual([
      { field: 'file.sha256', message: 'Not a valid file reference' },
    ]);
  });
});

describe('visits', () => {
  const visit = () => ({
    ...baseFields(),
    kind: 'learning walk',
    date: '2026-11-10',
    purpose: 'Phonics consistency',
    governor: 'Aisha Begum',
  });
  it('accepts a planned visit and fills in an empty draft report', () => {
    const r = check(VisitSchema, visit());
    expect(r.ok && r.value).toMatchObject({ status: 'planned', report: { status: 'draft', seen: '' }, focusActionIds: [] });
  });
  it('rejects a visit with no purpose or governor', () => {
    expect(problems(VisitSchema, { ...visit(), purpose: '', governor: ' ' })).toEqual([
      { field: 'purpose', message: 'Purpose is required' },
      { field: 'governor', message: 'Governor is required' },
    ]);
  });
  it('accepts a checklist template and rejects one with an empty section', () => {
    const t = {
      ...baseFields(),
      templateKey: 'phonics',
      version: 1,
      title: 'Early reading',
      sections: [{ id: 's1', title: 'Routines', items: [{ id: 'i1', prompt: 'Same routines in every class?', type: 'yes-partly-no' }] }],
    };
    expect(check(ChecklistTemplateSchema, t).ok).toBe(true);
    expect(problems(ChecklistTemplateSchema, { ...t, sections: [{ id: 's1', title: 'Routines', items: [] }] })).toEqual([
      { field: 'sections.0.items', message: 'A section needs at least one item' },
    ]);
    expect(problems(ChecklistTemplateSchema, { ...t, sections: [] })).toEqual([
      { field: 'sections', message: 'A template needs at least one section' },
    ]);
  });
  it('accepts an answer of the right shape and rejects a rating out of range', () => {
    const response = { ...baseFields(), visitId: testId(), itemId: 'i1', answeredAt: AT };
    expect(check(VisitResponseSchema, { ...response, answer: { type: 'yes-partly-no', value: 'partly' } }).ok).toBe(true);
    expect(check(VisitResponseSchema, { ...response, answer: { type: 'photo', value: [file] } }).ok).toBe(true);
    expect(check(VisitResponseSchema, { ...response, answer: { type: 'rating', value: 5 } }).ok).toBe(false);
  });
});

describe('attendance', () => {
  it('accepts a good figure, with or without national and target', () => {
    expect(check(AttendanceFigureSchema, figure()).ok).toBe(true);
    expect(check(AttendanceFigureSchema, { ...figure(), nationalAttendance: 94.5, targetPersistentAbsence: 14 }).ok).toBe(true);
    expect(check(AttendanceFigureSchema, { ...figure(), attendance: 100, severeAbsence: 0 }).ok).toBe(true);
  });
  it('rejects attendance over 100% and absence below 0, saying which', () => {
    expect(problems(AttendanceFigureSchema, { ...figure(), attendance: 101 })).toEqual([
      { field: 'attendance', message: 'Attendance must be 100 or less' },
    ]);
    expect(problems(AttendanceFigureSchema, { ...figure(), persistentAbsence: -1 })).toEqual([
      { field: 'persistentAbsence', message: 'Persistent absence must be 0 or more' },
    ]);
    expect(problems(AttendanceFigureSchema, { ...figure(), nationalAttendance: 120 })).toEqual([
      { field: 'nationalAttendance', message: 'National attendance must be 100 or less' },
    ]);
  });
  it('rejects a figure typed as text and an unknown group', () => {
    expect(problems(AttendanceFigureSchema, { ...figure(), attendance: '93%' })).toEqual([
      { field: 'attendance', message: 'Attendance must be a number' },
    ]);
    expect(problems(AttendanceFigureSchema, { ...figure(), group: 'teachers' })[0]?.field).toBe('group');
  });
  it('accepts a challenge and rejects one with no question', () => {
    const c = { ...baseFields(), question: 'Why is attendance falling?', askedAt: AT };
    const r = check(ChallengeRecordSchema, c);
    expect(r.ok && r.value).toMatchObject({ topic: 'attendance', answer: '' });
    expect(problems(ChallengeRecordSchema, { ...c, question: '' })).toEqual([{ field: 'question', message: 'Question is required' }]);
  });
});

describe('meetings', () => {
  const meeting = () => ({ ...baseFields(), kind: 'School Improvement Committee', date: '2026-12-02', time: '16:00' });
  it('accepts a good meeting, with or without a time', () => {
    expect(check(MeetingSchema, meeting()).ok).toBe(true);
    const r = check(MeetingSchema, { ...meeting(), time: '' });
    expect(r.ok && r.value).toMatchObject({ minutesStatus: 'not-started', attendees: [], quorum: 3, papers: [], confidentialItems: 0 });
    expect(problems(MeetingSchema, { ...meeting(), minutesStatus: 'approved' })).toEqual([
      { field: 'approvedBy', message: 'Approved minutes need the name of the chair who signs them and the date and time' },
    ]);
  });
  it('rejects a time that is not hh:mm and a blank name in the attendance list', () => {
    expect(problems(MeetingSchema, { ...meeting(), time: '4pm' })).toEqual([{ field: 'time', message: 'Time must be hh:mm, e.g. 16:00' }]);
    expect(problems(MeetingSchema, { ...meeting(), time: '24:00' })).toEqual([
      { field: 'time', message: 'Time must be hh:mm, e.g. 16:00' },
    ]);
    expect(problems(MeetingSchema, { ...meeting(), attendees: [{ name: 'Helen' }, { name: '' }] })).toEqual([
      { field: 'attendees.1.name', message: 'Name is required' },
    ]);
    expect(problems(MeetingSchema, { ...meeting(), quorum: 0 })).toEqual([{ field: 'quorum', message: 'Quorum must be at least 1' }]);
  });
  it('accepts minute items and meeting actions, and rejects an action with no owner or due date', () => {
    expect(check(MinuteItemSchema, { ...baseFields(), meetingId: testId(), position: 1, title: 'Attendance' }).ok).toBe(true);
    const a = { ...baseFields(), meetingId: testId(), description: 'Bring punctuality figures', owner: 'Headteacher', due: '2026-12-02' };
    expect(check(MeetingActionSchema, a).ok).toBe(true);
    expect(problems(MeetingActionSchema, { ...a, owner: '', due: 'next week' })).toEqual([
      { field: 'owner', message: 'Owner is required' },
      { field: 'due', message: 'Must be a date' },
    ]);
  });
});

describe('record kinds', () => {
  it('gives every kind a schema that needs the base fields, and a label', () => {
    for (const kind of recordKindNames) {
      const { schema, label } = recordKinds[kind];
      expect(label.length, kind).toBeGreaterThan(0);
      const r = check(schema, {});
      expect(r.ok, kind).toBe(false);
      if (!r.ok)
        expect(
          r.problems.map((p) => p.field),
          kind,
        ).toEqual(expect.arrayContaining(['id', 'schoolId', 'createdAt', 'updatedAt']));
    }
  });
});
