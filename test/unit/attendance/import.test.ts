// Attendance files: every bad file says what to fix by row and column, and gives no figures (so
// nothing is written); a good one reads with header aliases; re-importing a half term replaces it.
import { describe, expect, it } from 'vitest';
import {
  readAttendanceSheets,
  replaceFigures,
  sniffAttendanceFile,
  MAX_ATTENDANCE_FILE_BYTES,
  type Cell,
  type FileProblem,
} from '../../../src/domain/attendanceFiles';
import type { AttendanceFigure } from '../../../src/domain';

const HEAD = [
  'School year',
  'Half term',
  'Pupil group',
  'Pupils on roll',
  'Attendance %',
  'Persistent absence %',
  'Severe absence %',
  'Unauthorised absence %',
];
const row = (group: string, over: Partial<Record<number, Cell>> = {}): Cell[] => {
  const r: Cell[] = ['2026/27', 'Autumn 1', group, group === 'All pupils' ? 400 : 100, 93.5, 17.2, 1.1, 1.4];
  for (const [i, v] of Object.entries(over)) r[Number(i)] = v;
  return r;
};
const read = (rows: Cell[][]) => readAttendanceSheets([{ name: 'figures.csv', rows }], 'figures.csv');
const only = (problems: FileProblem[]) => {
  expect(problems).toHaveLength(1);
  return problems[0]!;
};

describe('reading an attendance file', () => {
  it('reads a good file, with figures for each group', () => {
    const r = read([HEAD, row('All pupils'), row('Disadvantaged', { 4: 88.1 }), row('SEN support'), row('Year 3')]);
    expect(r.problems).toEqual([]);
    expect(r.figures.map((f) => f.values.group)).toEqual(['all', 'disadvantaged', 'SEND', 'Year 3']);
    expect(r.figures[1]!.values).toMatchObject({ schoolYear: 2026, halfTerm: 'Autumn 1', attendance: 88.1, pupils: 100 });
    expect(r.terms).toEqual([{ schoolYear: 2026, halfTerm: 'Autumn 1' }]);
  });

  it('maps an export’s own headings through the aliases, and the half term with its year in one cell', () => {
    const r = read([
      ['Period', 'Breakdown', 'NOR', 'Overall attendance (%)', 'PA rate', 'Severely absent', 'Unauthorised', 'Comments'],
      ['Spring 2 2025-26', 'Whole school', 410, '94.1%', '15.0', '0.5', '1.2', 'ok'],
      ['Spring 2 2025-26', 'Pupil premium', 120, '90.0', '25.0', '1.0', '2.0', ''],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.figures.map((f) => [f.values.schoolYear, f.values.halfTerm, f.values.group, f.values.attendance])).toEqual([
      [2025, 'Spring 2', 'all', 94.1],
      [2025, 'Spring 2', 'disadvantaged', 90],
    ]);
    expect(r.notes.join(' ')).toContain('H (Comments)');
  });

  it('reads percentages stored as fractions when every attendance figure is at most 1', () => {
    const r = read([HEAD, row('All pupils', { 4: 0.935, 5: 0.172, 6: 0.011, 7: 0.014 })]);
    expect(r.problems).toEqual([]);
    expect(r.figures[0]!.values).toMatchObject({ attendance: 93.5, persistentAbsence: 17.2, severeAbsence: 1.1, unauthorisedAbsence: 1.4 });
  });
});

describe('bad attendance files: a clear message naming the row and column, and no figures', () => {
  it('1. wrong columns: says which are missing and what was found, in row 1', () => {
    const r = read([
      ['Name', 'Class', 'Attendance'],
      ['A', '3B', 95],
    ]);
    const p = only(r.problems);
    expect(p.row).toBe(1);
    expect(p.message).toContain('no column for Half term, Pupil group, Persistent absence %, Severe absence %, Unauthorised absence %');
    expect(p.message).toContain('A (Name)');
    expect(r.figures).toEqual([]);
  });

  it('2. a percentage of 140', () => {
    const r = read([HEAD, row('All pupils', { 4: 140 })]);
    expect(only(r.problems)).toMatchObject({ row: 2, column: { letter: 'E', header: 'Attendance %' } });
    expect(r.problems[0]!.message).toBe('Attendance % is 140%: a percentage must be between 0 and 100.');
    expect(r.figures).toEqual([]);
  });

  it('3. severe absence above persistent absence (at the boundary: equal is fine)', () => {
    expect(read([HEAD, row('All pupils', { 5: 5, 6: 5 })]).problems).toEqual([]);
    const r = read([HEAD, row('All pupils'), row('Boys', { 5: 5, 6: 5.1 })]);
    expect(only(r.problems)).toMatchObject({ row: 3, column: { letter: 'G', header: 'Severe absence %' } });
    expect(r.problems[0]!.message).toContain('Boys: Severe absence (5.1%) cannot be more than persistent absence (5%)');
  });

  it('4. an unknown group', () => {
    const r = read([HEAD, row('All pupils'), row('Left-handed')]);
    expect(only(r.problems)).toMatchObject({ row: 3, column: { letter: 'C', header: 'Pupil group' } });
    expect(r.problems[0]!.message).toContain('“Left-handed” is not a pupil group Steward knows');
  });

  it('5. a date-shaped half term (a real date, or text that reads as one)', () => {
    for (const cell of [new Date(Date.UTC(2026, 8, 1)), '01/09/2026', 46266]) {
      const r = read([HEAD, row('All pupils', { 1: cell })]);
      expect(only(r.problems)).toMatchObject({ row: 2, column: { letter: 'B', header: 'Half term' } });
      expect(r.problems[0]!.message).toContain('is a date; a half term is named Autumn 1');
    }
  });

  it('6. an empty sheet, and a sheet with headings only', () => {
    expect(only(read([]).problems).message).toContain('There are no figures in figures.csv: it is empty');
    const headingsOnly = only(read([HEAD]).problems);
    expect(headingsOnly.row).toBe(2);
    expect(headingsOnly.message).toContain('There are no figures under the headings in row 1');
  });

  it('7. a 10 MB file is refused before it is read', () => {
    const p = sniffAttendanceFile('big.csv', new Uint8Array(10 * 1024 * 1024));
    expect(p).toMatchObject({ sheet: 'big.csv' });
    expect((p as FileProblem).message).toBe(
      'big.csv is 10.0 MB; Steward reads attendance files of up to 2.0 MB. Six years of figures for every group is well under 100 KB: check it is the right file, or save just the attendance sheet.',
    );
    expect(sniffAttendanceFile('ok.csv', new Uint8Array(MAX_ATTENDANCE_FILE_BYTES).fill(65))).toBe('csv');
  });

  it('8. bytes that are not a spreadsheet (binary, a PDF, an old .xls, nothing)', () => {
    const binary = new Uint8Array(512).map((_, i) => (i * 37) % 256);
    expect((sniffAttendanceFile('photo.jpg', binary) as FileProblem).message).toContain('photo.jpg is not a spreadsheet');
    expect((sniffAttendanceFile('a.pdf', new TextEncoder().encode('%PDF-1.7 …')) as FileProblem).message).toContain('is a PDF');
    expect((sniffAttendanceFile('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0])) as FileProblem).message).toContain(
      'old-style Excel',
    );
    expect((sniffAttendanceFile('none.csv', new Uint8Array(0)) as FileProblem).message).toContain('none.csv is empty');
    expect(sniffAttendanceFile('book.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1]))).toBe('xlsx');
  });

  it('9. a group larger than the whole school', () => {
    const r = read([HEAD, row('All pupils'), row('Girls', { 3: 401 })]);
    expect(only(r.problems)).toMatchObject({ row: 3, column: { letter: 'D', header: 'Pupils on roll' } });
    expect(r.problems[0]!.message).toBe('Girls has 401 pupils, more than the 400 on roll in the whole school.');
    expect(read([HEAD, row('All pupils'), row('Girls', { 3: 400 })]).problems).toEqual([]);
  });

  it('10. a figure that is not a number, an empty required cell, and a negative', () => {
    const r = read([HEAD, row('All pupils', { 5: 'n/a', 7: '' }), row('Boys', { 6: -1 })]);
    expect(r.problems.map((p) => [p.row, p.column?.letter])).toEqual([
      [2, 'F'],
      [2, 'H'],
      [3, 'G'],
    ]);
    expect(r.problems[0]!.message).toContain('“n/a” is not a number');
    expect(r.problems[1]!.message).toBe('Unauthorised absence % is empty: give a figure.');
  });

  it('11. the same group twice in one half term, and a school year that does not read', () => {
    const twice = read([HEAD, row('All pupils'), row('Boys'), row('Male')]);
    expect(only(twice.problems)).toMatchObject({ row: 4, column: { letter: 'C' } });
    expect(twice.problems[0]!.message).toContain('Boys is given twice for Autumn 1 2026/27');
    const year = read([HEAD, row('All pupils', { 0: '2026/28' })]);
    expect(only(year.problems)).toMatchObject({ row: 2, column: { letter: 'A', header: 'School year' } });
  });

  it('12. two columns with the same meaning', () => {
    const r = read([
      [...HEAD, 'Attendance rate'],
      [...row('All pupils'), 93],
    ]);
    expect(only(r.problems)).toMatchObject({ row: 1, column: { letter: 'I', header: 'Attendance rate' } });
  });
});

describe('re-importing a half term replaces it', () => {
  const existing = (group: AttendanceFigure['group'], attendance: number, id: string): AttendanceFigure => ({
    id,
    schoolId: 's',
    createdAt: 'x',
    updatedAt: 'x',
    deleted: false,
    visibility: 'board',
    schoolYear: 2026,
    halfTerm: 'Autumn 1',
    group,
    attendance,
    persistentAbsence: 17.2,
    severeAbsence: 1.1,
    unauthorisedAbsence: 1.4,
    pupils: group === 'all' ? 400 : 100,
  });
  it('changes groups in place, adds new ones, removes the missing, and leaves other half terms alone', () => {
    const incoming = read([HEAD, row('All pupils'), row('Boys', { 4: 90 }), row('Girls')]).figures.map((f) => f.values);
    const other = { ...existing('all', 95, 'other'), halfTerm: 'Autumn 2' as const };
    const w = replaceFigures(incoming, [existing('all', 93.5, 'a'), existing('boys', 91, 'b'), existing('EAL', 92, 'e'), other]);
    expect(w.create.map((c) => c.group)).toEqual(['girls']);
    expect(w.update).toEqual([{ id: 'b', patch: { attendance: 90 } }]);
    expect(w.remove).toEqual(['e']);
    expect(w.lines).toEqual([
      'Autumn 1 2026/27: replaces the figures already entered — 1 added, 1 changed, 1 the same, 1 removed (English as an additional language).',
    ]);
  });
});
