import type { Meeting, MeetingAction, MinuteItem } from '../meeting';
import type { ChallengeRecord } from '../attendance';
import type { IsoDate } from '../record';
import { shiftDate } from '../dates';
import { base, instant, type DemoContext } from './context';
import type { BuiltAreas } from './areas';
import { demoPeople } from './school';
import { committeeAttendees, venue } from './meetingPeople';

export interface HeldMeeting {
  meeting: Meeting;
  items: MinuteItem[];
  actions: MeetingAction[];
  challenges: ChallengeRecord[];
}

type ItemFields = Pick<MinuteItem, 'title' | 'discussion' | 'decision'> & {
  area?: number;
  partB?: boolean;
  challenge?: { question: string; askedBy: string; answer: string; action: string };
};

const minuted: ItemFields[] = [
  {
    area: 1,
    title: 'Area for improvement 1: early reading and phonics',
    discussion:
      'The English lead reported that coaching now reaches every phonics teacher weekly and that keep-up sessions have restarted on most days.',
    challenge: {
      question:
        'What proportion of Year 1 pupils are on track for the phonics check, and how does the school know the keep-up sessions are working?',
      askedBy: 'Vice-chair',
      answer: 'About two thirds are on track; the half-termly assessment of keep-up groups will show whether the sessions close the gap.',
      action: '1a(i)',
    },
    decision: 'Progress judged good. The next half-termly assessment results for pupils in keep-up groups to come to the next meeting.',
  },
  {
    area: 2,
    title: 'Area for improvement 2: attendance of disadvantaged pupils',
    discussion:
      'The headteacher presented the attendance annex: disadvantaged pupils’ attendance is improving slowly but remains more than five points below that of all pupils.',
    challenge: {
      question:
        'Why have home visits stopped while the attendance officer post is vacant, and what will the school stop doing to free time for them?',
      askedBy: 'Governor',
      answer:
        'The deputy headteacher covers first-day calls; home visits need a second adult, and cover is being sought from the local authority.',
      action: '2b(i)',
    },
    decision:
      'Progress judged insufficient; the action on home visits is red for the second review running. The chair will raise it at the School of Concern meeting.',
  },
  {
    area: 3,
    title: 'Area for improvement 3: leadership and governance',
    discussion:
      'The local authority officer reported that both subject leaders have now led paired lesson visits, and their judgements matched hers.',
    decision: 'Progress judged good. The deputy headteacher to send the half-termly summary of monitoring a week before the next meeting.',
  },
  {
    partB: true,
    title: 'Part B: an individual pupil’s reduced timetable',
    discussion: 'The SENCo explained the plan for one pupil who has been on a reduced timetable for a full term.',
    decision: 'The committee agreed the dated plan; the SENCo to report progress at the next meeting.',
  },
];

/** Last half term's committee meeting, minuted, with two challenges tied to plan actions and two actions agreed. */
export function demoHeldMeeting(ctx: DemoContext, plan: BuiltAreas, heldOn: IsoDate): HeldMeeting {
  const p = demoPeople;
  const meeting: Meeting = {
    ...base(ctx),
    kind: 'School Improvement Committee',
    date: heldOn,
    time: '16:00',
    venue,
    attendees: committeeAttendees().map((a) => ({ ...a, attendance: a.name === p.governorB ? 'apologies accepted' : 'present' })),
    quorum: 3,
    declarations: 'None declared.',
    papers: [],
    confidentialItems: 1,
    minutesStatus: 'approved',
    approvedBy: '',
  };
  const items: MinuteItem[] = minuted.map((f, i) => {
    const item: MinuteItem = {
      ...base(ctx, f.partB ? 'partB' : 'board'),
      meetingId: meeting.id,
      position: i + 1,
      title: f.title,
      itemKind: f.area ? 'area' : 'other',
      papers: '',
      discussion: f.discussion,
      decision: f.decision,
    };
    if (f.area) item.areaId = plan.areaId(f.area);
    return item;
  });
  const challenges: ChallengeRecord[] = minuted.flatMap((f, i) =>
    f.challenge
      ? [
          {
            ...base(ctx),
            topic: 'plan' as const,
            question: f.challenge.question,
            answer: f.challenge.answer,
            followUp: '',
            askedBy: f.challenge.askedBy,
            askedAt: instant(heldOn, `16:${String(10 + i * 10)}`),
            relatedId: plan.actionId(f.challenge.action),
            meetingId: meeting.id,
            minuteItemId: items[i]!.id,
          },
        ]
      : [],
  );
  const firstDue = shiftDate(heldOn, 7);
  const action = (description: string, due: IsoDate, done: boolean): MeetingAction => ({
    ...base(ctx),
    meetingId: meeting.id,
    minuteItemId: items[1]!.id,
    description,
    owner: `${p.head} (Headteacher)`,
    due,
    status: done ? 'done' : 'open',
    ...(done ? { doneOn: due } : {}),
    carried: [],
  });
  const actions = [
    action('Agree interim cover for third-day home visits with the local authority’s attendance service.', firstDue, firstDue < ctx.today),
    action('Bring punctuality figures for pupils who attend breakfast club to the next meeting.', ctx.day(9), false),
  ];
  return { meeting, items, actions, challenges };
}
