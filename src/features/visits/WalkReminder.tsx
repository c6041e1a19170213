/** What a governor keeps in mind on a walk: systems not people, and never a photo of a pupil. */
export function WalkReminder() {
  return (
    <div className="walk-reminder">
      <p>
        <strong>Never photograph pupils.</strong> Photograph displays, spaces and work without names.
      </p>
      <p>You are looking at how the school's systems and routines work, not judging individual teachers.</p>
      <p>Everything is saved on this device as you go, with or without a signal.</p>
    </div>
  );
}
