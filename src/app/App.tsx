import { lazy, Suspense, useDeferredValue, useEffect, useState } from 'react';
import { IonApp } from '@ionic/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { currentSchool, db } from '../data';
import { HeaderStatusContext, Loading, SchoolContext } from '../ui';
import { UpdatePrompt } from './UpdatePrompt';
import { preloadable } from './preloadable';
import { boardExpected, FirstPaintDone, useRememberFirstScreen } from './firstPaint';

// The tabs (with the router and Today) load once a board is on the device, so a new device's
// welcome screen does not download them, and a device with a board does not download the welcome.
// The welcome screen fetches the tabs as soon as a board is on its way (the demo, a new board), so
// they are there, without a loading line, when the board is.
const { Component: Tabs, preload: preloadTabs } = preloadable(() => import('./Tabs'));
// On a device that holds a board, the tabs are fetched at once, alongside the store's first read and
// in a task of their own (not inside the first render, where adding their preloads made one long task).
if (boardExpected()) setTimeout(() => void preloadTabs().catch(() => undefined));
const Welcome = lazy(() => import('../features/welcome/WelcomePage'));
const WelcomeSignIn = lazy(() => import('../features/account/WelcomeSignIn'));
/** An invite link (/join#invite=…, A5) opens this whether or not a board is on the device yet. */
const Join = lazy(() => import('../features/members/JoinPage'));
const HeaderSyncStatus = lazy(() => import('../features/account/HeaderSyncStatus'));
/** The sync status in every title bar while signed in; it loads with the engine, after the first screen. */
const signedInHeader = (
  <Suspense fallback={null}>
    <HeaderSyncStatus />
  </Suspense>
);

/** Shows the welcome (sign in, load the demo, or start a board) until a board is on this device; then the tabs. */
export function App() {
  // Deferred: what the store's answer brings in (the tabs and Today) renders as a transition, which gives
  // the page back to the browser every few milliseconds, not as one task (a live query's update is not one).
  const school = useDeferredValue(useLiveQuery(async () => (await currentSchool()) ?? null, []));
  const [joining, setJoining] = useState(() => location.pathname === '/join');
  useRememberFirstScreen(school);
  // Sync runs in the background while this device is signed in to a board's server (src/sync). The
  // engine is loaded only then, and after the first screen, so a device that is not signed in never
  // downloads it.
  const signedIn = useDeferredValue(useLiveQuery(async () => (await db.meta.get('syncSession')) !== undefined, [], false));
  useEffect(() => {
    if (!signedIn) return undefined;
    let stop: (() => void) | undefined;
    let gone = false;
    import('../sync/appEngine')
      .then(({ syncEngine }) => {
        if (!gone) stop = syncEngine.start();
      })
      // Offline before the engine's chunk was cached: sync starts at the next start-up.
      .catch((e: unknown) => console.warn('Sync could not start:', e));
    return () => {
      gone = true;
      stop?.();
    };
  }, [signedIn]);
  return (
    <IonApp>
      {joining ? (
        <Suspense fallback={<Loading what="Steward" />}>
          <Join
            onDone={() => {
              history.replaceState(null, '', '/today'); // the invite is used: the link's token leaves the address
              setJoining(false);
            }}
          />
          <FirstPaintDone />
        </Suspense>
      ) : school === undefined ? (
        <Loading what="Steward" />
      ) : school === null ? (
        <Suspense fallback={<Loading what="Steward" />}>
          <Welcome signIn={<WelcomeSignIn />} prepareBoard={preloadTabs} />
          <FirstPaintDone />
        </Suspense>
      ) : (
        <SchoolContext.Provider value={school}>
          <HeaderStatusContext.Provider value={signedIn ? signedInHeader : null}>
            <Suspense fallback={<Loading what="Steward" />}>
              <Tabs />
              <FirstPaintDone />
            </Suspense>
          </HeaderStatusContext.Provider>
        </SchoolContext.Provider>
      )}
      <UpdatePrompt />
    </IonApp>
  );
}
