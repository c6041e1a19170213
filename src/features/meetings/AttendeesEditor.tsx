import { useState } from 'react';
import { IonButton } from '@ionic/react';
import type { Attendee } from '../../domain';
import { Section } from '../../ui';
import { Input } from './fields';

/** Who is invited: each with their office, and whether they are a member (counted for the quorum) or a visitor. */
export function AttendeesEditor({ attendees, onChange }: { attendees: Attendee[]; onChange: (a: Attendee[]) => void }) {
  const [name, setName] = useState('');
  const [office, setOffice] = useState('');
  const [member, setMember] = useState(false);
  const [error, setError] = useState('');
  const put = (i: number, patch: Partial<Attendee>) => onChange(attendees.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <Section title={`Invited (${attendees.length})`} id="invited">
      {attendees.length > 0 && (
        <table className="m-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Office</th>
              <th scope="col">Member</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {attendees.map((a, i) => (
              <tr key={`${a.name}-${i}`}>
                <td>{a.name}</td>
                <td>{a.office}</td>
                <td>
                  <input
                    type="checkbox"
                    checked={a.member}
                    aria-label={`${a.name} is a member (counts for the quorum)`}
                    onChange={(e) => put(i, { member: e.target.checked })}
                  />
                </td>
                <td>
                  <IonButton fill="clear" size="small" onClick={() => onChange(attendees.filter((_, j) => j !== i))}>
                    Remove {a.name}
                  </IonButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="m-grid">
        <Input label="Name of someone to invite" value={name} onChange={setName} error={error} />
        <Input label="Their office" value={office} onChange={setOffice} hint="e.g. Local authority officer, Governor" />
      </div>
      <label className="check-row">
        <input type="checkbox" checked={member} onChange={(e) => setMember(e.target.checked)} /> A member of the committee (counts for the
        quorum)
      </label>
      <IonButton
        fill="outline"
        onClick={() => {
          if (!name.trim()) return setError('Enter the name of the person to invite.');
          onChange([...attendees, { name: name.trim(), office: office.trim(), member, attendance: 'expected' }]);
          setName('');
          setOffice('');
          setError('');
        }}
      >
        Invite
      </IonButton>
    </Section>
  );
}
