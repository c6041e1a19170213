import { IonButton } from '@ionic/react';
import { db } from '../../data';
import { setNotice } from '../../sync';
import { Loading, Page, Section } from '../../ui';
import { NeedsAttention } from './NeedsAttention';
import SignInForm from './SignInForm';
import { SyncStatusSection } from './SyncStatusSection';
import { useNotice, useSession } from './useSync';

/** Sign in to the board's server, see how sync is going, and deal with changes the server refused. */
export default function AccountPage() {
  const session = useSession();
  const notice = useNotice();
  return (
    <Page title="Sign in and sync" backTo="/settings" noSettings>
      {notice && (
        <Section title="From the board’s server" id="notice">
          <p role="status">{notice}</p>
          <IonButton fill="outline" onClick={() => void setNotice(db, null)}>
            Dismiss this message
          </IonButton>
        </Section>
      )}
      {session === undefined ? (
        <Loading what="your sign-in" />
      ) : session === null || session.token === null ? (
        <Section title="Sign in to your board" id="sign-in">
          <SignInForm
            intro={
              session
                ? `Your session on ${session.schoolName}’s server has ended. Sign in again to share your changes; nothing on this device is lost.`
                : 'Sign in with the email and password from your invitation, so your changes reach the rest of the board and theirs reach you.'
            }
          />
        </Section>
      ) : (
        <>
          <SyncStatusSection session={session} />
          <NeedsAttention schoolId={session.schoolId} />
        </>
      )}
    </Page>
  );
}
