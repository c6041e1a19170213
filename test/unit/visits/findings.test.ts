import { describe, expect, it } from 'vitest';
import { findingEvidence, sameEvidence, type Evidence } from '../../../src/domain';
import { aResponse, aTemplate, aVisit, AT, photoRef, testId } from './helpers';

const visit = aVisit({ date: '2026-11-23' });
const [yesItem, , , , photoItem] = aTemplate().sections[0]!.items;
const action = testId();

const saved = (d: ReturnType<typeof findingEvidence>[number]): Evidence => ({
  ...d,
  id: testId(),
  schoolId: visit.schoolId,
  createdAt: AT,
  updatedAt: AT,
  deleted: false,
  visibility: 'board',
});

describe('a finding tied to actions becomes evidence', () => {
  it('makes nothing when the finding is tied to no action', () => {
    expect(findingEvidence(visit, yesItem!, aResponse(visit, { itemId: 'yes', note: 'x' }))).toEqual([]);
  });
  it('makes one note, titled by the visit and item, with the answer and note, supporting each action', () => {
    const [note, ...more] = findingEvidence(
      visit,
      yesItem!,
      aResponse(visit, { itemId: 'yes', answer: { type: 'yes-partly-no', value: 'no' }, note: 'Not in Year 2.', actionIds: [action] }),
    );
    expect(more).toEqual([]);
    expect(note).toEqual({
      kind: 'note',
      title: 'Learning walk, 23/11/2026: Same routines',
      text: 'Answer: No. Not in Year 2.',
      recordedBy: 'Aisha Begum',
      recordedAt: AT,
      supports: [action],
      visitId: visit.id,
    });
  });
  it('falls back to the item when nothing was written, so a note is never empty', () => {
    expect(findingEvidence(visit, yesItem!, aResponse(visit, { itemId: 'yes', actionIds: [action] }))[0]!.text).toBe('Same routines');
  });
  it('makes one photo record per photo, with the file reference (never the bytes)', () => {
    const response = aResponse(visit, {
      itemId: 'snap',
      answer: { type: 'photo', value: [photoRef(1), photoRef(2)] },
      note: 'Library corner',
      actionIds: [action],
    });
    const made = findingEvidence(visit, photoItem!, response);
    expect(made.map((e) => [e.kind, e.file?.sha256, e.text])).toEqual([
      ['photo', photoRef(1).sha256, 'Library corner'],
      ['photo', photoRef(2).sha256, 'Library corner'],
    ]);
  });
  it('knows when saved evidence still says what the finding says (order and time aside)', () => {
    const response = aResponse(visit, {
      itemId: 'snap',
      answer: { type: 'photo', value: [photoRef(1), photoRef(2)] },
      actionIds: [action],
    });
    const drafts = findingEvidence(visit, photoItem!, response);
    const stored = drafts
      .map(saved)
      .reverse()
      .map((e) => ({ ...e, recordedAt: '2026-11-24T10:00:00.000Z' }));
    expect(sameEvidence(stored, drafts)).toBe(true);
    expect(sameEvidence(stored.slice(1), drafts)).toBe(false);
    expect(sameEvidence([{ ...stored[0]!, deleted: true }, stored[1]!], drafts)).toBe(false);
    expect(sameEvidence(stored, findingEvidence(visit, photoItem!, { ...response, note: 'changed' }))).toBe(false);
  });
});
