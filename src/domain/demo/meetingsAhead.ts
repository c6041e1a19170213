import type { Meeting, MinuteItem } from '../meeting';
import type { EscalationRecord } from '../escalation';
import type { IsoDate } from '../record';
import type { CommitteeAgendaInput } from '../agenda';
import { committeeAgenda, socAgenda } from '../agenda';
import { standingSummary } from '../escalation';
import { defaultPapers } from '../meetingRules';
import { shiftDate } from '../dates';
import { base, instant, wednesdayFrom, type DemoContext } from './context';
import { demoPeople } from './school';
import { committeeAttendees, socAttendees, venue } from './meetingPeople';

const meetingBase = (ctx: DemoContext): Omit<Meeting, 'kind' | 'date'> => ({
  ...base(ctx),
  time: '16:00',
  venue,
  attendees: [],
  quorum: 3,
  declarations: '',
  papers: [],
  confidentialItems: 0,
  minutesStatus: 'not-started',
  approvedBy: '',
});

/** The full board's meeting a week after the committee's, which approved the committee's minutes; its own are in draft. */
export function demoBoardMeeting(ctx: DemoContext, held: Meeting): Meeting {
  const date = shiftDate(held.date, 7);
  return {
    ...meetingBase(ctx),
    kind: 'Full governing board',
    date,
    time: '18:00',
    quorum: 4,
    attendees: committeeAttendees().map((a) => ({ ...a, attendance: 'present' })),
    minutesStatus: 'draft',
  };
}

/** The approval the board's meeting recorded: the chair signed the committee's minutes. */
export const approvedAt = (held: Meeting, at: Meeting): Partial<Meeting> => ({
  minutesStatus: 'approved',
  approvedAt: instant(at.date, '18:20'),
  approvedBy: demoPeople.chair,
  approvedAtMeetingId: at.id,
});

/** The school's standing: category 4 since the inspection, and a letter of concern after the committee judged attendance insufficient. */
export function demoEscalation(ctx: DemoContext, ofstedDate: IsoDate, letterOn: IsoDate, socDate: IsoDate): EscalationRecord[] {
  return [
    {
      ...base(ctx),
      type: 'risk-category',
      date: shiftDate(ofstedDate, 30),
      category: 4,
      reason: 'Ofsted judged the school Requires improvement, and Key Stage 2 reading and attendance fell for a second year.',
      outcome: '',
    },
    {
      ...base(ctx),
      type: 'warning-letter',
      date: letterOn,
      reason: 'Insufficient progress on the attendance of disadvantaged pupils at two reviews running.',
      deadline: socDate,
      outcome: '',
    },
  ];
}

/** This half term's committee meeting, its agenda built from the board's data and its members invited: ready to minute. */
export function demoNextCommittee(ctx: DemoContext, agendaFrom: Omit<CommitteeAgendaInput, 'meeting'>) {
  const meeting: Meeting = {
    ...meetingBase(ctx),
    kind: 'School Improvement Committee',
    date: wednesdayFrom(ctx.day(7)),
    attendees: committeeAttendees(),
  };
  const items: MinuteItem[] = committeeAgenda({ ...agendaFrom, meeting }).map((d, i) => ({
    ...base(ctx),
    meetingId: meeting.id,
    position: i + 1,
    title: d.title,
    itemKind: d.itemKind,
    papers: d.papers,
    discussion: '',
    decision: '',
    ...(d.areaId ? { areaId: d.areaId } : {}),
  }));
  return { meeting, items };
}

/** The termly School of Concern meeting, with its agenda (the standing first) and the papers checklist, one paper sent. */
export function demoSocMeeting(ctx: DemoContext, date: IsoDate, standing: EscalationRecord[], areas: CommitteeAgendaInput['areas']) {
  const meeting: Meeting = {
    ...meetingBase(ctx),
    kind: 'School of Concern meeting',
    date,
    time: '10:00',
    venue: 'Civic Office, Northgate Borough Council',
    attendees: socAttendees(),
    quorum: 2,
    papers: defaultPapers().map((p, i) => (i === 0 ? { ...p, sentOn: ctx.day(-1) } : p)),
  };
  const items: MinuteItem[] = socAgenda({ standing: standingSummary(standing), areas }).map((d, i) => ({
    ...base(ctx),
    meetingId: meeting.id,
    position: i + 1,
    title: d.title,
    itemKind: d.itemKind,
    papers: d.papers,
    discussion: '',
    decision: '',
  }));
  return { meeting, items };
}
