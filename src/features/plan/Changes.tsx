import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton } from '@ionic/react';
import { describeChange, ukDateTime, whoChanged } from '../../domain';
import { historyOf, type HistoryEntry } from '../../data';
import { Section } from '../../ui';

const FIRST = 8;

interface ChangesProps {
  /** The records whose changes to show. */
  recordIds: string[];
  /** What a record is called on this screen ("Action 1a(ii)", "Milestone 3"). */
  nameOf: (entry: HistoryEntry) => string;
  title?: string;
  id?: string;
}

/** Who changed what and when, newest first: the newest few, then all on request. */
export function Changes({ recordIds, nameOf, title = 'Changes', id = 'changes' }: ChangesProps) {
  const [all, setAll] = useState(false);
  const key = recordIds.join(',');
  const entries = useLiveQuery(() => historyOf(key ? key.split(',') : []), [key]);
  if (!entries) return null;
  const shown = all ? entries : entries.slice(0, FIRST);
  return (
    <Section title={title} id={id}>
      {entries.length === 0 ? (
        <p className="muted">No changes have been recorded on this device yet.</p>
      ) : (
        <ol className="changes">
          {shown.map((e) => (
            <li key={`${e.seq}:${e.recordId}`}>
              <p>
                <strong>{nameOf(e)}</strong>: {describeChange(e)}
              </p>
              <p className="muted">
                By {whoChanged(e.by)}, <time dateTime={e.at}>{ukDateTime(e.at)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {!all && entries.length > FIRST && (
        <IonButton fill="clear" onClick={() => setAll(true)}>
          Show all {entries.length} changes
        </IonButton>
      )}
    </Section>
  );
}
