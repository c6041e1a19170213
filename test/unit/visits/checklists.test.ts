import { describe, expect, it } from 'vitest';
import { builtInChecklists, check, ChecklistTemplateSchema, templateItems } from '../../../src/domain';
import { baseFields } from '../domain/helpers';

const byKey = (key: string) => builtInChecklists.find((c) => c.templateKey === key)!;
const ids = (key: string) => templateItems(byKey(key)).map(({ item }) => item.id);

describe('built-in checklists', () => {
  it('are at least four, each a valid template with its own key', () => {
    expect(builtInChecklists.length).toBeGreaterThanOrEqual(4);
    expect(new Set(builtInChecklists.map((c) => c.templateKey)).size).toBe(builtInChecklists.length);
    for (const c of builtInChecklists) {
      const result = check(ChecklistTemplateSchema, { ...baseFields(), ...c, builtIn: true });
      expect(result.ok ? [] : result.problems, c.title).toEqual([]);
    }
  });

  it('never reuse an item id across checklists (answers are matched by it)', () => {
    const all = builtInChecklists.flatMap((c) => templateItems(c).map(({ item }) => item.id));
    expect(new Set(all).size).toBe(all.length);
  });

  it('cover safeguarding and culture: sign-in, ID and lanyards, escorts, site security, who pupils would tell, online safety', () => {
    expect(ids('builtin-safeguarding-culture')).toEqual(
      expect.arrayContaining(['sg-sign-in', 'sg-lanyard', 'sg-staff-id', 'sg-escort', 'sg-gates', 'sg-who-tell', 'sg-online-seen']),
    );
  });

  it('cover behaviour and attendance: arrival, lateness, registers, corridors, lunchtime, the policy, attendance messages', () => {
    expect(ids('builtin-behaviour-attendance')).toEqual(
      expect.arrayContaining([
        'ba-greet',
        'ba-late-signed',
        'ba-registers',
        'ba-calm-movement',
        'ba-lunch-supervised',
        'ba-same-language',
        'ba-messages',
      ]),
    );
  });

  it('cover early reading: books matched to phonics, the weakest readers, reading culture, a visible sequence, and a photo item', () => {
    expect(ids('builtin-early-reading')).toEqual(
      expect.arrayContaining(['er-books-matched', 'er-keep-up', 'er-read-more', 'er-book-areas', 'er-sequence-visible']),
    );
    expect(templateItems(byKey('builtin-early-reading')).some(({ item }) => item.type === 'photo')).toBe(true);
  });

  it('cover SEND, inclusion and pupil voice, with every kind of answer somewhere', () => {
    expect(ids('builtin-send-inclusion')).toEqual(expect.arrayContaining(['si-in-class', 'si-independence', 'si-safe', 'si-words']));
    const types = new Set(builtInChecklists.flatMap((c) => templateItems(c).map(({ item }) => item.type)));
    expect(types).toEqual(new Set(['yes-partly-no', 'rating', 'number', 'text', 'photo']));
  });

  it('remind governors never to photograph pupils where a photo is asked for', () => {
    for (const c of builtInChecklists)
      for (const { item } of templateItems(c)) if (item.type === 'photo') expect(item.hint).toMatch(/never pupils/i);
  });
});
