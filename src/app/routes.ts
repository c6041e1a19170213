import type { ComponentType, LazyExoticComponent } from 'react';
import type { ReadAhead, ReadAheadContext } from '../data';
import type { ScreenPath } from '../ui';
import { preloadable } from './preloadable';

/**
 * Every screen under the tabs, by path. Screens load on demand (Today is in Tabs.tsx, loaded at once).
 * Add a screen with its address in src/ui/paths.ts and one line here; keep paths under the tab they
 * belong to (/plan/…, /visits/…). test/unit/ui/paths.test.ts checks that every address has its screen.
 */
const loaders: (() => Promise<{ readAhead?: ReadAhead }>)[] = [];

/** A screen loaded on demand; `preloadScreens` fetches every one ahead of need. */
function onDemand(load: () => Promise<{ default: ComponentType; readAhead?: ReadAhead }>): LazyExoticComponent<ComponentType> {
  const { Component, preload } = preloadable(load);
  loaders.push(preload);
  return Component;
}

export const routes: { path: Exclude<ScreenPath, '/today'>; screen: LazyExoticComponent<ComponentType> }[] = [
  { path: '/plan', screen: onDemand(() => import('../features/plan/PlanPage')) },
  { path: '/plan/areas/:areaId', screen: onDemand(() => import('../features/plan/AreaPage')) },
  { path: '/plan/actions/:actionId', screen: onDemand(() => import('../features/plan/ActionPage')) },
  { path: '/plan/files', screen: onDemand(() => import('../features/plan-files/PlanFilesPage')) },
  { path: '/plan/timeline', screen: onDemand(() => import('../features/plan/TimelinePage')) },
  { path: '/visits', screen: onDemand(() => import('../features/visits/VisitsPage')) },
  { path: '/visits/:visitId', screen: onDemand(() => import('../features/visits/VisitPage')) },
  { path: '/visits/plan', screen: onDemand(() => import('../features/visits/PlanVisitPage')) },
  { path: '/visits/schedule', screen: onDemand(() => import('../features/visits/SchedulePage')) },
  { path: '/visits/checklists', screen: onDemand(() => import('../features/visits/TemplatesPage')) },
  { path: '/visits/checklists/new', screen: onDemand(() => import('../features/visits/TemplateEditPage')) },
  { path: '/visits/checklists/:templateId', screen: onDemand(() => import('../features/visits/TemplatePage')) },
  { path: '/visits/checklists/:templateId/edit', screen: onDemand(() => import('../features/visits/TemplateEditPage')) },
  { path: '/visits/:visitId/edit', screen: onDemand(() => import('../features/visits/PlanVisitPage')) },
  { path: '/visits/:visitId/checklist', screen: onDemand(() => import('../features/visits/ChecklistPage')) },
  { path: '/visits/:visitId/report', screen: onDemand(() => import('../features/visits/ReportPage')) },
  { path: '/attendance', screen: onDemand(() => import('../features/attendance/AttendancePage')) },
  { path: '/attendance/enter', screen: onDemand(() => import('../features/attendance/FiguresEntryPage')) },
  { path: '/attendance/import', screen: onDemand(() => import('../features/attendance/ImportPage')) },
  { path: '/attendance/ask', screen: onDemand(() => import('../features/attendance/AskPage')) },
  { path: '/attendance/ask/:questionId', screen: onDemand(() => import('../features/attendance/AnswerPage')) },
  { path: '/attendance/answers/:challengeId', screen: onDemand(() => import('../features/attendance/AnswerPage')) },
  { path: '/attendance/duties', screen: onDemand(() => import('../features/attendance/DutiesPage')) },
  { path: '/meetings', screen: onDemand(() => import('../features/meetings/MeetingsPage')) },
  { path: '/meetings/new', screen: onDemand(() => import('../features/meetings/MeetingFormPage')) },
  { path: '/meetings/actions', screen: onDemand(() => import('../features/meetings/ActionLogPage')) },
  { path: '/meetings/standing', screen: onDemand(() => import('../features/meetings/StandingPage')) },
  { path: '/meetings/documents', screen: onDemand(() => import('../features/exports/ExportsPage')) },
  { path: '/meetings/:meetingId', screen: onDemand(() => import('../features/meetings/MeetingPage')) },
  { path: '/meetings/:meetingId/edit', screen: onDemand(() => import('../features/meetings/MeetingFormPage')) },
  { path: '/meetings/:meetingId/minutes', screen: onDemand(() => import('../features/meetings/MinutesPage')) },
  { path: '/reviews', screen: onDemand(() => import('../features/reviews/ReviewsPage')) },
  { path: '/reviews/trend', screen: onDemand(() => import('../features/reviews/TrendPage')) },
  { path: '/reviews/benchmarks', screen: onDemand(() => import('../features/reviews/BenchmarksPage')) },
  { path: '/reviews/:reviewId', screen: onDemand(() => import('../features/reviews/ReviewPage')) },
  { path: '/reviews/:reviewId/actions/:actionId', screen: onDemand(() => import('../features/reviews/ReviewActionPage')) },
  { path: '/reviews/:reviewId/areas/:areaId', screen: onDemand(() => import('../features/reviews/AreaJudgementPage')) },
  { path: '/reviews/:reviewId/finalise', screen: onDemand(() => import('../features/reviews/FinalisePage')) },
  { path: '/settings', screen: onDemand(() => import('../features/settings/SettingsPage')) },
  { path: '/settings/account', screen: onDemand(() => import('../features/account/AccountPage')) },
  { path: '/settings/members', screen: onDemand(() => import('../features/members/MembersPage')) },
];

/**
 * How long after Today is drawn the preloads wait before starting. Evaluating a screen's chunk is one
 * task that cannot be split (a screen that checks records evaluates the zod schemas: about 45 ms on
 * a fast machine, four times that on a mid-range phone), so none runs while the first screen is
 * settling and the person's first taps must be answered at once (issue 16: Lighthouse's Total
 * Blocking Time counted every one of them).
 */
const PRELOAD_AFTER_MS = 5000;

/**
 * Fetches every screen's chunk, one at a time while the device is idle (so Today stays responsive),
 * the tabs' own screens first (the order of `routes`), starting PRELOAD_AFTER_MS after Today is
 * drawn. Once a screen's chunk is in, opening it shows no loading line: its component renders without
 * suspending (preloadable.ts); a screen opened sooner loads on demand. A screen whose module exports
 * `readAhead` then reads its main query for `context`, so its first opening shows its content, not
 * its loading line: the tabs' own screens, and the screens one tap from Today or a tab that need no
 * choice made first (the timeline, the reviews and this half term's review, the trend). None of
 * this is the first screen's JavaScript; the mark lets the first-screen bench tell the two apart.
 */
export function preloadScreens(context: ReadAheadContext): () => void {
  const idle = (f: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: 2000 }) : setTimeout(f, 50);
  let stopped = false;
  const next = (i: number) => {
    if (stopped) return;
    if (i >= loaders.length) return void performance.mark('steward:screens-preloaded');
    if (i === 0) performance.mark('steward:preload-screens');
    loaders[i]!()
      .then((screen) => (stopped ? undefined : screen.readAhead?.(context)))
      .catch(() => undefined) // offline before the chunk was cached: it is fetched when opened; a failed read is read again then
      .finally(() => idle(() => next(i + 1)));
  };
  const start = setTimeout(() => idle(() => next(0)), PRELOAD_AFTER_MS);
  return () => {
    stopped = true;
    clearTimeout(start);
  };
}
