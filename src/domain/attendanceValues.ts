// Pupil groups and their labels. No zod here, so the first screen can use them without loading the
// record schemas (attendance.ts has those and re-exports these).

/** Pupil groups the board looks at separately. */
export const pupilGroups = ['all', 'disadvantaged', 'SEND', 'EHCP', 'FSM', 'EAL', 'social worker', 'boys', 'girls'] as const;
export type PupilGroup = (typeof pupilGroups)[number];
export const pupilGroupLabels: Record<PupilGroup, string> = {
  all: 'All pupils',
  disadvantaged: 'Disadvantaged',
  SEND: 'SEND (support and EHCP)',
  EHCP: 'With an EHCP',
  FSM: 'Free school meals',
  EAL: 'English as an additional language',
  'social worker': 'With a social worker',
  boys: 'Boys',
  girls: 'Girls',
};
