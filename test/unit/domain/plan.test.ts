import { describe, expect, it } from 'vitest';
import { actionCode, letterFor, needCode, romanFor } from '../../../src/domain/plan';

describe('plan codes', () => {
  it('letters improvement-needed rows a to z, then aa', () => {
    expect(letterFor(1)).toBe('a');
    expect(letterFor(2)).toBe('b');
    expect(letterFor(26)).toBe('z');
    expect(letterFor(27)).toBe('aa');
    expect(letterFor(28)).toBe('ab');
    expect(letterFor(52)).toBe('az');
    expect(letterFor(53)).toBe('ba');
  });
  it('numbers actions in lower-case roman numerals', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(romanFor)).toEqual([
      'i',
      'ii',
      'iii',
      'iv',
      'v',
      'vi',
      'vii',
      'viii',
      'ix',
      'x',
      'xi',
      'xii',
    ]);
    expect(romanFor(14)).toBe('xiv');
    expect(romanFor(40)).toBe('xl');
  });
  it('builds the codes governors read', () => {
    expect(needCode(1, 1)).toBe('1a');
    expect(actionCode(1, 2, 3)).toBe('1b(iii)');
    expect(actionCode(3, 27, 9)).toBe('3aa(ix)');
  });
});
