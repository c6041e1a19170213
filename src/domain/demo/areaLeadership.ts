import type { AreaSpec } from './specs';

/** Area for improvement 3: leadership and governance. */
export const leadershipArea: AreaSpec = {
  number: 3,
  title: 'Strengthen leadership at every level, and governors’ challenge, so that improvement is rapid and lasts',
  targets: [
    'The minutes of every committee meeting show governors challenging progress on each priority.',
    'English and mathematics leaders check the quality of teaching in their subjects every half term.',
    'Teaching judged good or better rises from 55% to 80%.',
  ],
  needs: [
    {
      description: 'Governors do not hold leaders to account sharply enough for the pace of improvement.',
      actions: [
        {
          description:
            'Set up a School Improvement Committee that meets the headteacher and the local authority officer at least every half term.',
          lead: 'Chair of governors',
          resources: 'A clerk from the governor support service',
          start: -340,
          finish: -300,
          successCriteria: 'Terms of reference agreed; the committee has met every half term since, with minutes.',
          status: 'complete',
        },
        {
          description: 'Train governors to read school data and to ask questions that challenge.',
          lead: 'Vice-chair',
          resources: 'Two local authority governor training sessions',
          start: -260,
          finish: -190,
          successCriteria: 'All governors trained; minutes show questions about the figures, not only about the activity.',
          status: 'complete',
        },
        {
          description: 'Carry out a termly programme of governor learning walks tied to the plan’s priorities.',
          lead: 'Chair of governors',
          resources: 'Governors’ time; a simple visit checklist',
          start: -200,
          finish: 180,
          successCriteria: 'A learning walk on each area every term, with a written note agreed with the headteacher.',
          status: 'in-progress',
        },
      ],
    },
    {
      description: 'Subject leaders do not yet check the quality of teaching in their subjects or act on what they find.',
      actions: [
        {
          description: 'Coach the English and mathematics leaders to monitor teaching, through paired visits with the headteacher.',
          lead: 'Headteacher, with the local authority officer',
          resources: 'Four days of the local authority officer’s time',
          start: -240,
          finish: 40,
          successCriteria: 'Subject leaders’ judgements of lessons match the headteacher’s in paired visits.',
          status: 'in-progress',
          atReviews: [
            {
              rating: 'amber',
              note: 'Only two paired visits so far; the mathematics leader has not yet led one.',
              challenge: 'Governors asked whether the mathematics leader has the time to do this.',
              response: 'The mathematics leader will have one afternoon a fortnight out of class from next half term.',
            },
            { rating: 'green', note: 'Both leaders have led paired visits; their judgements matched the headteacher’s.' },
          ],
        },
        {
          description: 'Agree a calendar of monitoring, and send governors a short summary of findings each half term.',
          lead: 'Deputy headteacher',
          resources: 'Senior leadership meeting time',
          start: -120,
          finish: 150,
          successCriteria: 'Governors receive the summary before every committee meeting.',
          status: 'in-progress',
        },
      ],
    },
  ],
  milestones: [
    { offset: -300, metOffset: -305, description: 'School Improvement Committee set up with terms of reference and a clerk.' },
    { offset: -190, metOffset: -192, description: 'All governors have completed data and challenge training.' },
    { offset: -45, description: 'Subject leaders’ monitoring summary received by governors for the first time.' },
    { offset: 6, description: 'A learning walk completed on each area for improvement this term.' },
    { offset: 150, description: 'At least 80% of teaching judged good or better by leaders and the local authority officer.' },
  ],
  judgements: [
    { judgement: 'some', reason: 'The committee is working well; subject leaders are not yet monitoring on their own.' },
    { judgement: 'good', reason: 'Governors are challenging on every priority; subject leaders are now monitoring teaching.' },
  ],
};
