import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton } from '@ionic/react';
import { approvalRefusal, ukDate, type Meeting } from '../../domain';
import { approveMinutes, db, membersOf, type MeetingDetail } from '../../data';
import { myRole } from '../../sync';
import { Section, problemText } from '../../ui';
import { Input } from './fields';

/** At this meeting, the chair approves and signs the minutes of the last one: they are then locked everywhere. */
export function ApproveSection({ detail }: { detail: MeetingDetail }) {
  const { meeting, toApprove, approvedHere } = detail;
  const who = useLiveQuery(async () => {
    const [role, members] = await Promise.all([myRole(db, meeting.schoolId), membersOf(meeting.schoolId)]);
    return { role, chair: members.find((m) => m.role === 'chair')?.displayName ?? '' };
  }, [meeting.schoolId]);
  if ((toApprove.length === 0 && approvedHere.length === 0) || !who) return null;
  const mayApprove = who.role === null || who.role === 'chair' || who.role === 'vice-chair';
  return (
    <Section title={toApprove.length > 0 ? 'Minutes to approve' : 'Minutes approved at this meeting'} id="approve">
      {toApprove.map((m) => (
        <Approve key={m.id} previous={m} at={meeting} chair={who.chair} mayApprove={mayApprove} />
      ))}
      {/* Approved at this meeting: the confirmation stays (the minutes leave the list above once approved). */}
      {approvedHere.map((m) => (
        <div key={m.id} className="m-item">
          <h3>
            Minutes of the {m.kind} on {ukDate(m.date)}
          </h3>
          <p role="status">Approved and signed by {m.approvedBy}: the minutes are now locked.</p>
        </div>
      ))}
    </Section>
  );
}

function Approve({ previous, at, chair, mayApprove }: { previous: Meeting; at: Meeting; chair: string; mayApprove: boolean }) {
  const [signer, setSigner] = useState(chair);
  const [error, setError] = useState('');
  const why = approvalRefusal(previous, at, signer);
  return (
    <div className="m-item">
      <h3>
        Minutes of the {previous.kind} on {ukDate(previous.date)}
      </h3>
      {!mayApprove ? (
        <p>Only the chair or the vice-chair approves and signs the minutes.</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (why) return setError(why);
            // Once stored, these minutes move to "approved here" below, which says so.
            approveMinutes(previous, at, signer).catch((x: unknown) => setError(problemText(x)));
          }}
        >
          <p>Once approved and signed, the minutes are locked on every device: a correction can then only be added as an erratum.</p>
          <Input label="Signed by (the chair)" value={signer} onChange={setSigner} error={error} maxLength={200} />
          <IonButton type="submit">Approve and sign the minutes</IonButton>
        </form>
      )}
    </div>
  );
}
