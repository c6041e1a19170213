import { type BuiltInChecklist, rated, section, seen, written } from './build';

/** Safeguarding and culture: what a visitor can see of a safe school, from the gate to what pupils say. */
export const safeguardingChecklist: BuiltInChecklist = {
  templateKey: 'builtin-safeguarding-culture',
  version: 1,
  title: 'Safeguarding and culture',
  purpose:
    'See whether the safeguarding the board is told about is what a visitor meets: a secure site, checks on every adult, and a culture where pupils know who to tell. You are checking systems, not individual staff.',
  sections: [
    section('arrival', 'Arriving and signing in', [
      seen('sg-sign-in', 'I was asked to sign in and to show photo ID before going past reception'),
      seen(
        'sg-lanyard',
        'I was given a visitor lanyard or badge, and told what its colour means',
        'Many schools use a different colour for visitors who have not been checked and must be escorted.',
      ),
      seen(
        'sg-leaflet',
        'I was told, or given in writing, what to do if a pupil tells me something worrying, and who the safeguarding leads are',
      ),
      seen('sg-staff-id', 'Staff I met were wearing their ID'),
    ]),
    section('site', 'Around the site', [
      seen('sg-gates', 'Gates and outside doors were closed or watched; nobody could walk in unseen'),
      seen('sg-escort', 'I was escorted, or my badge was checked, when I moved around the school'),
      seen('sg-challenge', 'Staff noticed an adult they did not know and asked who I was or greeted me'),
    ]),
    section('culture', 'Culture and what pupils say', [
      seen(
        'sg-who-tell',
        'Pupils could name an adult they would tell if they were worried',
        'Ask a general question ("who would you go to if something was worrying you?"), with a member of staff nearby. Never ask about a particular incident or child.',
      ),
      seen('sg-posters', 'Pictures and names of the safeguarding leads were on show where pupils and visitors see them'),
      seen(
        'sg-recording',
        'Staff could say how they record a concern and who reads it',
        'For example on CPOMS or a paper form passed to the designated safeguarding lead the same day.',
      ),
      rated('sg-could-happen', 'How strong is the sense among staff that "it could happen here"?'),
    ]),
    section('online', 'Online safety', [
      seen('sg-online-seen', 'Online safety was visible: rules by the computers, displays or lesson content'),
      seen('sg-online-pupils', 'Pupils could say how to stay safe online and what to do if something online upset them'),
    ]),
    section('raise', 'Anything to raise', [
      written(
        'sg-raise',
        'Anything to pass to the designated safeguarding lead today',
        'Tell the designated safeguarding lead before you leave. Write no names of pupils here.',
      ),
    ]),
  ],
};
