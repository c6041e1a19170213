import { describe, expect, it } from 'vitest';
import {
  describeChange,
  fieldLabel,
  listInWords,
  missingTemplateRows,
  templatePerformanceRows,
  ukDateTime,
  whoChanged,
} from '../../../src/domain';

describe('history in words', () => {
  it('says who: the name given, or someone on this device', () => {
    expect(whoChanged('Asha Khan')).toBe('Asha Khan');
    expect(whoChanged('  ')).toBe('someone on this device');
  });
  it('shows when as dd/mm/yyyy hh:mm in the device’s time zone', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    for (const at of ['2026-11-23T09:05:00.000Z', '2026-07-01T23:30:00.000Z', '2026-12-31T23:59:00.000Z']) {
      const d = new Date(at);
      expect(ukDateTime(at)).toBe(
        `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`,
      );
    }
    expect(ukDateTime('nonsense')).toBe('nonsense');
  });
  it('names fields in words, per kind', () => {
    expect(fieldLabel('actions', 'successCriteria')).toBe('success criteria');
    expect(fieldLabel('actions', 'description')).toBe('action');
    expect(fieldLabel('areas', 'title')).toBe('area title');
    expect(fieldLabel('visits', 'somethingNew')).toBe('something new');
  });
  it('joins lists the English way', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
  it('says what a change did', () => {
    expect(describeChange({ kind: 'actions', op: 'create', fields: {} })).toBe('Added');
    expect(describeChange({ kind: 'actions', op: 'delete', fields: { deleted: true } })).toBe('Deleted');
    expect(describeChange({ kind: 'actions', op: 'update', fields: { archived: true, updatedAt: 'x' } })).toBe('Archived');
    expect(describeChange({ kind: 'actions', op: 'update', fields: { archived: false, updatedAt: 'x' } })).toBe(
      'Brought back from the archive',
    );
    expect(describeChange({ kind: 'actions', op: 'update', fields: { deleted: false, updatedAt: 'x' } })).toBe('Restored');
    expect(describeChange({ kind: 'milestones', op: 'update', fields: { metOn: '2026-12-01', updatedAt: 'x' } })).toBe(
      'Marked met on 01/12/2026',
    );
    expect(describeChange({ kind: 'milestones', op: 'update', fields: { metOn: null, updatedAt: 'x' } })).toBe('Marked not met');
    expect(describeChange({ kind: 'actions', op: 'update', fields: { position: 2, updatedAt: 'x' } })).toBe('Moved to place 2');
    expect(describeChange({ kind: 'areas', op: 'update', fields: { number: 3, updatedAt: 'x' } })).toBe('Moved to place 3');
    expect(
      describeChange({
        kind: 'actions',
        op: 'update',
        fields: { lead: 'Mrs Patel', finish: '2027-01-31', status: 'in-progress', successCriteria: 'x'.repeat(61), updatedAt: 'x' },
      }),
    ).toBe('Changed the lead to “Mrs Patel”, the finish to 31/01/2027, the status to In progress and the success criteria');
    expect(
      describeChange({ kind: 'performanceRows', op: 'update', fields: { targetThisYear: null, higherIsBetter: false, updatedAt: 'x' } }),
    ).toBe('Changed the target this year to blank and the direction to lower is better');
    expect(describeChange({ kind: 'actions', op: 'update', fields: { archived: true, lead: 'B', updatedAt: 'x' } })).toBe(
      'Archived; changed the lead to “B”',
    );
    expect(describeChange({ kind: 'actions', op: 'update', fields: { updatedAt: 'x' } })).toBe('Saved with no visible change');
  });
});

describe('the template’s performance rows', () => {
  it('covers the seed’s measures, persistent absence lower-is-better', () => {
    expect(templatePerformanceRows.map((r) => r.group)).toEqual([
      'EYFS',
      'Phonics',
      'Phonics',
      'KS1',
      'KS2',
      'Attendance',
      'Attendance',
      'Quality of teaching',
    ]);
    expect(templatePerformanceRows.filter((r) => !r.higherIsBetter).map((r) => r.measure)).toEqual([
      'Persistent absence (missing 10% or more of sessions)',
    ]);
  });
  it('adds only the rows a table lacks (same group and measure, any case)', () => {
    expect(missingTemplateRows([])).toHaveLength(templatePerformanceRows.length);
    const missing = missingTemplateRows([
      { group: 'EYFS', measure: ' good level of DEVELOPMENT ' },
      { group: 'KS2', measure: 'Good level of development' },
    ]);
    expect(missing).toHaveLength(templatePerformanceRows.length - 1);
    expect(missing.some((r) => r.group === 'EYFS')).toBe(false);
  });
});
