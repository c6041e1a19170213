import type { ImprovementPhase } from './school';
import { improvementPhases } from './school';
import type { BenchmarkAssessment, BenchmarkStatus, BenchmarkStrand } from './benchmark';
import { benchmarkStrands } from './benchmark';

/**
 * The built-in benchmarks of each improvement phase, in our own words, drawn from seed 004 (a
 * trust's four phases of school improvement). Each says what should be true of the school by the
 * end of the phase; the board marks each met, partly or not yet, with its evidence, to judge
 * whether the school is ready for the next phase. Seed 004 describes Stabilise by the state a
 * school starts in ("leadership ineffective"), so its benchmarks here are what those first weeks
 * must put in place (its actions and its inclusion "what it looks like" lists).
 *
 * Ids are stable: assessments point at them. Never reuse or renumber one; add new ones at the end.
 */
export interface PhaseBenchmark {
  id: string;
  phase: ImprovementPhase;
  strand: BenchmarkStrand;
  text: string;
}

type Lists = Record<BenchmarkStrand, string[]>;

const stabilise: Lists = {
  'Leadership and governance': [
    'An improvement partner is working with the school and a clear leadership structure is agreed.',
    'Governance is strengthened: an interim board or rapid improvement committee meets and holds leaders to account.',
    'The school’s vision and values are set and shared with every member of staff.',
    'The compliance policies come first: safeguarding, attendance, behaviour and the staff code of conduct are identified and being put into practice.',
    'An improvement plan and a self-evaluation are written with the improvement partner.',
  ],
  'Quality of education': [
    'Teaching has been checked and the gaps that matter most are known and drive staff training and coaching.',
    'An early reading (phonics) implementation plan is in place, with specialist support engaged.',
    'The curriculum for the core subjects is mapped and the National Curriculum is being taught.',
    'Leaders and staff take part in the trust’s or authority’s training.',
    'Information on vulnerable groups is gathered for every year group.',
  ],
  SEND: [
    'A full SEND audit has assessed need and a SEND action plan is in place.',
    'A SENDCO is in role.',
    'Provision named in education, health and care plans is being delivered.',
    'Pupils who need an individual support plan have an up-to-date one.',
  ],
  'Behaviour and attendance': [
    'The school is safe: plans, including positive behaviour plans, manage unsafe behaviour.',
    'The behaviour policy is in use: staff and pupils mostly know the expectations and shared routines.',
    'An attendance policy is in place, with urgent actions such as first-day calling.',
    'Attendance is no more than 3 to 5 percentage points below national and gaps for vulnerable groups are narrowing.',
  ],
  Safeguarding: [
    'The site is secure and everyone takes responsibility for it (gates, lanyards).',
    'Safeguarding training is up to date: level 3 for the safeguarding leads, level 2 for all staff.',
    'Most staff share a culture of “it could happen here”.',
    'Staff record concerns on the school’s system, and the designated safeguarding lead knows and monitors the pupils at highest risk.',
    'A full safeguarding audit has been done and its action plan is overseen.',
  ],
};

const repair: Lists = {
  'Leadership and governance': [
    'Leadership is more effective at several levels.',
    'Governance works in the agreed model, with clear terms of reference.',
    'Safeguarding is compliant, and systems and policies are in place.',
    'The quality of teaching is improving, with effective practice seen in some classrooms.',
    'Appraisals are in place and most teachers meet the Teachers’ Standards.',
    'The vision and values are established and leaders live them.',
  ],
  'Quality of education': [
    'The phonics programme is fully in place.',
    'English, mathematics, relationships and health education and some foundation subjects follow the planned curriculum.',
    'Internal assessment is within 3 to 5 percentage points of national.',
    'Disruption in lessons is low-level only.',
    'A weekly cycle of checking, coaching and training is linked to the improvement priorities and its impact is evaluated.',
  ],
  SEND: [
    'Staff increasingly use inclusive language and approaches, with high expectations of pupils’ progress.',
    'A SEND record of need is in place.',
    'Provision in education, health and care plans is in place, even if not yet fully effective.',
    'Individual support plans are in place and moving towards SMART targets with the voice of pupils and parents.',
    'Reliance on one-to-one support is reducing.',
  ],
  'Behaviour and attendance': [
    'Behaviour is safe, relational plans are developing and suspensions are rare.',
    'The behaviour policy is enacted, with clear routines that staff and pupils understand.',
    'Attendance procedures are increasingly effective and supported by most staff.',
    'Attendance is close to national, persistent absence is in line with the national picture, and gaps for vulnerable pupils are narrowing fast.',
  ],
  Safeguarding: [
    'Safeguarding is effective and a safeguarding culture is growing among all staff.',
    'A safeguarding action plan sets out the key priorities, and safeguarding is audited every term.',
    'The site is secure and staff training (levels 2 and 3) is up to date.',
    'The designated safeguarding lead knows the pupils at highest risk and has a system for monitoring them.',
  ],
};

const improve: Lists = {
  'Leadership and governance': [
    'Leaders are in place at every level and senior leaders drive the school’s priorities.',
    'Governance is effective.',
    'Policies are embedded and their impact can be seen.',
    'All teachers meet the Teachers’ Standards.',
    'Outcomes are in line with or above national.',
    'The school supports other schools in some areas.',
  ],
  'Quality of education': [
    'Monitoring and evaluation are improving teaching.',
    'Every core curriculum offer is in place.',
    'The curriculum is well planned and sequenced.',
    'Low-level disruption is rare.',
    'Staffing is stable.',
  ],
  SEND: [
    'Teachers lead provision in their classrooms and talk with parents about progress and support.',
    'Individual support plans have SMART targets, reviewed with pupils and parents.',
    'Everyday (universal) provision is at least good and pupils make good, evidenced progress.',
    'Needs are identified early through timely assessment, and the record of need is accurate and detailed.',
    'The SENDCO drives improvement strategically as part of the senior team.',
  ],
  'Behaviour and attendance': [
    'Staff take a trauma-informed approach every day, supported by regular training.',
    'Most staff enact the behaviour policy with a shared language.',
    'Attendance is in line with national and gaps for vulnerable pupils are closing.',
    'Persistent absence is in line with national.',
  ],
  Safeguarding: [
    'A robust safeguarding culture is understood by everyone, pupils included.',
    'The designated safeguarding lead knows the strengths and what to develop, looks outward at local risks and keeps training current.',
    'A safeguarding curriculum (workshops, relationships and health education, assemblies) responds to need.',
    'The designated safeguarding lead checks how well safeguarding works, spots patterns and acts; children at high or ongoing risk are tracked.',
  ],
};

const sustain: Lists = {
  'Leadership and governance': [
    'Leadership is shared effectively through the cycle of checking and improving.',
    'Governance is strong and sustainable.',
    'Values and systems are embedded.',
    'Inspection judges the school good in every area (and SIAMS where it applies).',
    'A clear vision drives how staff work.',
  ],
  'Quality of education': [
    'Behaviour is excellent.',
    'Every curriculum offer is in place with clear impact.',
    'Staff development is effective and the school has areas of excellence.',
    'Pupils’ outcomes are strong and no group underperforms.',
    'Staff share their practice with other schools as a matter of course.',
  ],
  SEND: [
    'SEND development is strategic and owned by all staff.',
    'Everyday provision is strong and research-informed; pupils make strong progress from their starting points.',
    'Partnerships with outside agencies improve the school’s own provision.',
    'The SENDCO is a highly effective leader, with impact across the school and beyond it.',
  ],
  'Behaviour and attendance': [
    'All staff take a consistent trauma-informed approach.',
    'Pupils know the expectations and support each other.',
    'Incidents and patterns are evaluated over time and lead to change.',
    'Attendance is above national, with gaps for vulnerable groups closed or clearly closing.',
  ],
  Safeguarding: [
    'Pupils, parents and staff understand a robust safeguarding culture.',
    'The designated safeguarding lead is outward-looking and tailors training and the curriculum to need.',
    'All staff monitor well and log concerns.',
    'Strategic plans for monitoring and evaluation look at patterns and trends.',
  ],
};

const strandKeys: Record<BenchmarkStrand, string> = {
  'Leadership and governance': 'lg',
  'Quality of education': 'qe',
  SEND: 'send',
  'Behaviour and attendance': 'ba',
  Safeguarding: 'sg',
};

const byPhase: Record<ImprovementPhase, Lists> = { Stabilise: stabilise, Repair: repair, Improve: improve, Sustain: sustain };

/** Every built-in benchmark of one phase, by strand in seed 004's order. */
export function phaseBenchmarks(phase: ImprovementPhase): PhaseBenchmark[] {
  return benchmarkStrands.flatMap((strand) =>
    byPhase[phase][strand].map((text, i) => ({ id: `${phase.toLowerCase()}-${strandKeys[strand]}-${i + 1}`, phase, strand, text })),
  );
}

/** The phase after this one, or null after Sustain. */
export function nextPhase(phase: ImprovementPhase): ImprovementPhase | null {
  return improvementPhases[improvementPhases.indexOf(phase) + 1] ?? null;
}

/** The latest assessment of each benchmark of a phase (by assessedAt, then updatedAt), by benchmark id. */
export function latestAssessments(phase: ImprovementPhase, assessments: BenchmarkAssessment[]): Map<string, BenchmarkAssessment> {
  const out = new Map<string, BenchmarkAssessment>();
  for (const a of assessments) {
    if (a.deleted || a.phase !== phase) continue;
    const seen = out.get(a.benchmarkId);
    if (!seen || `${a.assessedAt}${a.updatedAt}` > `${seen.assessedAt}${seen.updatedAt}`) out.set(a.benchmarkId, a);
  }
  return out;
}

export interface PhaseReadiness {
  phase: ImprovementPhase;
  next: ImprovementPhase | null;
  total: number;
  counts: Record<BenchmarkStatus | 'unassessed', number>;
  /** Every benchmark of the phase is met. */
  ready: boolean;
  /** The board's view in a sentence. */
  summary: string;
}

/** Whether the school looks ready for the next phase: every benchmark of its phase met. */
export function phaseReadiness(phase: ImprovementPhase, assessments: BenchmarkAssessment[]): PhaseReadiness {
  const list = phaseBenchmarks(phase);
  const latest = latestAssessments(phase, assessments);
  const counts = { met: 0, partly: 0, 'not-yet': 0, unassessed: 0 };
  for (const b of list) counts[latest.get(b.id)?.status ?? 'unassessed'] += 1;
  const total = list.length;
  const ready = counts.met === total;
  const next = nextPhase(phase);
  const goal = next ? `ready to move to the ${next} phase` : 'securely sustaining its improvement';
  const gaps = total - counts.met;
  const summary = ready
    ? `Every ${phase} benchmark is met: on this evidence the school is ${goal}.`
    : `Not yet ${goal}: ${gaps} of ${total} benchmarks ${gaps === 1 ? 'is' : 'are'} not fully met${counts.unassessed > 0 ? ` (${counts.unassessed} not yet assessed)` : ''}.`;
  return { phase, next, total, counts, ready, summary };
}
