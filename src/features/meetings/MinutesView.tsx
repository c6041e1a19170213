import { attendeeName, quorumOf, ukDate, type MinuteItem } from '../../domain';
import type { MeetingDetail } from '../../data';
import { DateText, Section, VisibilityBadge } from '../../ui';
import { ukDateTime } from '../../domain';

/** The minutes as read: attendance and quorum, declarations, approvals recorded, each item, Part B kept apart. */
export function MinutesView({ detail }: { detail: MeetingDetail }) {
  const { meeting, items, challenges, actions, errata, approvedHere } = detail;
  if (meeting.minutesStatus === 'not-started') return null;
  const present = meeting.attendees.filter((a) => a.attendance === 'present');
  const apologies = meeting.attendees.filter((a) => a.attendance.startsWith('apologies'));
  const absent = meeting.attendees.filter((a) => a.attendance === 'absent');
  const partA = items.filter((i) => i.visibility === 'board');
  const partB = items.filter((i) => i.visibility !== 'board');
  const unseen = Math.max(0, meeting.confidentialItems - partB.length);
  const item = (i: MinuteItem, n: number) => (
    <li key={i.id} className="m-item">
      <h3>
        {n}. {i.title} <VisibilityBadge visibility={i.visibility} />
      </h3>
      {i.discussion && <p className="prewrap">{i.discussion}</p>}
      {challenges
        .filter((c) => c.minuteItemId === i.id)
        .map((c) => (
          <div key={c.id} className="m-sub">
            <p>
              <strong>Challenge{c.askedBy && ` (${c.askedBy})`}:</strong> {c.question}
            </p>
            {c.answer && (
              <p>
                <strong>The school’s answer:</strong> {c.answer}
              </p>
            )}
          </div>
        ))}
      {i.decision && (
        <p className="prewrap">
          <strong>Decision:</strong> {i.decision}
        </p>
      )}
      {actions
        .filter((a) => a.minuteItemId === i.id)
        .map((a) => (
          <p key={a.id}>
            <strong>Action:</strong> {a.description} ({a.owner}, by <DateText date={a.due} />)
          </p>
        ))}
      {errata
        .filter((e) => e.minuteItemId === i.id)
        .map((e) => (
          <p key={e.id} className="m-erratum">
            <strong>Erratum</strong> ({e.recordedBy}, {ukDateTime(e.recordedAt)}): {e.correction}
          </p>
        ))}
    </li>
  );
  return (
    <Section title="Minutes" id="minutes">
      <p>
        <strong>Present:</strong> {present.map(attendeeName).join(', ') || 'not recorded'}
      </p>
      {apologies.length > 0 && (
        <p>
          <strong>Apologies:</strong>{' '}
          {apologies.map((a) => `${attendeeName(a)} (${a.attendance === 'apologies accepted' ? 'accepted' : 'not accepted'})`).join(', ')}
        </p>
      )}
      {absent.length > 0 && (
        <p>
          <strong>Absent:</strong> {absent.map(attendeeName).join(', ')}
        </p>
      )}
      <p>{quorumOf(meeting).text}</p>
      <p>
        <strong>Declarations of interest:</strong> {meeting.declarations || 'none recorded'}
      </p>
      {approvedHere.map((m) => (
        <p key={m.id}>
          The minutes of the {m.kind} on {ukDate(m.date)} were approved and signed by {m.approvedBy}
          {m.approvedAt && ` on ${ukDateTime(m.approvedAt)}`}.
        </p>
      ))}
      <ol className="plain-list">{partA.map((i, n) => item(i, n + 1))}</ol>
      {unseen > 0 && (
        <p className="muted">
          {unseen === 1 ? 'A confidential item was discussed' : `${unseen} confidential items were discussed`} (Part B): minuted separately.
        </p>
      )}
      {partB.length > 0 && (
        <>
          <h3>Part B (confidential)</h3>
          <ol className="plain-list">{partB.map((i, n) => item(i, partA.length + n + 1))}</ol>
        </>
      )}
      {errata
        .filter((e) => !e.minuteItemId)
        .map((e) => (
          <p key={e.id} className="m-erratum">
            <strong>Erratum</strong> ({e.recordedBy}, {ukDateTime(e.recordedAt)}): {e.correction}
          </p>
        ))}
    </Section>
  );
}
