import { lazy, Suspense } from 'react';
import { IonApp } from '@ionic/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { currentSchool } from '../data';
import { Loading, SchoolContext } from '../ui';
import { UpdatePrompt } from './UpdatePrompt';
import { Tabs } from './Tabs';

const Welcome = lazy(() => import('../features/welcome/WelcomePage'));

/** Shows the welcome (load the demo, or start a board) until a board is on this device; then the tabs. */
export function App() {
  const school = useLiveQuery(async () => (await currentSchool()) ?? null, []);
  return (
    <IonApp>
      {school === undefined ? (
        <Loading what="Steward" />
      ) : school === null ? (
        <Suspense fallback={<Loading what="Steward" />}>
          <Welcome />
        </Suspense>
      ) : (
        <SchoolContext.Provider value={school}>
          <Tabs />
        </SchoolContext.Provider>
      )}
      <UpdatePrompt />
    </IonApp>
  );
}
