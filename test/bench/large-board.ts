// A synthetic board the size design.md §5 names (about 20,000 records: 15 areas, 300 actions,
// 75 milestones, 18 reviews, 200 visits, 5,000 evidence items, 60 meetings), every record valid.
import { v7 } from 'uuid';
import { halfTerms, pupilGroups, type RecordKind, type RecordOf } from '../../src/domain';

export type LargeBoard = { [K in RecordKind]?: RecordOf<K>[] };

export function buildLargeBoard(): LargeBoard {
  const schoolId = v7();
  const at = '2026-09-01T09:00:00.000Z';
  const base = () => ({ id: v7(), schoolId, createdAt: at, updatedAt: at, deleted: false, visibility: 'board' as const });
  const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
  const day = (i: number) => `2026-${String(9 + Math.floor((i % 120) / 30)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;

  const plan = {
    ...base(),
    title: 'Action plan 2026/27',
    startDate: '2026-09-01',
    endDate: '2027-07-20',
    priorities: ['Reading', 'Attendance'],
  };
  const areas = range(15, (i) => ({
    ...base(),
    planId: plan.id,
    number: i + 1,
    title: `Area ${i + 1}`,
    targets: ['A target'],
    archived: false,
  }));
  const needs = areas.flatMap((a) =>
    range(3, (i) => ({ ...base(), areaId: a.id, position: i + 1, description: `Need ${a.number}.${i + 1}`, archived: false })),
  );
  const actions = needs
    .flatMap((n, k) =>
      range(k % 3 === 2 ? 6 : 7, (i) => ({
        ...base(),
        needId: n.id,
        areaId: n.areaId,
        position: i + 1,
        description: `Action ${i + 1} of need ${k}`,
        lead: 'Mrs Patel',
        resources: '',
        start: '2026-09-01',
        finish: '2027-03-31',
        successCriteria: 'Seen in books',
        status: 'in-progress' as const,
        archived: false,
      })),
    )
    .slice(0, 300);
  const milestones = areas.flatMap((a) =>
    range(5, (i) => ({ ...base(), areaId: a.id, number: i + 1, date: day(i * 20), description: `Milestone ${i + 1}` })),
  );
  const reviews = range(18, (i) => ({
    ...base(),
    planId: plan.id,
    schoolYear: 2024 + Math.floor(i / 6),
    halfTerm: halfTerms[i % 6]!,
    heldOn: day(i),
    status: 'final' as const,
    finalisedBy: 'Chair',
  }));
  const reviewEntries = reviews.flatMap((r) =>
    actions.map((a, i) => ({
      ...base(),
      reviewId: r.id,
      actionId: a.id,
      rating: (['green', 'amber', 'red', 'complete'] as const)[i % 4]!,
      note: 'Because',
      evidenceIds: [],
      challenge: '',
      response: '',
      nextSteps: '',
    })),
  );
  const areaJudgements = reviews.flatMap((r) =>
    areas.map((a) => ({ ...base(), reviewId: r.id, areaId: a.id, judgement: 'some' as const, reason: '' })),
  );
  const visits = range(200, (i) => ({
    ...base(),
    kind: 'learning walk' as const,
    date: day(i),
    purpose: 'Reading across school',
    governor: 'Mr Jones',
    walkingWith: '',
    focusActionIds: [actions[i]!.id],
    focusAreaIds: [],
    purposeAgreed: false,
    status: 'complete' as const,
    report: { purpose: '', seen: 'Good practice', strengths: '', questions: '', followUps: '', status: 'filed' as const, headComments: '' },
  }));
  const visitResponses = visits.flatMap((v) =>
    range(35, (i) => ({
      ...base(),
      visitId: v.id,
      itemId: `item-${i}`,
      answer: { type: 'yes-partly-no' as const, value: 'yes' as const },
      note: '',
      photos: [],
      actionIds: [],
      evidenceIds: [],
      answeredAt: at,
    })),
  );
  const evidence = range(5000, (i) => ({
    ...base(),
    kind: 'note' as const,
    title: '',
    text: `Note ${i} on what was seen`,
    recordedBy: 'Mr Jones',
    recordedAt: at,
    supports: [actions[i % 300]!.id],
  }));
  const meetings = range(60, (i) => ({
    ...base(),
    kind: 'School Improvement Committee' as const,
    date: day(i),
    time: '16:00',
    venue: 'School',
    attendees: [{ name: 'Chair', office: 'Chair', member: true, attendance: 'present' as const }],
    quorum: 1,
    declarations: '',
    papers: [],
    confidentialItems: 0,
    minutesStatus: 'approved' as const,
    approvedAt: at,
    approvedBy: 'Chair',
  }));
  const minuteItems = meetings.flatMap((m) =>
    range(10, (i) => ({
      ...base(),
      meetingId: m.id,
      position: i + 1,
      title: `Item ${i + 1}`,
      itemKind: 'other' as const,
      papers: '',
      discussion: 'Discussed',
      decision: '',
    })),
  );
  const meetingActions = meetings.flatMap((m) =>
    range(5, (i) => ({
      ...base(),
      meetingId: m.id,
      description: `Do ${i}`,
      owner: 'Clerk',
      due: day(i),
      status: 'open' as const,
      carried: [],
    })),
  );
  const attendanceFigures = range(5, (y) =>
    halfTerms.flatMap((halfTerm) =>
      pupilGroups.map((group) => ({
        ...base(),
        schoolYear: 2022 + y,
        halfTerm,
        group,
        attendance: 93.5,
        persistentAbsence: 18,
        severeAbsence: 1.5,
        unauthorisedAbsence: 2,
      })),
    ),
  ).flat();
  const challengeRecords = range(100, (i) => ({
    ...base(),
    topic: 'attendance' as const,
    question: `Question ${i}`,
    answer: '',
    followUp: '',
    askedBy: '',
    askedAt: at,
  }));
  const school = {
    ...base(),
    id: schoolId,
    name: 'Large Board School',
    urn: '',
    educationPhase: 'Primary' as const,
    authority: '',
    riskCategory: 4 as const,
    improvementPhase: 'Repair' as const,
  };
  return {
    schools: [school],
    plans: [plan],
    areas,
    needs,
    actions,
    milestones,
    reviews,
    reviewEntries,
    areaJudgements,
    visits,
    visitResponses,
    evidence,
    meetings,
    minuteItems,
    meetingActions,
    attendanceFigures,
    challengeRecords,
  };
}

export const boardSize = (board: LargeBoard): number => Object.values(board).reduce((n, list) => n + (list?.length ?? 0), 0);
