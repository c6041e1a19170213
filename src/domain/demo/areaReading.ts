import type { AreaSpec } from './specs';

/** Area for improvement 1: early reading and phonics. */
export const readingArea: AreaSpec = {
  number: 1,
  title: 'Improve the teaching of early reading and phonics so that more pupils read fluently by the end of Key Stage 1',
  targets: [
    'At least 75% of Year 1 pupils meet the expected standard in the phonics screening check (61% last year).',
    'At least 85% of pupils meet the phonics standard by the end of Year 2.',
    'Every pupil among the lowest 20% of readers in Reception to Year 2 reads to an adult every day.',
  ],
  needs: [
    {
      description: 'Phonics is not taught consistently: not all staff follow the validated programme as it is designed.',
      actions: [
        {
          description: 'Train all Reception and Key Stage 1 staff, teaching assistants included, in the validated phonics programme.',
          lead: 'English lead (Claire Donnelly)',
          resources: 'Two training days with the English hub; £2,400 for supply cover',
          start: -320,
          finish: -275,
          successCriteria: 'All 14 staff trained; every phonics lesson seen follows the programme’s sequence and routines.',
          status: 'complete',
        },
        {
          description: 'Coach each phonics teacher weekly, with short follow-up visits on the points agreed.',
          lead: 'English lead (Claire Donnelly)',
          resources: 'Half a day a week of release time for the English lead',
          start: -230,
          finish: 60,
          successCriteria:
            'Every phonics lesson seen is consistent with the programme; a coaching log shows the points agreed and followed up.',
          status: 'in-progress',
          atReviews: [
            {
              rating: 'amber',
              note: 'Coaching started late in two classes because of staff absence; lessons seen there were not yet consistent.',
              challenge: 'Governors asked how the English lead would catch up on the missed coaching.',
              response: 'The headteacher has covered the English lead’s class for an extra afternoon a week until the backlog is cleared.',
              nextSteps: 'English lead to report coaching coverage by class at the next meeting.',
            },
            { rating: 'green', note: 'Coaching is now weekly in every class; lessons the English lead has seen show consistent routines.' },
          ],
        },
        {
          description: 'Buy fully decodable reading books matched to the programme, and take out books that are not.',
          lead: 'Headteacher',
          resources: '£6,000 from the school budget and the deployment fund',
          start: -220,
          finish: -155,
          successCriteria: 'Every pupil in Reception to Year 2 takes home a book matched to the sounds they know.',
          status: 'complete',
        },
      ],
    },
    {
      description: 'Pupils who fall behind in phonics are not picked up quickly enough and do not catch up.',
      actions: [
        {
          description: 'Assess every pupil’s phonics each half term and keep the results on a tracker that class teachers use.',
          lead: 'English lead (Claire Donnelly)',
          resources: 'Programme assessment materials; one staff meeting each half term',
          start: -280,
          finish: 180,
          successCriteria: 'Assessments done for every pupil each half term; the lowest 20% named in every class.',
          status: 'in-progress',
        },
        {
          description: 'Run daily keep-up sessions for pupils who have not secured that day’s sound, led by trained teaching assistants.',
          lead: 'Assistant headteacher (Key Stage 1)',
          resources: 'Three teaching assistants for 15 minutes each afternoon',
          start: -180,
          finish: 120,
          successCriteria: 'At least 80% of pupils in keep-up sessions are back on track within six weeks.',
          status: 'in-progress',
          atReviews: [
            {
              rating: 'red',
              note: 'Sessions were cancelled on most days because teaching assistants were covering classes.',
              challenge: 'Governors asked why keep-up sessions were the first thing dropped when staff were absent.',
              response: 'The headteacher agreed that keep-up sessions will be protected and cover found elsewhere.',
              nextSteps: 'Headteacher to share a weekly record of sessions held with the chair.',
            },
            {
              rating: 'amber',
              note: 'Sessions now run on four days out of five; too early to see whether pupils are catching up.',
              nextSteps: 'English lead to bring the next half-termly assessment results for pupils in keep-up.',
            },
          ],
        },
      ],
    },
    {
      description: 'Reading for pleasure is not promoted well, and older pupils who still struggle to read get too little help.',
      actions: [
        {
          description: 'Start a daily class story time and a reading spine of high-quality books for every year group.',
          lead: 'English lead (Claire Donnelly)',
          resources: '£1,500 for books',
          start: 20,
          finish: 110,
          successCriteria: 'Story time seen in every class on learning walks; pupils can talk about books they enjoy.',
          status: 'not-started',
        },
        {
          description: 'Give pupils in Years 3 to 6 who did not pass the phonics check a catch-up phonics programme.',
          lead: 'SENCo (Marcus Adeyemi)',
          resources: 'Catch-up programme licence; one teaching assistant',
          start: -60,
          finish: 90,
          successCriteria: 'Pupils on the programme make measurable gains in reading accuracy over two terms.',
          status: 'in-progress',
        },
      ],
    },
  ],
  milestones: [
    { offset: -270, metOffset: -272, description: 'All Reception and Key Stage 1 staff trained in the phonics programme.' },
    { offset: -150, metOffset: -146, description: 'Decodable books in place in every class; first half-termly assessments complete.' },
    { offset: -30, metOffset: -33, description: 'Phonics lessons seen on a learning walk are consistent in every class.' },
    { offset: 10, description: 'Half-termly assessments show at least 70% of Year 1 pupils on track for the phonics check.' },
    { offset: 100, description: 'At least 75% of Year 1 pupils meet the expected standard in the phonics check.' },
  ],
  judgements: [
    { judgement: 'some', reason: 'Training and books are in place, but keep-up sessions were not happening often enough.' },
    { judgement: 'good', reason: 'Routines are consistent across classes and keep-up sessions have restarted.' },
  ],
};
