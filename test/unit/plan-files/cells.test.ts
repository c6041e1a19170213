import { describe, expect, it } from 'vitest';
import { cellDate, cellText, columnLetter, readPlanSheets, sniffFile, decodeText, problemPlace } from '../../../src/domain/planFiles';
import { romanFor } from '../../../src/domain';
import { positionOfRoman, cellNumber, cellLines } from '../../../src/domain/planFiles/cells';

describe('reading cells', () => {
  it('column letters', () => {
    expect([0, 9, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'J', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('dates: real spreadsheet dates, serial numbers, dd/mm/yyyy and yyyy-mm-dd; nothing else', () => {
    expect(cellDate(new Date('2026-09-01T00:00:00.000Z'))).toBe('2026-09-01');
    expect(cellDate(46266)).toBe('2026-09-01');
    expect(cellDate('1/9/2026')).toBe('2026-09-01');
    expect(cellDate(' 01/09/2026 ')).toBe('2026-09-01');
    expect(cellDate('2026-09-01')).toBe('2026-09-01');
    expect(cellDate('29/02/2028')).toBe('2028-02-29');
    for (const bad of ['29/02/2027', '2026-02-30', '13/13/2026', '01-09-2026', 'next week', '', 5, 46266.5, null, new Date('x')])
      expect(cellDate(bad), String(bad)).toBeNull();
  });

  it('text, numbers and lists', () => {
    expect(cellText(new Date('2026-09-01T00:00:00.000Z'))).toBe('01/09/2026');
    expect(cellText(true)).toBe('Yes');
    expect(cellText(' a\r\nb ')).toBe('a\nb');
    expect([58, '58', '67.7', '58%', ' 0 '].map(cellNumber)).toEqual([58, 58, 67.7, 58, 0]);
    expect(['', 'n/a', '5e2', Number.NaN].map(cellNumber)).toEqual([null, null, null, null]);
    expect(cellLines('• one\n- two\n\n1. three\n   four  ')).toEqual(['one', 'two', 'three', 'four']);
  });

  it('roman numerals only as written the usual way', () => {
    expect(['i', 'iv', 'ix', 'xiv', 'xl'].map((r) => positionOfRoman(r, romanFor))).toEqual([1, 4, 9, 14, 40]);
    expect(['iiii', 'vx', 'ic', 'a'].map((r) => positionOfRoman(r, romanFor))).toEqual([null, null, null, null]);
  });

  it('file kinds from their bytes, and text in UTF-8 or Windows-1252', () => {
    expect(sniffFile('a.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1]))).toBe('zip');
    expect(sniffFile('a.csv', new TextEncoder().encode('Area,Need code\n1,1a\n'))).toBe('text');
    expect(sniffFile('a.pdf', new TextEncoder().encode('%PDF-1.7'))).toMatchObject({ message: /is a PDF/ });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
    expect(decodeText(new Uint8Array([0xa3, 0x35, 0x30, 0x92, 0x73]))).toBe('£50’s');
  });

  it('says where a problem is', () => {
    expect(problemPlace({ sheet: 'Actions', row: 7, column: { letter: 'J', header: 'Start' }, message: '' })).toBe(
      'Actions sheet, row 7, column J (Start)',
    );
    expect(problemPlace({ sheet: 'actions.csv', row: 1, message: '' })).toBe('actions.csv, row 1');
    expect(problemPlace({ sheet: 'plan.json', path: 'actions[3].finish', message: '' })).toBe('plan.json, at actions[3].finish');
    expect(problemPlace({ sheet: '', message: '' })).toBe('The file');
  });
});

describe('reading the Actions sheet', () => {
  const ctx = { schoolId: '0190a000-0000-7000-8000-000000000001', now: '2026-11-23T10:00:00.000Z', makeId: () => crypto.randomUUID() };
  const headings = ['Area', 'Area title', 'Need code', 'Improvement needed', 'Action code', 'Action', 'Start', 'Finish'];
  const plan = {
    name: 'Plan',
    rows: [
      ['Field', 'Value'],
      ['Title', 'P'],
      ['Start', '01/09/2026'],
      ['End', '31/07/2027'],
    ],
  };
  const read = (...rows: (string | number | null)[][]) =>
    readPlanSheets([plan, { name: 'Actions', rows: [headings, ...rows] }], false, ctx);

  it('a title given twice differently is a problem, and the area’s rows are left out of a partial import', () => {
    const r = read(
      [1, 'Reading', '1a', 'Phonics', '(i)', 'Train', '01/09/2026', '01/10/2026'],
      [1, 'Writing', '1a', null, '(ii)', 'Check', '01/09/2026', '01/10/2026'],
      [2, 'Maths', '2a', 'Number', 'i', 'Count', '01/09/2026', '01/10/2026'],
    );
    expect(r.problems.map((p) => [p.row, p.column?.header, p.message])).toEqual([
      [
        3,
        'Area title',
        'Area 1 is called "Reading" on row 2 but "Writing" here. Write its title once, on its first row, or the same on every row.',
      ],
    ]);
    expect(r.rows).toEqual({ total: 6, valid: 4 }); // the Plan sheet's three rows, and area 2's row
    expect(r.incoming!.areas.map((a) => a.number)).toEqual([2]);
    expect(r.incoming!.actions).toHaveLength(1);
  });

  it('an action without a need code joins the need, a code that is not roman is the plan’s own, and a need code from another area is refused', () => {
    const r = read(
      [1, 'Reading', null, null, '(i)', 'Train', '01/09/2026', '01/10/2026'],
      [1, null, '1a', 'Phonics', 'one', 'Train', '01/09/2026', '01/10/2026'],
      [1, null, '1a', null, '2a(ii)', 'Check', '01/09/2026', '01/10/2026'],
    );
    expect(r.problems.map((p) => p.message)).toEqual(['Action code 2a(ii) does not fit need 1a. Under 1a the codes are 1a(i), 1a(ii)…']);
  });
});
