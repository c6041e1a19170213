import type { Meeting, MeetingAction, MinuteItem } from '../meeting';
import type { IsoDate } from '../record';
import { shiftDate } from '../dates';
import { base, instant, wednesdayFrom, type DemoContext } from './context';
import type { BuiltAreas } from './areas';
import { demoPeople } from './school';

export interface BuiltMeetings {
  meetings: Meeting[];
  items: MinuteItem[];
  actions: MeetingAction[];
  /** The committee meeting already held. */
  past: Meeting;
  /** The next committee meeting. */
  next: Meeting;
}

const venue = 'School library, Northgate Primary School';

/** The committee meeting held on the day of the latest review (minutes approved), and the next one in about ten days. */
export function demoMeetings(ctx: DemoContext, plan: BuiltAreas, heldOn: IsoDate): BuiltMeetings {
  const p = demoPeople;
  const past: Meeting = {
    ...base(ctx),
    kind: 'School Improvement Committee',
    date: heldOn,
    time: '16:00',
    venue,
    present: [
      `${p.chair} (Chair)`,
      `${p.viceChair} (Vice-chair)`,
      `${p.governorA} (Governor)`,
      `${p.head} (Headteacher)`,
      `${p.officer} (Local authority officer)`,
      `${p.clerk} (Clerk)`,
    ],
    apologies: [`${p.governorB} (Governor)`],
    minutesStatus: 'approved',
    approvedAt: instant(shiftDate(heldOn, 5), '18:00'),
    approvedBy: p.chair,
  };
  const next: Meeting = {
    ...base(ctx),
    kind: 'School Improvement Committee',
    date: wednesdayFrom(ctx.day(7)),
    time: '16:00',
    venue,
    present: [],
    apologies: [],
    minutesStatus: 'not-started',
    approvedBy: '',
  };
  type ItemFields = Pick<MinuteItem, 'title' | 'discussion' | 'challenge' | 'decision'> & { area?: number; partB?: boolean };
  const fields: ItemFields[] = [
    {
      area: 1,
      title: 'Area for improvement 1: early reading and phonics',
      discussion:
        'The English lead reported that coaching now reaches every phonics teacher weekly and that keep-up sessions have restarted on most days.',
      challenge:
        'Governors asked what proportion of Year 1 pupils are on track for the phonics check, and how the school knows the keep-up sessions are working.',
      decision: 'Progress judged good. The next half-termly assessment results for pupils in keep-up groups to come to the next meeting.',
    },
    {
      area: 2,
      title: 'Area for improvement 2: attendance of disadvantaged pupils',
      discussion:
        'The headteacher presented the attendance annex: disadvantaged pupils’ attendance is improving slowly but remains more than five points below that of all pupils.',
      challenge:
        'Governors challenged the lack of home visits while the attendance officer post is vacant, and asked what the school would stop doing to free time for them.',
      decision:
        'Progress judged insufficient; the action on home visits is red for the second review running. The chair will raise it at the School of Concern meeting.',
    },
    {
      area: 3,
      title: 'Area for improvement 3: leadership and governance',
      discussion:
        'The local authority officer reported that both subject leaders have now led paired lesson visits, and their judgements matched hers.',
      challenge: 'Governors asked when they would receive the first half-termly summary of monitoring, which they have not yet had.',
      decision: 'Progress judged good. The deputy headteacher to send the summary a week before the next meeting.',
    },
    {
      partB: true,
      title: 'Part B: an individual pupil’s reduced timetable',
      discussion: 'The SENCo explained the plan for one pupil who has been on a reduced timetable for a full term.',
      challenge: 'Governors asked whether the family agreed with the plan and when the pupil would be back full time.',
      decision: 'The committee agreed the dated plan; the SENCo to report progress at the next meeting.',
    },
  ];
  const items: MinuteItem[] = fields.map((f, i) => {
    const item: MinuteItem = {
      ...base(ctx, f.partB ? 'partB' : 'board'),
      meetingId: past.id,
      position: i + 1,
      title: f.title,
      discussion: f.discussion,
      challenge: f.challenge,
      decision: f.decision,
    };
    if (f.area) item.areaId = plan.areaId(f.area);
    return item;
  });
  const firstDue = shiftDate(heldOn, 7);
  const actions: MeetingAction[] = [
    {
      ...base(ctx),
      meetingId: past.id,
      minuteItemId: items[1]!.id,
      description: 'Agree interim cover for third-day home visits with the local authority’s attendance service.',
      owner: `${p.head} (Headteacher)`,
      due: firstDue,
      status: firstDue < ctx.today ? 'done' : 'open',
    },
    {
      ...base(ctx),
      meetingId: past.id,
      minuteItemId: items[1]!.id,
      description: 'Bring punctuality figures for pupils who attend breakfast club to the next meeting.',
      owner: `${p.head} (Headteacher)`,
      due: next.date,
      status: 'open',
    },
  ];
  return { meetings: [past, next], items, actions, past, next };
}
