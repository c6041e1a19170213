// A draft committee meeting's fields, for the meetings tests.
export const meetingInput = (date: string) => ({
  kind: 'School Improvement Committee' as const,
  date,
  time: '16:00',
  venue: 'Library',
  attendees: [{ name: 'Helen Whitfield', office: 'Chair', member: true, attendance: 'present' as const }],
  quorum: 1,
  declarations: '',
  papers: [],
  confidentialItems: 0,
  minutesStatus: 'draft' as const,
  approvedBy: '',
});
