import { useLiveQuery } from 'dexie-react-hooks';
import { describeChange, ukDateTime, whoChanged } from '../../domain';
import { historyOf, type MeetingDetail } from '../../data';
import { Section } from '../../ui';

/** Who changed what in the draft minutes, newest first: the meeting, each item, challenge and action. */
export function MeetingChanges({ detail }: { detail: MeetingDetail }) {
  const names = new Map<string, string>([[detail.meeting.id, 'The meeting']]);
  detail.items.forEach((i, n) => names.set(i.id, `Item ${n + 1}: ${i.title}`));
  detail.challenges.forEach((c) => names.set(c.id, 'A challenge'));
  detail.actions.forEach((a) => names.set(a.id, `Action: ${a.description.slice(0, 60)}`));
  detail.errata.forEach((e) => names.set(e.id, 'An erratum'));
  const key = [...names.keys()].join(',');
  const entries = useLiveQuery(() => historyOf(key.split(',')), [key]);
  if (!entries || entries.length === 0) return null;
  return (
    <Section title="Who changed what" id="changes">
      <ol className="changes">
        {entries.slice(0, 40).map((e) => (
          <li key={`${e.seq}:${e.recordId}`}>
            <p>
              <strong>{names.get(e.recordId) ?? 'A record'}</strong>: {describeChange(e)}
            </p>
            <p className="muted">
              By {whoChanged(e.by)}, <time dateTime={e.at}>{ukDateTime(e.at)}</time>
            </p>
          </li>
        ))}
      </ol>
    </Section>
  );
}
