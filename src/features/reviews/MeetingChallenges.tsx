import { useLiveQuery } from 'dexie-react-hooks';
import { ukDate } from '../../domain';
import { meetingChallengesFor } from '../../data';

/** The challenges minuted at meetings since the last review and tied to this action, with the school's answers. */
export function MeetingChallenges({ schoolId, actionId, since }: { schoolId: string; actionId: string; since?: string }) {
  const asked = useLiveQuery(() => meetingChallengesFor(schoolId, actionId, since), [schoolId, actionId, since]);
  if (!asked || asked.length === 0) return null;
  return (
    <div className="review-card compact">
      <p>
        <strong>Challenged at meetings since the last review:</strong>
      </p>
      <ul className="plain-list bullets">
        {asked.map((c) => (
          <li key={c.id}>
            {ukDate(c.askedAt.slice(0, 10))}, {c.askedBy || 'a member'}: {c.question}
            {c.answer && ` The school’s answer: ${c.answer}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
