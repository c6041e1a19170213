import { lazy, Suspense, useState, type ReactNode } from 'react';
import { IonButton, IonContent, IonHeader, IonPage, IonTitle, IonToolbar } from '@ionic/react';
import { todayIso } from '../../domain';
import { problemText } from '../../ui';

// The demo board and the new-board form (with its selects) are loaded only when asked for, so the
// first screen a new device downloads is the welcome text and two buttons.
const NewBoardForm = lazy(() => import('./NewBoardForm'));

/**
 * First launch: sign in to your board (the form comes from the app shell, as features do not
 * import each other), try Steward with a demo board, or start your own board on this device.
 * `prepareBoard` fetches the board's screens ahead of need, so they are ready when the board is.
 */
export default function WelcomePage({ signIn, prepareBoard }: { signIn?: ReactNode; prepareBoard?: () => Promise<unknown> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [starting, setStarting] = useState<false | 'plan' | 'blank'>(false);
  async function loadDemo() {
    setBusy(true);
    setError('');
    prepareBoard?.().catch(() => undefined); // the board's screens load while the demo is written; a failure shows when they render
    try {
      const [{ v7 }, { buildDemoBoard }, { importBoard }, { setCurrentSchool }] = await Promise.all([
        import('uuid'),
        import('../../domain/demo'),
        import('../../data/commands/import'),
        import('../../data/commands/device'),
      ]);
      const board = buildDemoBoard(todayIso(), v7);
      await importBoard(board);
      await setCurrentSchool(board.schools![0]!.id);
    } catch (e) {
      setError(problemText(e));
      setBusy(false);
    }
  }
  return (
    <IonPage>
      <IonHeader>
        <IonToolbar color="primary">
          <IonTitle>
            <h1 className="page-title">Welcome to Steward</h1>
          </IonTitle>
        </IonToolbar>
      </IonHeader>
      <IonContent>
        <main className="page-main welcome">
          <p className="lead">
            Steward helps the governors of a school causing concern keep the action plan in view: half-termly reviews, monitoring visits and
            learning walks, attendance challenge, and the minutes that show it all happened.
          </p>
          <p>It works with no signal. Everything is kept on this device.</p>
          {signIn && (
            <section className="section" aria-labelledby="sign-in-heading">
              <h2 id="sign-in-heading">Join your board</h2>
              {signIn}
            </section>
          )}
          <section className="section" aria-labelledby="demo-heading">
            <h2 id="demo-heading">Try it with a demo board</h2>
            <p>
              Northgate Primary School is a made-up School of Concern in its Repair phase, with an action plan, two reviews, a learning
              walk, attendance figures and meetings.
            </p>
            <IonButton expand="block" onClick={() => void loadDemo()} disabled={busy}>
              {busy ? 'Loading the demo…' : 'Load the demo board'}
            </IonButton>
            {error && (
              <p className="error" role="alert">
                The demo could not be loaded: {error}
              </p>
            )}
          </section>
          <section className="section" aria-labelledby="start-heading">
            <h2 id="start-heading">Start your own board</h2>
            {starting ? (
              <Suspense fallback={<p role="status">Opening the form…</p>}>
                <NewBoardForm onCancel={() => setStarting(false)} openAfter={starting === 'plan' ? '/plan/files' : undefined} />
              </Suspense>
            ) : (
              <>
                <p>
                  Start from your plan: name your school, then choose the spreadsheet or Word document your plan is written in and see it
                  before it is saved.
                </p>
                <IonButton
                  expand="block"
                  onClick={() => {
                    prepareBoard?.().catch(() => undefined);
                    setStarting('plan');
                  }}
                >
                  Start from your plan
                </IonButton>
                <IonButton
                  expand="block"
                  fill="outline"
                  onClick={() => {
                    prepareBoard?.().catch(() => undefined);
                    setStarting('blank');
                  }}
                >
                  Start a board for my school
                </IonButton>
              </>
            )}
          </section>
        </main>
      </IonContent>
    </IonPage>
  );
}
