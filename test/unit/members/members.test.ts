import { describe, expect, it } from 'vitest';
import type { Membership } from '../../../src/domain';
import {
  articled,
  roleName,
  hasProblems,
  inviteProblems,
  inviteTerms,
  inviteTokenFrom,
  inviteUrl,
  joinProblems,
  roleOf,
  whyNotManage,
} from '../../../src/features/members/members';

const member = (personId: string, role: Membership['role']): Membership =>
  ({
    id: `r-${personId}`,
    schoolId: 's',
    createdAt: '',
    updatedAt: '',
    deleted: false,
    visibility: 'board',
    personId,
    role,
    displayName: personId,
  }) as Membership;

describe('members: invitations and joining', () => {
  it('an invitation needs a valid email and one of the six roles', () => {
    expect(inviteProblems('', '')).toEqual({
      email: 'Enter the email address of the person to invite.',
      role: 'Choose the role they will have on the board.',
    });
    expect(inviteProblems('not an email', 'governor')).toEqual({ email: 'Enter a valid email address, like name@example.org.' });
    expect(inviteProblems(' new.governor@northgate.example ', 'governor')).toEqual({});
    expect(inviteProblems('a@b.example', 'king')).toEqual({ role: 'Choose the role they will have on the board.' });
    expect(hasProblems(inviteProblems('a@b.example', 'clerk'))).toBe(false);
  });

  it('joining needs a name, a password of at least 10 characters (the server’s rule) typed twice the same', () => {
    expect(joinProblems(' ', 'short', 'short')).toEqual({
      name: 'Enter your name, as the board will see it.',
      password: 'Choose a password of at least 10 characters.',
    });
    expect(joinProblems('Sam Patel', 'a long password', 'a long passwerd')).toEqual({
      confirm: 'The two passwords are not the same: type it again.',
    });
    expect(joinProblems('Sam Patel', 'a long password', 'a long password')).toEqual({});
    expect(joinProblems('x'.repeat(201), 'p'.repeat(201), '')).toEqual({
      name: 'Your name must be at most 200 characters.',
      password: 'A password can be at most 200 characters.',
    });
  });

  it('reads the token from the link’s fragment and makes the whole link on the server', () => {
    expect(inviteTokenFrom('#invite=abc_DEF-123')).toBe('abc_DEF-123');
    expect(inviteTokenFrom('')).toBeNull();
    expect(inviteTokenFrom('#other=1')).toBeNull();
    expect(inviteUrl('https://steward.example/', '/join#invite=abc')).toBe('https://steward.example/join#invite=abc');
  });

  it('says the link works once, until when (dd/mm/yyyy), and for whom', () => {
    expect(inviteTerms({ email: 'sam@example.org', role: 'officer', expiresAt: '2026-11-30T12:00:00.000Z' })).toBe(
      'This link works once and lasts 7 days (until 30/11/2026). Whoever opens it joins the board as an LA / trust officer, so pass it only to sam@example.org.',
    );
    expect(articled('governor')).toBe('a governor');
    expect(articled('headteacher')).toBe('a headteacher');
    expect(roleName('vice-chair')).toBe('vice-chair');
  });

  it('only a signed-in, online chair or clerk may manage members, and otherwise is told why', () => {
    const members = [member('p-chair', 'chair'), member('p-gov', 'governor')];
    expect(roleOf(members, 'p-chair')).toBe('chair');
    expect(roleOf(members, undefined)).toBeUndefined();
    expect(whyNotManage({ signedIn: true, online: true, role: 'chair' })).toBeNull();
    expect(whyNotManage({ signedIn: true, online: true, role: 'clerk' })).toBeNull();
    expect(whyNotManage({ signedIn: true, online: true, role: 'governor' })).toMatch(/^Only the chair or clerk/);
    expect(whyNotManage({ signedIn: true, online: false, role: 'chair' })).toMatch(/offline/);
    expect(whyNotManage({ signedIn: false, online: true, role: 'chair' })).toMatch(/signed in/);
  });
});
