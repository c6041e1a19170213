// The bank of attendance challenge questions, in six themes: each with why it matters and what a
// good answer contains (the evidence to ask to see). Which questions there are, their themes and
// triggers are in attendanceBankKeys.ts; this adds their words.
import type { ChallengeQuestion } from './attendance';
import { questionKeys } from './attendanceBankKeys';

/** Each question's words: [text, why it matters, what a good answer contains]. */
const words: Record<string, [text: string, why: string, goodAnswer: string]> = {
  'att-national-gap': [
    'Why is our attendance below the national figure, and by when will the gap be closed?',
    'Every lost point of attendance is learning time lost; governors need a dated plan, not only an explanation.',
    'The causes, by group and year, from the school’s own analysis; a dated target for closing the gap; the actions in the plan that will close it.',
  ],
  'att-national-where': [
    'Which year groups or classes account for most of the gap to national?',
    'A school-wide figure can hide one or two classes where absence is much worse and action should start.',
    'Attendance by year group and class for the half term, with the two or three weakest named and what is being done in each.',
  ],
  'att-target-missed': [
    'What stopped us reaching our attendance target this half term, and is the target still the right one?',
    'Targets only drive improvement if the board checks them and knows why they were missed.',
    'The target against the actual, the main reasons it was missed (illness, term-time holidays, a few pupils), and a reasoned view on keeping or changing the target.',
  ],
  'att-pa-repeat': [
    'How many of the persistently absent pupils were also persistently absent last year?',
    'Absence that carries over from year to year needs a different response from absence that has just started.',
    'The number and share of pupils persistently absent two years running, and the different support each group gets.',
  ],
  'att-falling-why': [
    'What has changed over the last two half terms to make attendance fall?',
    'A falling trend caught early is easier to turn round than a low figure at the end of the year.',
    'The reasons by absence code and group, whether a few pupils or many explain the fall, and what has already been done about it.',
  ],
  'att-falling-next': [
    'What figure do you expect next half term if the current actions work, and how will we know early if they are not?',
    'A forecast gives the board something concrete to check at the next meeting.',
    'A forecast figure, the weekly measure the attendance lead watches, and the point at which they would change course.',
  ],
  'att-last-year': [
    'How does attendance this half term compare with the same half term last year?',
    'Attendance varies with the seasons, so comparing like with like shows the real trend.',
    'This half term against the same half term last year, for all pupils and the main groups, with the reasons for any change.',
  ],
  'att-dis-gap': [
    'How wide is the attendance gap between disadvantaged pupils and others, and is it closing?',
    'Disadvantaged pupils have the most to lose from missing school; a gap that is not closing needs a sharper plan.',
    'The gap over at least three half terms, compared with the national gap, and the actions aimed at disadvantaged pupils with their effect so far.',
  ],
  'att-dis-premium': [
    'How is pupil premium funding used to improve attendance, and how do you know it is working?',
    'Governors are accountable for the impact of pupil premium spending, not only for how it is spent.',
    'The pupil premium strategy’s attendance lines, what they cost, and the attendance of the pupils they reached before and after.',
  ],
  'att-send-reasons': [
    'Is the attendance gap for pupils with SEND due to appointments, anxiety or needs that are not being met, and what adjustments are in place?',
    'Absence can be a sign that a pupil’s needs are not being met in school.',
    'Absence of pupils with SEND by reason, the adjustments made for individual pupils, and how the SENCo and attendance lead work together.',
  ],
  'att-social-worker': [
    'How is the attendance of pupils with a social worker shared with their social worker and the virtual school head?',
    'These pupils are among the most vulnerable; absence can be an early sign that something is wrong.',
    'The agreed routine for telling social workers and the virtual school of absence, and examples from this half term of it being followed.',
  ],
  'att-severe-la': [
    'Has the local authority been told about every pupil missing half or more of their sessions, and could any be missing education?',
    'The school must work with the local authority so that no child drops out of education unnoticed.',
    'A list (numbers, not names, in the open minutes) of severely absent pupils with the date each was shared with the local authority and the agreed next step.',
  ],
  'att-unauth-follow': [
    'How is unauthorised absence followed up, and at what point does the school move to formal support or legal steps?',
    'A clear, consistent response shows families that absence matters and is applied fairly.',
    'The stages in the attendance policy, how many pupils are at each stage, and evidence that support came before any legal step.',
  ],
  'att-unauth-holidays': [
    'How much of the unauthorised absence is holiday taken in term time, and how are requests handled?',
    'Term-time holidays are a common and preventable cause of unauthorised absence.',
    'Sessions lost to unauthorised holiday, the number of requests and refusals, and how the school talks to families before the holidays.',
  ],
  'att-first-day': [
    'Does the school contact the family on the first morning of every unexplained absence, and how quickly?',
    'First-day calling is both an attendance routine and a safeguarding check.',
    'The first-day routine, who does it when they are away, and a check of a recent week showing every unexplained absence followed up that morning.',
  ],
  'att-part-time': [
    'How many pupils are on part-time timetables, for how long, and when will each return to full time?',
    'A part-time timetable should be short, agreed with the family and reviewed; it must not become the norm.',
    'The number of pupils, each timetable’s start and review dates, the family’s agreement, and the local authority told.',
  ],
  'att-punctuality': [
    'How many pupils arrive after the register closes, and what is done about persistent lateness?',
    'Lateness loses learning at the start of the day and can turn into absence.',
    'Late marks after registers close by week and group, the pupils most often late, and what has been agreed with their families.',
  ],
  'att-pa-named': [
    'How many pupils are persistently absent, and does each one have a named adult and a plan?',
    'Pupils missing 10% or more of sessions fall behind quickly; each needs someone who knows them and follows up.',
    'The number of persistently absent pupils, the share with a named adult and a written plan, and how often the plans are reviewed.',
  ],
  'att-severe-plans': [
    'Who are the severely absent pupils, and is there a plan with other agencies for each of them?',
    'Missing half or more of school is a safeguarding concern as well as an attendance one.',
    'For each severely absent pupil (by number in the open minutes): the agencies involved, the plan and its next review date.',
  ],
  'att-send-plans': [
    'Do support plans and EHCPs for pupils with low attendance include attendance targets, and are they reviewed?',
    'What is written in a pupil’s plan is what gets reviewed with the family and other services.',
    'A sample of plans showing attendance targets, and the dates they were last reviewed with the family.',
  ],
  'att-early-help': [
    'How many families have been offered early help because of attendance, and what happened as a result?',
    'Early help can tackle the reasons behind absence before formal steps are needed.',
    'The number of early help offers, how many were taken up, and the attendance of those pupils before and after.',
  ],
  'att-pa-families': [
    'When did the school last meet the families of persistently absent pupils, and what support was agreed?',
    'Working with families early is more effective than formal steps taken later.',
    'The share of families met this half term, the support agreed (in general terms), and how the school checks it happened.',
  ],
  'att-dis-barriers': [
    'What keeps our disadvantaged pupils from attending (for example transport, uniform, breakfast, caring duties), and what is done about each?',
    'Removing a practical barrier often works faster than reminding families about the rules.',
    'The barriers families named, in order of how common they are, and what the school has put in place for each with the take-up.',
  ],
  'att-eal': [
    'Are there attendance patterns among pupils with English as an additional language, and how does the school talk to their families?',
    'Families need to understand the school’s expectations in a language and form they can use.',
    'EAL pupils’ attendance against all pupils, and the translated letters, interpreters or meetings used with their families.',
  ],
  'att-pupil-voice': [
    'What do pupils whose attendance has improved say made the difference?',
    'What worked for one pupil is often what will work for the next; pupils can say what adults miss.',
    'A summary of what pupils said (from a survey or conversations), and what the school has changed because of it.',
  ],
  'att-staff': [
    'Do all staff know their part in attendance, and have they been trained on it this year?',
    'Attendance is everyone’s job: the teacher who notices and the office that calls both matter.',
    'The training given this year, who attended, and how class teachers hear about the attendance of their own pupils.',
  ],
  'att-target-actions': [
    'Which of the attendance actions in the plan have not had the effect you expected, and what will you change?',
    'Repeating actions that are not working wastes the time the school has to improve.',
    'Each attendance action in the plan with its effect on the figures so far, and a proposal to stop, change or keep each one.',
  ],
  'att-plan-slipping': [
    'The plan’s attendance actions are slipping: what is holding them back, and what will get them back on track by the next review?',
    'An attendance action rated red or amber, or a missed milestone, means the plan will not deliver on time unless something changes.',
    'The reason each action is behind, a revised date with the person responsible, and the support or resources needed from the board or the authority.',
  ],
  'att-plan-milestone': [
    'What has been achieved towards the attendance milestone that is overdue, and what is the realistic new date?',
    'Milestones are how the board and the local authority see whether the plan is working.',
    'What has been done, the evidence of it, the figure reached against the milestone, and a new date agreed with the local authority or trust.',
  ],
  'att-leadership': [
    'Who leads attendance, how much time do they have for it, and how often do they report to governors?',
    'Attendance improves when a senior leader owns it and governors hear about it regularly.',
    'The senior attendance champion by name, the time given to the role, and a reporting calendar for the board.',
  ],
};

export const attendanceQuestions: readonly ChallengeQuestion[] = /* @__PURE__ */ questionKeys.map((key) => {
  const [text, why, goodAnswer] = words[key.id]!;
  return { ...key, text, why, goodAnswer };
});
