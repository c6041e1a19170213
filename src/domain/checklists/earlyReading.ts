import { type BuiltInChecklist, photographed, section, seen } from './build';

/** Early reading and the curriculum: phonics, the weakest readers, a love of reading and a visible sequence. */
export const earlyReadingChecklist: BuiltInChecklist = {
  templateKey: 'builtin-early-reading',
  version: 1,
  title: 'Early reading and curriculum',
  purpose:
    "See whether every pupil is taught to read with one phonics programme, whether the weakest readers get the most help, and whether the curriculum is taught in the planned order. You are looking at the school's systems, not judging lessons.",
  sections: [
    section('phonics', 'Phonics', [
      seen('er-programme', "Phonics sessions followed the school's programme, with the same routines in every class"),
      seen(
        'er-books-matched',
        'Reading books in book bags matched the sounds pupils had been taught',
        'Ask two or three pupils to read a page of their book to you; they should be able to sound out most words.',
      ),
      seen('er-blending', 'Pupils blended sounds to read words confidently'),
    ]),
    section('weakest', 'The weakest readers', [
      seen('er-keep-up', 'Pupils who fell behind had extra practice the same day (keep-up sessions)'),
      seen('er-read-more', 'The weakest readers read to an adult more often than other pupils'),
      seen('er-catch-up', 'Older pupils who cannot yet read fluently were on a catch-up programme'),
    ]),
    section('culture', 'Reading culture', [
      seen('er-book-areas', 'Reading areas were inviting, with books pupils want to read'),
      seen('er-story-time', 'Adults read aloud to pupils every day'),
      seen('er-talk-books', 'Pupils could talk about books they have enjoyed'),
      photographed(
        'er-photo',
        'A photo of a reading area or display',
        'Photograph the space or the display only: never pupils, and no names on work.',
      ),
    ]),
    section('sequence', 'The curriculum in sequence', [
      seen('er-sequence-visible', 'What pupils learn, and in what order, was visible (for example knowledge organisers or working walls)'),
      seen('er-connect', 'Pupils could say what they learned before and how it links to what they are learning now'),
      seen('er-books-follow', 'Work in books followed the planned curriculum'),
    ]),
  ],
};
