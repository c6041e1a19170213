import type { Evidence, EvidenceKind } from '../evidence';
import type { VisitResponse } from '../visit';
import type { ChecklistTemplate, Visit } from '../visit';
import { base, instant, wednesdayFrom, type DemoContext } from './context';
import type { BuiltAreas } from './areas';
import { demoPeople } from './school';
import { builtInChecklists } from '../checklists';
import { earlyReadingChecklist } from '../checklists/earlyReading';

/** The built-in checklists, as a new board gets them. */
export function demoChecklists(ctx: DemoContext): ChecklistTemplate[] {
  return builtInChecklists.map((c) => ({ ...base(ctx), ...structuredClone(c), builtIn: true, retired: false }));
}

/** A learning walk a governor has completed with the early reading checklist, with its report agreed with the headteacher. */
export function demoLearningWalk(ctx: DemoContext, plan: BuiltAreas, checklists: ChecklistTemplate[]): Visit {
  return {
    ...base(ctx),
    kind: 'learning walk',
    date: ctx.day(-34),
    purpose: 'See whether phonics lessons in Reception and Key Stage 1 follow the programme, and whether keep-up sessions happen.',
    governor: demoPeople.governorA,
    walkingWith: `${demoPeople.englishLead} (English lead)`,
    focusActionIds: [plan.actionId('1a(ii)'), plan.actionId('1b(ii)')],
    focusAreaIds: [plan.areas[0]!.id],
    purposeAgreed: true,
    templateId: checklists.find((c) => c.templateKey === earlyReadingChecklist.templateKey)!.id,
    status: 'complete',
    finishedAt: instant(ctx.day(-34), '11:00'),
    report: {
      purpose: 'To check the consistency of phonics teaching (actions 1a(ii) and 1b(ii)).',
      seen: 'Phonics lessons in Reception, Year 1 and Year 2, and two afternoon keep-up groups. Reading books in book bags were checked against the sounds pupils had learned.',
      strengths:
        'The same routines and wording were used in every class. Pupils blended confidently, and the books seen matched the sounds pupils knew.',
      questions: 'How will the school keep keep-up sessions going when teaching assistants are needed to cover classes?',
      followUps: 'Return next term to see story time and the catch-up programme in Years 3 to 6.',
      status: 'agreed',
      headComments: '',
      sentToHeadAt: instant(ctx.day(-32), '16:00'),
      agreedAt: instant(ctx.day(-30), '12:00'),
    },
  };
}

/** The next visit on the board's schedule: a safeguarding walk on the coming Wednesday (within the week, so it is due). */
export function demoPlannedVisit(ctx: DemoContext, plan: BuiltAreas, checklists: ChecklistTemplate[]): Visit {
  return {
    ...base(ctx),
    kind: 'monitoring visit',
    date: wednesdayFrom(ctx.day(1)),
    purpose: 'Check that the site, sign-in and safeguarding culture are as the headteacher reported to the committee.',
    governor: demoPeople.governorB,
    walkingWith: `${demoPeople.head} (headteacher)`,
    focusActionIds: [],
    focusAreaIds: [plan.areas[2]!.id],
    purposeAgreed: true,
    templateId: checklists.find((c) => c.templateKey === 'builtin-safeguarding-culture')!.id,
    status: 'planned',
    report: { purpose: '', seen: '', strengths: '', questions: '', followUps: '', status: 'draft', headComments: '' },
  };
}

type Finding = [itemId: string, value: 'yes' | 'partly' | 'not-seen', note: string, tied: boolean];

/** What the governor recorded on the learning walk; the first finding is the evidence already filed for the focus actions. */
export function demoWalkResponses(ctx: DemoContext, walk: Visit, evidence: Evidence[]): VisitResponse[] {
  const filed = evidence.find((e) => e.visitId === walk.id)!;
  const findings: Finding[] = [
    ['er-programme', 'yes', filed.text, true],
    ['er-books-matched', 'yes', 'Five pupils read from their book-bag books; all could sound out nearly every word.', false],
    ['er-keep-up', 'yes', 'Two afternoon keep-up groups seen, led by trained teaching assistants.', false],
    ['er-story-time', 'partly', 'Story time seen in two of the four classes visited.', false],
    ['er-catch-up', 'not-seen', '', false],
  ];
  return findings.map(([itemId, value, note, tied], i) => ({
    ...base(ctx),
    visitId: walk.id,
    itemId,
    answer: { type: 'yes-partly-no', value },
    note,
    photos: [],
    actionIds: tied ? [...walk.focusActionIds] : [],
    evidenceIds: tied ? [filed.id] : [],
    answeredAt: instant(walk.date, `09:${String(10 + i * 8).padStart(2, '0')}`),
  }));
}

type EvidenceFields = [EvidenceKind, string, string, number, string, string[]];

/** Notes and data the school has shown the committee; each supports one or more actions. */
export function demoEvidence(ctx: DemoContext, plan: BuiltAreas, walk: Visit): Evidence[] {
  const p = demoPeople;
  const items: EvidenceFields[] = [
    [
      'note',
      'Phonics training register',
      'All 14 Reception and Key Stage 1 staff, teaching assistants included, attended both training days.',
      -276,
      p.englishLead,
      ['1a(i)'],
    ],
    [
      'note',
      'Notes of the weekly attendance meeting',
      'Every disadvantaged pupil below 90% is named with an action and the adult responsible.',
      -285,
      p.head,
      ['2a(i)', '2b(ii)'],
    ],
    [
      'note',
      'Governor training record',
      'Every governor on the board completed both data and challenge sessions run by the local authority.',
      -195,
      p.viceChair,
      ['3a(ii)'],
    ],
    [
      'note',
      'Phonics coaching log',
      'Weekly coaching recorded for all six phonics teachers since the start of the half term, with the points agreed.',
      -70,
      p.englishLead,
      ['1a(ii)'],
    ],
    [
      'data',
      'Phonics tracker: half-termly assessment',
      '68% of Year 1 pupils on track for the phonics check, up from 57% last half term. 11 pupils in keep-up groups.',
      -50,
      p.englishLead,
      ['1b(i)', '1b(ii)'],
    ],
    [
      'note',
      'Breakfast club register',
      '34 disadvantaged pupils attended at least three mornings a week over the last four weeks.',
      -42,
      p.head,
      ['2b(iii)'],
    ],
  ];
  const evidence: Evidence[] = items.map(([kind, title, text, offset, recordedBy, codes]) => ({
    ...base(ctx),
    kind,
    title,
    text,
    recordedBy,
    recordedAt: instant(ctx.day(offset), '15:30'),
    supports: codes.map(plan.actionId),
  }));
  evidence.push({
    ...base(ctx),
    kind: 'note',
    title: 'Learning walk: phonics',
    text: 'Consistent phonics routines in every class seen; two keep-up groups running as planned.',
    recordedBy: walk.governor,
    recordedAt: instant(walk.date, '11:00'),
    supports: walk.focusActionIds,
    visitId: walk.id,
  });
  return evidence;
}
