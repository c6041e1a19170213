// Agendas made from the board's own data: the committee's (seed 003: each priority of the plan
// examined, with the school's evidence) and the termly School of Concern meeting's (Appendix 3).
import type { Area } from './plan';
import type { AreaJudgement, Rating, Review, ReviewEntry } from './review';
import type { Evidence } from './evidence';
import type { Visit } from './visit';
import type { AttendanceFigure, ChallengeRecord } from './attendance';
import type { ItemKind, Meeting, MeetingAction, MinuteItem } from './meeting';
import type { IsoDate } from './record';
import { judgementLabels, ratingLabels, ratings } from './reviewValues';
import { halfTermIndex, halfTermLabel } from './halfTerms';
import { ukDate, ukDateLong, compareIso } from './dates';
import { openActions } from './meetingRules';

/** An agenda item before it is saved. */
export interface AgendaDraft {
  title: string;
  itemKind: ItemKind;
  papers: string;
  areaId?: string;
}

export interface CommitteeAgendaInput {
  meeting: Pick<Meeting, 'date'>;
  /** The committee's last meeting before this one, if any. */
  previous?: Pick<Meeting, 'date' | 'minutesStatus'>;
  /** The meeting after this one, if planned. */
  next?: Pick<Meeting, 'date' | 'time' | 'venue'>;
  actions: Pick<MeetingAction, 'description' | 'owner' | 'due' | 'status' | 'deleted'>[];
  areas: Pick<Area, 'id' | 'number' | 'title' | 'archived' | 'deleted'>[];
  /** Plan actions, to tell which area a rating or a piece of evidence belongs to. */
  planActions: { id: string; areaId: string }[];
  reviews: Pick<Review, 'id' | 'schoolYear' | 'halfTerm' | 'heldOn' | 'deleted'>[];
  entries: Pick<ReviewEntry, 'reviewId' | 'actionId' | 'rating' | 'deleted'>[];
  judgements: Pick<AreaJudgement, 'reviewId' | 'areaId' | 'judgement' | 'reason' | 'deleted'>[];
  evidence: Pick<Evidence, 'title' | 'text' | 'recordedAt' | 'supports' | 'deleted'>[];
  /** Visit reports for the papers (agreed or filed) since the last meeting. */
  visits: Pick<Visit, 'date' | 'kind' | 'purpose' | 'focusAreaIds' | 'focusActionIds'>[];
  /** Attendance figures, oldest first; empty when attendance is not recorded. */
  attendance: Pick<AttendanceFigure, 'schoolYear' | 'halfTerm' | 'group' | 'attendance' | 'persistentAbsence'>[];
  attendanceQuestions: Pick<ChallengeRecord, 'question' | 'answer' | 'askedAt'>[];
}

const countLine = (rs: Rating[]) =>
  ratings
    .map((r) => [r, rs.filter((x) => x === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${n} ${ratingLabels[r].toLowerCase()}`)
    .join(', ');

function areaPapers(area: CommitteeAgendaInput['areas'][number], input: CommitteeAgendaInput, since: IsoDate | undefined): string {
  const inArea = new Set(input.planActions.filter((a) => a.areaId === area.id).map((a) => a.id));
  const reviews = input.reviews.filter((r) => !r.deleted && r.heldOn <= input.meeting.date).sort((a, b) => compareIso(a.heldOn, b.heldOn));
  const latest = reviews[reviews.length - 1];
  const lines: string[] = [];
  if (latest) {
    const rated = input.entries.filter((e) => !e.deleted && e.reviewId === latest.id && inArea.has(e.actionId)).map((e) => e.rating);
    const judged = input.judgements.find((j) => !j.deleted && j.reviewId === latest.id && j.areaId === area.id);
    lines.push(
      `Latest review (${halfTermLabel(latest)}, ${ukDate(latest.heldOn)}): ${rated.length ? countLine(rated) : 'no actions rated'}.`,
    );
    lines.push(
      judged
        ? `Progress judged ${judgementLabels[judged.judgement].toLowerCase()}${judged.reason ? `: ${judged.reason}` : '.'}`
        : 'Progress not yet judged.',
    );
  } else lines.push('Not yet reviewed.');
  const evidence = input.evidence.filter(
    (e) => !e.deleted && (!since || e.recordedAt.slice(0, 10) > since) && e.supports.some((id) => inArea.has(id)),
  );
  lines.push(
    evidence.length
      ? `Evidence since ${since ? ukDate(since) : 'the plan began'}: ${evidence.map((e) => e.title || e.text.slice(0, 60)).join('; ')}.`
      : `No new evidence since ${since ? ukDate(since) : 'the plan began'}.`,
  );
  const visits = input.visits.filter((v) => v.focusAreaIds.includes(area.id) || v.focusActionIds.some((id) => inArea.has(id)));
  if (visits.length) lines.push(`Visit reports: ${visits.map((v) => `${v.kind} on ${ukDate(v.date)} (${v.purpose})`).join('; ')}.`);
  return lines.join('\n');
}

function attendancePapers(input: CommitteeAgendaInput): string | null {
  if (input.attendance.length === 0) return null;
  const last = [...input.attendance].sort((a, b) => halfTermIndex(a) - halfTermIndex(b))[input.attendance.length - 1]!;
  const latest = input.attendance.filter((f) => f.schoolYear === last.schoolYear && f.halfTerm === last.halfTerm);
  const lines = [`Latest figures (${halfTermLabel(last)}):`];
  for (const f of latest) lines.push(`${f.group}: attendance ${f.attendance}%, persistent absence ${f.persistentAbsence}%.`);
  const asked = input.attendanceQuestions.slice(0, 5);
  if (asked.length)
    lines.push('Questions raised:', ...asked.map((q) => `${q.question}${q.answer ? ` Answer: ${q.answer}` : ' (not yet answered)'}`));
  return lines.join('\n');
}

/**
 * The committee's agenda: apologies and declarations; the last meeting's minutes and matters
 * arising (the open actions of the action log); one item per live area for improvement with the
 * latest review's ratings and judgement, the evidence and visit reports since the last meeting;
 * attendance (when figures are recorded); any other business; the date of the next meeting.
 */
export function committeeAgenda(input: CommitteeAgendaInput): AgendaDraft[] {
  const since = input.previous?.date;
  const open = openActions(input.actions);
  const items: AgendaDraft[] = [{ title: 'Apologies for absence and declarations of interest', itemKind: 'apologies', papers: '' }];
  if (input.previous) {
    items.push({
      title: `Minutes of the meeting on ${ukDate(input.previous.date)}`,
      itemKind: 'minutes',
      papers: input.previous.minutesStatus === 'approved' ? 'Already approved.' : 'To approve, and for the chair to sign.',
    });
  }
  items.push({
    title: 'Matters arising: open actions',
    itemKind: 'matters-arising',
    papers: open.length
      ? open
          .map((a) => `${a.description} (${a.owner}, due ${ukDate(a.due)}${a.status === 'carried forward' ? ', carried forward' : ''})`)
          .join('\n')
      : 'No open actions.',
  });
  const areas = input.areas.filter((a) => !a.deleted && !a.archived).sort((a, b) => a.number - b.number);
  for (const area of areas) {
    items.push({
      title: `Area for improvement ${area.number}: ${area.title}`,
      itemKind: 'area',
      papers: areaPapers(area, input, since),
      areaId: area.id,
    });
  }
  const attendance = attendancePapers(input);
  if (attendance) items.push({ title: 'Attendance', itemKind: 'attendance', papers: attendance });
  items.push({ title: 'Any other business', itemKind: 'aob', papers: '' });
  items.push({
    title: 'Date of the next meeting',
    itemKind: 'next-meeting',
    papers: input.next
      ? `${ukDateLong(input.next.date)}${input.next.time ? ` at ${input.next.time}` : ''}${input.next.venue ? `, ${input.next.venue}` : ''}.`
      : 'To agree.',
  });
  return items;
}

/** The termly School of Concern meeting's agenda (seed 003, Appendix 3), the first item carrying the school's standing. */
export function socAgenda(input: {
  standing: string;
  areas: Pick<Area, 'number' | 'title' | 'archived' | 'deleted'>[];
  nextReview?: IsoDate;
}): AgendaDraft[] {
  const areas = input.areas
    .filter((a) => !a.deleted && !a.archived)
    .sort((a, b) => a.number - b.number)
    .map((a) => `${a.number}. ${a.title}`)
    .join('\n');
  return [
    { title: 'Introduction by the chair', itemKind: 'soc', papers: '' },
    { title: 'Summary of the issues of concern (lead local authority officer)', itemKind: 'soc', papers: input.standing },
    {
      title: 'Action planning and progress against the key issues (headteacher and chair of governors)',
      itemKind: 'soc',
      papers: `Scrutiny of the school's information and documentation. Areas for improvement:\n${areas}`,
    },
    { title: 'Judgements on progress against each agreed impact measure or area of concern', itemKind: 'soc', papers: areas },
    { title: 'Quality of support provided', itemKind: 'soc', papers: '' },
    { title: 'Future plans and interventions', itemKind: 'soc', papers: '' },
    { title: 'Review date', itemKind: 'next-meeting', papers: input.nextReview ? ukDateLong(input.nextReview) : 'To agree.' },
  ];
}

/** Where a new agenda item goes: after the last one. */
export const nextItemPosition = (items: Pick<MinuteItem, 'position'>[]) => items.reduce((n, i) => Math.max(n, i.position), 0) + 1;
