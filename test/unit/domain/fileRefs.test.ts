import { describe, expect, it } from 'vitest';
import { describeFile, fileRefsOf, recordKindNames, kindsWithFiles } from '../../../src/domain';

const ref = (n: number, over: Record<string, unknown> = {}) => ({
  sha256: String(n).repeat(64).slice(0, 64),
  name: `photo ${n}.jpg`,
  type: 'image/jpeg',
  bytes: 1000 + n,
  ...over,
});

describe('fileRefsOf', () => {
  it('F1 finds the file of a photo or document piece of evidence', () => {
    expect(fileRefsOf('evidence', { kind: 'photo', file: ref(1) })).toEqual([ref(1)]);
    expect(fileRefsOf('evidence', { kind: 'note', text: 'No file' })).toEqual([]);
  });

  it('F1 finds a checklist answer’s photos and the photos of a photo answer, each once', () => {
    const data = { photos: [ref(1), ref(2)], answer: { type: 'photo', value: [ref(3), ref(1)] } };
    expect(fileRefsOf('visitResponses', data).map((r) => r.sha256)).toEqual([ref(1), ref(2), ref(3)].map((r) => r.sha256));
    expect(fileRefsOf('visitResponses', { answer: { type: 'text', value: 'photos' } })).toEqual([]);
  });

  it('F1 works on a merge patch (only the fields changed) and leaves out what is not a file reference', () => {
    expect(fileRefsOf('visitResponses', { photos: [ref(4)], updatedAt: '2026-11-23T10:00:00.000Z' })).toEqual([ref(4)]);
    expect(fileRefsOf('visitResponses', { photos: [ref(5, { sha256: 'not a hash' }), null, 'x'], answer: null })).toEqual([]);
    expect(fileRefsOf('evidence', { file: { sha256: 'A'.repeat(64), name: 'x', type: 'y', bytes: 1 } })).toEqual([]);
  });

  it('F1 other kinds refer to no files, even with a field of the same name', () => {
    for (const kind of recordKindNames.filter((k) => !kindsWithFiles.includes(k)))
      expect(fileRefsOf(kind, { file: ref(1), photos: [ref(2)] })).toEqual([]);
  });

  it('names a file in words', () => {
    expect(describeFile(ref(1))).toBe('the photo “photo 1.jpg”');
    expect(describeFile({ name: 'Minutes.pdf', type: 'application/pdf' })).toBe('the document “Minutes.pdf”');
  });
});
