import type { AreaSpec } from './specs';

/** Area for improvement 2: attendance of disadvantaged pupils. */
export const attendanceArea: AreaSpec = {
  number: 2,
  title: 'Improve the attendance of disadvantaged pupils and reduce persistent absence',
  targets: [
    'Disadvantaged pupils’ attendance rises from 88.1% to at least 92% by the end of the school year.',
    'Persistent absence among disadvantaged pupils falls from 27% to below 18%.',
    'Attendance of all pupils is in line with the national figure.',
  ],
  needs: [
    {
      description: 'Leaders do not look at attendance by pupil group often enough to spot patterns and act on them.',
      actions: [
        {
          description:
            'Hold a weekly attendance meeting (headteacher, attendance officer, family support worker) on every disadvantaged pupil below 90%.',
          lead: 'Headteacher',
          resources: 'One hour a week',
          start: -320,
          finish: -280,
          successCriteria: 'The meeting happens every week; its notes give an action for each named pupil.',
          status: 'complete',
        },
        {
          description:
            'Report attendance by group (disadvantaged, SEND, free school meals) to every committee meeting, against national figures.',
          lead: 'Attendance officer',
          resources: 'Reports from the attendance system',
          start: -250,
          finish: 200,
          successCriteria: 'Every committee meeting receives the half-termly attendance annex a week beforehand.',
          status: 'in-progress',
        },
      ],
    },
    {
      description: 'Families of persistently absent disadvantaged pupils do not get support early enough.',
      actions: [
        {
          description: 'Call home on the first day of every unexplained absence, and visit the home on the third day.',
          lead: 'Attendance officer',
          resources: 'Attendance officer post; family support worker',
          start: -220,
          finish: 100,
          successCriteria: 'Every unexplained absence followed up on the first day; a home visit logged by the third day.',
          status: 'stalled',
          atReviews: [
            {
              rating: 'red',
              note: 'The attendance officer post is vacant. First-day calls are made, but fewer than half of third-day home visits happen.',
              challenge: 'Governors asked why the post had not been filled and what cover was in place meanwhile.',
              response: 'The post has been advertised again; the family support worker makes the calls but cannot also make the visits.',
              nextSteps: 'Headteacher to agree interim cover with the local authority’s attendance service.',
            },
            {
              rating: 'red',
              note: 'Still no cover for home visits: the post remains unfilled and the local authority could not offer help this half term.',
              challenge: 'Governors asked what the school would stop doing to free time for home visits.',
              response: 'The deputy headteacher will make home visits two mornings a week until an officer is appointed.',
              nextSteps: 'Chair to raise the vacancy at the School of Concern meeting; headteacher to report visits made each week.',
            },
          ],
        },
        {
          description: 'Offer an early help assessment to every family of a persistently absent disadvantaged pupil.',
          lead: 'Family support worker',
          resources: 'The local authority’s early help team',
          start: -170,
          finish: 60,
          successCriteria: 'Early help offered to every such family; a plan in place for each that accepts.',
          status: 'in-progress',
          atReviews: [
            {
              rating: 'amber',
              note: 'Early help has been offered to 9 of 23 families so far.',
              challenge: 'Governors asked how the remaining families would be reached.',
              response: 'The family support worker is booking meetings at pick-up time, when parents are in school.',
            },
            { rating: 'green', note: 'Offered to 21 of 23 families; 12 plans in place.' },
          ],
        },
        {
          description: 'Open a free breakfast club from 8:00, with priority places for disadvantaged pupils.',
          lead: 'School business manager',
          resources: 'Pupil premium: about £9,000 a year; two members of staff',
          start: -100,
          finish: -40,
          successCriteria: 'At least 30 disadvantaged pupils attend breakfast club regularly, and their punctuality improves.',
          status: 'complete',
        },
      ],
    },
    {
      description: 'Disadvantaged pupils who also have SEND miss more school than their classmates.',
      actions: [
        {
          description: 'Review every part-time timetable and agree a dated plan back to full time with each family.',
          lead: 'SENCo (Marcus Adeyemi)',
          resources: 'SENCo time; the local authority’s SEND adviser',
          start: -160,
          finish: 30,
          successCriteria: 'No pupil stays on a part-time timetable for more than six weeks without a review.',
          status: 'in-progress',
          atReviews: [
            {
              rating: 'amber',
              note: 'Four pupils are on part-time timetables; two have had no review for over six weeks.',
              challenge: 'Governors asked who signs off a part-time timetable and how the local authority is told.',
              response: 'The headteacher signs each one off; the SENCo will now notify the local authority on the day it starts.',
            },
            {
              rating: 'amber',
              note: 'Reviews are now up to date, but one pupil has been on a reduced timetable for a full term.',
              nextSteps: 'SENCo to bring that pupil’s plan back to full time to the next meeting (Part B).',
            },
          ],
        },
        {
          description: 'Add an attendance target to the support plan of each pupil with SEND whose attendance is below 90%.',
          lead: 'SENCo (Marcus Adeyemi)',
          resources: 'Support plan review meetings',
          start: 15,
          finish: 120,
          successCriteria: 'Every such plan has an attendance target, reviewed with the family each term.',
          status: 'not-started',
        },
      ],
    },
  ],
  milestones: [
    {
      offset: -290,
      metOffset: -290,
      description: 'Weekly attendance meeting running; every disadvantaged pupil below 90% named with an action.',
    },
    { offset: -180, metOffset: -175, description: 'First-day calling in place for every unexplained absence.' },
    { offset: -12, description: 'Home visits made by the third day for at least 90% of unexplained absences.' },
    { offset: 40, description: 'Disadvantaged pupils’ attendance at 90% or above for the half term.' },
    { offset: 120, description: 'Disadvantaged pupils’ attendance at least 92%; their persistent absence below 18%.' },
  ],
  judgements: [
    { judgement: 'insufficient', reason: 'The gap to all pupils has hardly moved, and home visits depend on a post that is vacant.' },
    {
      judgement: 'insufficient',
      reason: 'Breakfast club and early help are helping, but home visits are still not happening and the gap is over 5 points.',
    },
  ],
};
