import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { IonIcon, IonLabel, IonRouterOutlet, IonTabBar, IonTabButton, IonTabs } from '@ionic/react';
import { IonReactRouter } from '@ionic/react-router';
import { Navigate, Route } from 'react-router-dom';
import { calendarOutline, listOutline, peopleOutline, sunnyOutline, walkOutline } from 'ionicons/icons';
import { Loading } from '../ui';
import TodayPage from '../features/today/TodayPage';

const screens: Record<string, LazyExoticComponent<ComponentType>> = {
  plan: lazy(() => import('../features/plan/PlanPage')),
  area: lazy(() => import('../features/plan/AreaPage')),
  action: lazy(() => import('../features/plan/ActionPage')),
  visits: lazy(() => import('../features/visits/VisitsPage')),
  visit: lazy(() => import('../features/visits/VisitPage')),
  attendance: lazy(() => import('../features/attendance/AttendancePage')),
  meetings: lazy(() => import('../features/meetings/MeetingsPage')),
  meeting: lazy(() => import('../features/meetings/MeetingPage')),
  settings: lazy(() => import('../features/settings/SettingsPage')),
};

function Screen({ name }: { name: keyof typeof screens }) {
  const Component = screens[name]!;
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
];

/** The five tabs and every route under them. Screens other than Today load on demand. */
export function Tabs() {
  return (
    <IonReactRouter>
      <IonTabs>
        <IonRouterOutlet>
          <Route path="/today" element={<TodayPage />} />
          <Route path="/plan" element={<Screen name="plan" />} />
          <Route path="/plan/areas/:areaId" element={<Screen name="area" />} />
          <Route path="/plan/actions/:actionId" element={<Screen name="action" />} />
          <Route path="/visits" element={<Screen name="visits" />} />
          <Route path="/visits/:visitId" element={<Screen name="visit" />} />
          <Route path="/attendance" element={<Screen name="attendance" />} />
          <Route path="/meetings" element={<Screen name="meetings" />} />
          <Route path="/meetings/:meetingId" element={<Screen name="meeting" />} />
          <Route path="/settings" element={<Screen name="settings" />} />
          <Route path="/" element={<Navigate to="/today" replace />} />
          <Route path="*" element={<Navigate to="/today" replace />} />
        </IonRouterOutlet>
        <IonTabBar slot="bottom">
          {tabs.map((t) => (
            <IonTabButton key={t.tab} tab={t.tab} href={t.href}>
              <IonIcon icon={t.icon} aria-hidden="true" />
              <IonLabel>{t.label}</IonLabel>
            </IonTabButton>
          ))}
        </IonTabBar>
      </IonTabs>
    </IonReactRouter>
  );
}
