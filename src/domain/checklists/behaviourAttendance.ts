import { type BuiltInChecklist, counted, rated, section, seen } from './build';

/** Behaviour and attendance in practice: routines from the gate to the end of lunch. */
export const behaviourAttendanceChecklist: BuiltInChecklist = {
  templateKey: 'builtin-behaviour-attendance',
  version: 1,
  title: 'Behaviour and attendance in practice',
  purpose:
    'See whether the behaviour and attendance policies the board has approved are carried out the same way by every adult, every day: at the gate, in corridors, at lunch and in the messages pupils and families see.',
  sections: [
    section('arrival', 'Arrival and the gate', [
      seen('ba-greet', 'Staff were at the gate and doors, greeting pupils and families by name'),
      seen('ba-late-signed', 'Pupils arriving late came in through the office, and the reason was recorded'),
      counted('ba-late-count', 'Pupils who arrived after the register closed while I watched', 'Count only; write no names.'),
      seen('ba-first-day', 'The office could show how families of absent pupils are contacted on the first morning'),
    ]),
    section('registers', 'Registers', [seen('ba-registers', 'Registers were taken promptly at the start of each session')]),
    section('corridors', 'Corridors and moving between lessons', [
      seen('ba-calm-movement', 'Pupils moved around the school calmly and safely'),
      seen('ba-prompt-start', 'Lessons started promptly after pupils moved'),
      rated(
        'ba-classroom-calm',
        'How calm and purposeful were the classrooms I walked past?',
        'Look at the whole class and the routines, not at the teacher.',
      ),
    ]),
    section('lunch', 'Lunchtime and play', [
      seen('ba-lunch-supervised', 'Lunchtime and the playground were well supervised, with adults talking and playing with pupils'),
      seen('ba-respect', 'Pupils were polite and kind to each other and to adults'),
    ]),
    section('policy', 'The behaviour policy in practice', [
      seen('ba-same-language', 'Staff used the same words and routines that the behaviour policy sets out'),
      seen('ba-rewards', 'Rewards and consequences were used in the way the policy says'),
      seen('ba-expectations', 'Pupils could explain what is expected of them and why'),
    ]),
    section('messages', 'Attendance messages', [
      seen('ba-messages', 'Messages about attendance were on show, without naming or shaming any pupil'),
      seen('ba-pupils-why', 'Pupils could say why coming to school every day matters'),
    ]),
  ],
};
