import { describe, expect, it } from 'vitest';
import {
  answerText,
  checklistProgress,
  firstTemplateVersion,
  isAnswered,
  latestTemplates,
  nextTemplateVersion,
  reportNext,
  reportsForPapers,
  templateProblemText,
  templateVersions,
  visitAttention,
  visitsNeedingAttention,
} from '../../../src/domain';
import { aResponse, aTemplate, aVisit, photoRef } from './helpers';

describe('template versions', () => {
  const v1 = aTemplate();
  const v2 = aTemplate({ version: 2, title: 'Reading, revised' });
  const built = aTemplate({ templateKey: 'builtin-x', title: 'Zebra crossing', builtIn: true });
  const retired = aTemplate({ templateKey: 'old', title: 'Old', version: 3, retired: true });

  it('offers the newest version of each, built-in first, leaving out retired and deleted ones', () => {
    const gone = aTemplate({ templateKey: 'gone', title: 'Gone', deleted: true });
    expect(latestTemplates([v1, v2, built, retired, gone]).map((t) => t.id)).toEqual([built.id, v2.id]);
    expect(latestTemplates([v1, v2, retired], true).map((t) => t.title)).toEqual(['Old', 'Reading, revised']);
    expect(templateVersions([v1, built, v2], 'reading').map((t) => t.version)).toEqual([2, 1]);
  });

  it('saves a change as the next version with the same key and the same item ids', () => {
    const next = nextTemplateVersion(v2, { title: '  Reading 3 ', purpose: '', sections: v2.sections });
    expect(next).toMatchObject({ templateKey: 'reading', version: 3, title: 'Reading 3', builtIn: false, retired: false });
    expect(next.sections[0]!.items.map((i) => i.id)).toEqual(v2.sections[0]!.items.map((i) => i.id));
    expect(nextTemplateVersion(v2, v2, true).retired).toBe(true);
    expect(firstTemplateVersion('k', v1)).toMatchObject({ templateKey: 'k', version: 1, builtIn: false });
  });

  it('refuses to change a built-in checklist (adapt a copy instead)', () => {
    expect(() => nextTemplateVersion(built, built)).toThrow(/adapt a copy/);
  });

  it('says where a problem in a template is, in words', () => {
    expect(
      templateProblemText([
        { field: 'sections.1.items.0.prompt', message: 'Item is required' },
        { field: 'sections.0.title', message: 'Section title is required' },
        { field: 'title', message: 'Template title is required' },
      ]),
    ).toEqual(['Section 2, item 1: Item is required', 'Section 1: Section title is required', 'Title: Template title is required']);
  });
});

describe('answers and progress', () => {
  const visit = aVisit();
  it('reads each kind of answer as words', () => {
    expect(answerText({ type: 'yes-partly-no', value: 'not-seen' })).toBe('Not seen');
    expect(answerText({ type: 'rating', value: 3 })).toBe('3: Mostly in place');
    expect(answerText({ type: 'number', value: 0 })).toBe('0');
    expect(answerText({ type: 'photo', value: [photoRef(1), photoRef(2)] })).toBe('2 photos');
    expect(answerText(undefined)).toBe('');
  });
  it('counts an item recorded once it has an answer, a note or a photo (not blank text or none)', () => {
    expect(isAnswered(aResponse(visit, { itemId: 'a' }))).toBe(false);
    expect(isAnswered(aResponse(visit, { itemId: 'a', answer: { type: 'text', value: '  ' } }))).toBe(false);
    expect(isAnswered(aResponse(visit, { itemId: 'a', note: 'Seen' }))).toBe(true);
    expect(isAnswered(aResponse(visit, { itemId: 'a', photos: [photoRef()] }))).toBe(true);
    expect(isAnswered(aResponse(visit, { itemId: 'a', answer: { type: 'number', value: 0 } }))).toBe(true);
    expect(isAnswered(aResponse(visit, { itemId: 'a', note: 'x', deleted: true }))).toBe(false);
  });
  it('measures progress against the items of the version, ignoring answers to items it does not have', () => {
    const responses = [
      aResponse(visit, { itemId: 'yes', answer: { type: 'yes-partly-no', value: 'yes' } }),
      aResponse(visit, { itemId: 'elsewhere', note: 'x' }),
    ];
    expect(checklistProgress(aTemplate(), responses)).toEqual({ answered: 1, total: 5 });
  });
});

describe('visits due and overdue', () => {
  const today = '2026-11-23';
  it('is overdue the day after its date, due from today to 7 days ahead, and neither when done or cancelled', () => {
    expect(visitAttention({ date: '2026-11-22', status: 'planned' }, today)).toBe('overdue');
    expect(visitAttention({ date: '2026-11-22', status: 'in-progress' }, today)).toBe('overdue');
    expect(visitAttention({ date: today, status: 'planned' }, today)).toBe('due');
    expect(visitAttention({ date: '2026-11-30', status: 'planned' }, today)).toBe('due');
    expect(visitAttention({ date: '2026-12-01', status: 'planned' }, today)).toBeNull();
    expect(visitAttention({ date: '2026-11-01', status: 'complete' }, today)).toBeNull();
    expect(visitAttention({ date: '2026-11-01', status: 'cancelled' }, today)).toBeNull();
  });
  it('lists overdue first, oldest first, then due, soonest first', () => {
    const visits = ['2026-11-25', '2026-11-20', '2026-11-24', '2026-11-10'].map((date) => ({ date, status: 'planned' as const }));
    expect(visitsNeedingAttention(visits, today).map((x) => `${x.state} ${x.visit.date}`)).toEqual([
      'overdue 2026-11-10',
      'overdue 2026-11-20',
      'due 2026-11-24',
      'due 2026-11-25',
    ]);
  });
});

describe('the report', () => {
  it('goes draft → with the head → agreed → filed, and the head can send it back to draft', () => {
    expect(reportNext).toEqual({ draft: ['with-head'], 'with-head': ['agreed', 'draft'], agreed: ['filed'], filed: [] });
  });
  it('is in the papers for a meeting when agreed or filed, from a visit after the last one and by the meeting', () => {
    const done = (date: string, status: 'draft' | 'with-head' | 'agreed' | 'filed') =>
      aVisit({ date, status: 'complete', report: { ...aVisit().report, status } });
    const visits = [
      done('2026-10-01', 'agreed'),
      done('2026-10-20', 'filed'),
      done('2026-10-21', 'with-head'),
      done('2026-11-30', 'agreed'),
      aVisit({ date: '2026-10-22' }),
    ];
    expect(reportsForPapers(visits, '2026-10-01', '2026-11-25').map((v) => v.date)).toEqual(['2026-10-20']);
    expect(reportsForPapers(visits, undefined, '2026-11-25').map((v) => v.date)).toEqual(['2026-10-01', '2026-10-20']);
  });
});
