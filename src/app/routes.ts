import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ScreenPath } from '../ui';

/**
 * Every screen under the tabs, by path. Screens load on demand (Today is in Tabs.tsx, loaded at once).
 * Add a screen with its address in src/ui/paths.ts and one line here; keep paths under the tab they
 * belong to (/plan/…, /visits/…). test/unit/ui/paths.test.ts checks that every address has its screen.
 */
export const routes: { path: Exclude<ScreenPath, '/today'>; screen: LazyExoticComponent<ComponentType> }[] = [
  { path: '/plan', screen: lazy(() => import('../features/plan/PlanPage')) },
  { path: '/plan/areas/:areaId', screen: lazy(() => import('../features/plan/AreaPage')) },
  { path: '/plan/actions/:actionId', screen: lazy(() => import('../features/plan/ActionPage')) },
  { path: '/plan/files', screen: lazy(() => import('../features/plan-files/PlanFilesPage')) },
  { path: '/plan/timeline', screen: lazy(() => import('../features/plan/TimelinePage')) },
  { path: '/visits', screen: lazy(() => import('../features/visits/VisitsPage')) },
  { path: '/visits/:visitId', screen: lazy(() => import('../features/visits/VisitPage')) },
  { path: '/visits/plan', screen: lazy(() => import('../features/visits/PlanVisitPage')) },
  { path: '/visits/schedule', screen: lazy(() => import('../features/visits/SchedulePage')) },
  { path: '/visits/checklists', screen: lazy(() => import('../features/visits/TemplatesPage')) },
  { path: '/visits/checklists/new', screen: lazy(() => import('../features/visits/TemplateEditPage')) },
  { path: '/visits/checklists/:templateId', screen: lazy(() => import('../features/visits/TemplatePage')) },
  { path: '/visits/checklists/:templateId/edit', screen: lazy(() => import('../features/visits/TemplateEditPage')) },
  { path: '/visits/:visitId/edit', screen: lazy(() => import('../features/visits/PlanVisitPage')) },
  { path: '/visits/:visitId/checklist', screen: lazy(() => import('../features/visits/ChecklistPage')) },
  { path: '/visits/:visitId/report', screen: lazy(() => import('../features/visits/ReportPage')) },
  { path: '/attendance', screen: lazy(() => import('../features/attendance/AttendancePage')) },
  { path: '/attendance/enter', screen: lazy(() => import('../features/attendance/FiguresEntryPage')) },
  { path: '/attendance/import', screen: lazy(() => import('../features/attendance/ImportPage')) },
  { path: '/attendance/ask', screen: lazy(() => import('../features/attendance/AskPage')) },
  { path: '/attendance/ask/:questionId', screen: lazy(() => import('../features/attendance/AnswerPage')) },
  { path: '/attendance/answers/:challengeId', screen: lazy(() => import('../features/attendance/AnswerPage')) },
  { path: '/attendance/duties', screen: lazy(() => import('../features/attendance/DutiesPage')) },
  { path: '/meetings', screen: lazy(() => import('../features/meetings/MeetingsPage')) },
  { path: '/meetings/new', screen: lazy(() => import('../features/meetings/MeetingFormPage')) },
  { path: '/meetings/actions', screen: lazy(() => import('../features/meetings/ActionLogPage')) },
  { path: '/meetings/standing', screen: lazy(() => import('../features/meetings/StandingPage')) },
  { path: '/meetings/documents', screen: lazy(() => import('../features/exports/ExportsPage')) },
  { path: '/meetings/:meetingId', screen: lazy(() => import('../features/meetings/MeetingPage')) },
  { path: '/meetings/:meetingId/edit', screen: lazy(() => import('../features/meetings/MeetingFormPage')) },
  { path: '/meetings/:meetingId/minutes', screen: lazy(() => import('../features/meetings/MinutesPage')) },
  { path: '/reviews', screen: lazy(() => import('../features/reviews/ReviewsPage')) },
  { path: '/reviews/trend', screen: lazy(() => import('../features/reviews/TrendPage')) },
  { path: '/reviews/benchmarks', screen: lazy(() => import('../features/reviews/BenchmarksPage')) },
  { path: '/reviews/:reviewId', screen: lazy(() => import('../features/reviews/ReviewPage')) },
  { path: '/reviews/:reviewId/actions/:actionId', screen: lazy(() => import('../features/reviews/ReviewActionPage')) },
  { path: '/reviews/:reviewId/areas/:areaId', screen: lazy(() => import('../features/reviews/AreaJudgementPage')) },
  { path: '/reviews/:reviewId/finalise', screen: lazy(() => import('../features/reviews/FinalisePage')) },
  { path: '/settings', screen: lazy(() => import('../features/settings/SettingsPage')) },
  { path: '/settings/account', screen: lazy(() => import('../features/account/AccountPage')) },
  { path: '/settings/members', screen: lazy(() => import('../features/members/MembersPage')) },
];
