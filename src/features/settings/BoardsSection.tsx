import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonItem, IonLabel, IonList } from '@ionic/react';
import { db, setCurrentSchool } from '../../data';
import { boardsOnDevice, whereText } from '../../sync/boards';
import { readSession } from '../../sync/session';
import { Section } from '../../ui';
import { UploadBoard } from './UploadBoard';

/**
 * Every board on this device, to choose the one the app shows (C5), and the boards kept on this
 * device only, to upload to the board's server (A6). At the top of Settings, one tap from every
 * screen. The sync engine loads only when uploading.
 */
export function BoardsSection() {
  const boards = useLiveQuery(() => boardsOnDevice(db), []);
  const signedIn = useLiveQuery(async () => Boolean((await readSession(db))?.token), [], false);
  const [said, setSaid] = useState('');
  if (!boards) return null;
  const deviceOnly = boards.filter((b) => b.where === 'device');

  async function show(schoolId: string) {
    const board = boards?.find((b) => b.schoolId === schoolId);
    if (!board || board.current) return;
    await setCurrentSchool(schoolId);
    setSaid(`Now showing ${board.name}.`);
  }

  return (
    <>
      <Section title="Your boards" id="your-boards">
        <p>
          {boards.length > 1
            ? 'Choose the board Steward shows. Each keeps its own records and its own changes waiting to be sent: switching loses nothing.'
            : 'This device holds one board. Boards you sign in to, or start, are listed here to switch between.'}
        </p>
        <IonList inset aria-label="Boards on this device">
          {boards.map((b) => (
            <IonItem
              key={b.schoolId}
              button={!b.current}
              detail={false}
              onClick={() => void show(b.schoolId)}
              aria-current={b.current ? 'true' : undefined}
            >
              <IonLabel>
                <h3>{b.current ? `${b.name} (shown now)` : `Show ${b.name}`}</h3>
                <p>{whereText(b)}</p>
              </IonLabel>
            </IonItem>
          ))}
        </IonList>
        <p role="status" className="muted">
          {said}
        </p>
      </Section>
      {deviceOnly.length > 0 && (
        <Section title="Share a board kept on this device" id="upload">
          {signedIn ? (
            <>
              <p>
                Upload a board to the board’s server so that it is shared and synced like your other boards, with you as its chair or clerk.
                Everything recorded for it on this device is sent.
              </p>
              {deviceOnly.map((b) => (
                <UploadBoard key={b.schoolId} schoolId={b.schoolId} name={b.name} onUploaded={setSaid} />
              ))}
            </>
          ) : (
            <p>
              Sign in (under “Changes on this device” below) to upload a board kept on this device only, so it is shared with the rest of
              its board.
            </p>
          )}
        </Section>
      )}
    </>
  );
}
