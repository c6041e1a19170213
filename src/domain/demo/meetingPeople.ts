import type { Attendee } from '../meeting';
import { demoPeople } from './school';

export const venue = 'School library, Northgate Primary School';

/** Who the committee invites: five governors (the headteacher among them) count for the quorum; the officer and clerk do not. */
export function committeeAttendees(): Attendee[] {
  const p = demoPeople;
  const member = (name: string, office: string): Attendee => ({ name, office, member: true, attendance: 'expected' });
  const visitor = (name: string, office: string): Attendee => ({ name, office, member: false, attendance: 'expected' });
  return [
    member(p.chair, 'Chair'),
    member(p.viceChair, 'Vice-chair'),
    member(p.governorA, 'Governor'),
    member(p.governorB, 'Governor'),
    member(p.head, 'Headteacher'),
    visitor(p.officer, 'Local authority officer'),
    visitor(p.clerk, 'Clerk'),
  ];
}

/** Who the School of Concern meeting invites (seed 003, Appendix 3). */
export function socAttendees(): Attendee[] {
  const p = demoPeople;
  return [
    { name: 'Assistant Director of Education', office: 'Chair of the meeting', member: false, attendance: 'expected' },
    { name: p.head, office: 'Headteacher', member: true, attendance: 'expected' },
    { name: p.chair, office: 'Chair of governors', member: true, attendance: 'expected' },
    { name: p.officer, office: 'Lead local authority officer', member: false, attendance: 'expected' },
  ];
}
