import { Suspense, useEffect, type ComponentType, type LazyExoticComponent } from 'react';
import { IonLabel, IonRouterOutlet, IonTabBar, IonTabButton, IonTabs } from '@ionic/react';
import { IonReactRouter } from '@ionic/react-router';
import { Navigate, Route } from 'react-router-dom';
import { calendarOutline, listOutline, peopleOutline, sunnyOutline, walkOutline } from 'ionicons/icons';
import { todayIso } from '../domain';
import { Loading, PlainIcon, useSchool, type ScreenPath } from '../ui';
import TodayPage from '../features/today/TodayPage';
import { preloadScreens, routes } from './routes';
import { whenTabsDefined } from './paper';

function Screen({ component: Component }: { component: LazyExoticComponent<ComponentType> }) {
  return (
    <Suspense fallback={<Loading what="the screen" />}>
      <Component />
    </Suspense>
  );
}

const tabs = [
  { tab: 'today', href: '/today', label: 'Today', icon: sunnyOutline },
  { tab: 'plan', href: '/plan', label: 'Plan', icon: listOutline },
  { tab: 'visits', href: '/visits', label: 'Visits', icon: walkOutline },
  { tab: 'attendance', href: '/attendance', label: 'Attendance', icon: peopleOutline },
  { tab: 'meetings', href: '/meetings', label: 'Meetings', icon: calendarOutline },
] satisfies { tab: string; href: ScreenPath; label: string; icon: string }[];

/** The five tabs and every route under them. Screens other than Today load on demand, or while the app is idle. */
export default function Tabs() {
  useEffect(whenTabsDefined, []);
  const schoolId = useSchool().id;
  // After Today is drawn, every other screen is fetched while the device is idle, and the tabs' own screens read ahead.
  useEffect(() => preloadScreens({ schoolId, today: todayIso() }), [schoolId]);
  return (
    <IonReactRouter>
      <IonTabs>
        <IonRouterOutlet>
          <Route path={'/today' satisfies ScreenPath} element={<TodayPage />} />
          {routes.map((r) => (
            <Route key={r.path} path={r.path} element={<Screen component={r.screen} />} />
          ))}
          <Route path="/" element={<Navigate to="/today" replace />} />
          <Route path="*" element={<Navigate to="/today" replace />} />
        </IonRouterOutlet>
        <IonTabBar slot="bottom">
          {tabs.map((t) => (
            <IonTabButton key={t.tab} tab={t.tab} href={t.href}>
              <PlainIcon icon={t.icon} className="tab-icon" />
              <IonLabel>{t.label}</IonLabel>
            </IonTabButton>
          ))}
        </IonTabBar>
      </IonTabs>
    </IonReactRouter>
  );
}
