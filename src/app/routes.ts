import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Every screen under the tabs, by path. Screens load on demand (Today is in Tabs.tsx, loaded at once).
 * Add a screen with one line here; keep paths under the tab they belong to (/plan/…, /visits/…).
 */
export const routes: { path: string; screen: LazyExoticComponent<ComponentType> }[] = [
  { path: '/plan', screen: lazy(() => import('../features/plan/PlanPage')) },
  { path: '/plan/areas/:areaId', screen: lazy(() => import('../features/plan/AreaPage')) },
  { path: '/plan/actions/:actionId', screen: lazy(() => import('../features/plan/ActionPage')) },
  { path: '/visits', screen: lazy(() => import('../features/visits/VisitsPage')) },
  { path: '/visits/:visitId', screen: lazy(() => import('../features/visits/VisitPage')) },
  { path: '/attendance', screen: lazy(() => import('../features/attendance/AttendancePage')) },
  { path: '/meetings', screen: lazy(() => import('../features/meetings/MeetingsPage')) },
  { path: '/meetings/:meetingId', screen: lazy(() => import('../features/meetings/MeetingPage')) },
  { path: '/settings', screen: lazy(() => import('../features/settings/SettingsPage')) },
];
