import { type BuiltInChecklist, counted, rated, section, seen, written } from './build';

/** SEND, inclusion and pupil voice: whether every pupil belongs and learns, in their own words too. */
export const sendInclusionChecklist: BuiltInChecklist = {
  templateKey: 'builtin-send-inclusion',
  version: 1,
  title: 'SEND, inclusion and pupil voice',
  purpose:
    "See whether pupils with special educational needs and disabilities learn alongside their classmates with the right help, and hear from pupils what school is like for them. Never look at an individual pupil's plan or records.",
  sections: [
    section('classrooms', 'Inclusion in classrooms', [
      seen('si-in-class', 'Pupils with SEND were learning in class with their classmates, with the work adapted'),
      seen('si-adaptations', 'Adaptations were on show: visual timetables, word mats, seating, equipment'),
      seen(
        'si-independence',
        'Adults helped pupils become independent rather than doing the work for them',
        'A sign of too much reliance on one-to-one support: an adult sitting beside the same pupil all lesson.',
      ),
      seen('si-calm-spaces', 'Quiet spaces for pupils who need to calm down were available and used well'),
    ]),
    section('leadership', 'How SEND is led', [
      seen('si-identify', 'The SENCO could explain how needs are spotted early and what happens next'),
      seen(
        'si-plans',
        'Support plans have clear targets and are reviewed with pupils and parents',
        'Ask the SENCO how this works; do not read individual plans.',
      ),
      rated('si-working', 'How well does the SEND provision seem to be working?'),
    ]),
    section('voice', 'Pupil voice', [
      seen('si-safe', 'Pupils said they feel safe in school'),
      seen('si-help', 'Pupils said adults help them when learning is hard'),
      seen('si-fair', 'Pupils said they are treated fairly'),
      counted('si-spoke-with', 'How many pupils I spoke with'),
      written('si-words', 'What pupils said, in their own words', 'No names, and nothing that identifies a pupil.'),
    ]),
    section('belonging', 'Belonging', [
      seen('si-clubs', 'Pupils with SEND and disadvantaged pupils take part in clubs, trips and responsibilities'),
    ]),
  ],
};
