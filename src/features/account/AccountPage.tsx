import { IonButton } from '@ionic/react';
import { Loading, Page, Section, to } from '../../ui';
import { NeedsAttention } from './NeedsAttention';
import SignInForm from './SignInForm';
import { SyncStatusSection } from './SyncStatusSection';
import { NoticeSection } from './NoticeSection';
import { SignOutEverywhere } from './SignOutEverywhere';
import { useSession } from './useSync';
import { sessionBoards } from '../../sync/boards';

/** Sign in to the board's server, see how sync is going, and deal with changes the server refused. */
export default function AccountPage() {
  const session = useSession();
  return (
    <Page title="Sign in and sync" backTo={to('/settings')} noSettings>
      <NoticeSection />
      <IonButton fill="outline" routerLink={to('/settings/members')}>
        Board members
      </IonButton>
      {session === undefined ? (
        <Loading what="your sign-in" />
      ) : session === null || session.token === null ? (
        <Section title="Sign in to your board" id="sign-in">
          <SignInForm
            intro={
              session
                ? `Your session on ${session.boards[0]?.schoolName ?? 'your board'}’s server has ended. Sign in again to share your changes; nothing on this device is lost.`
                : 'Sign in with the email and password from your invitation, so your changes reach the rest of the board and theirs reach you.'
            }
          />
        </Section>
      ) : null}
      {session && session.token !== null && <SyncStatusSection session={session} />}
      {session &&
        sessionBoards(session).map((b, _, all) => (
          <NeedsAttention key={b.schoolId} schoolId={b.schoolId} boardName={all.length > 1 ? b.schoolName : undefined} />
        ))}
      {session && session.token !== null && <SignOutEverywhere />}
    </Page>
  );
}
