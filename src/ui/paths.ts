// Every screen's address, once. The app's routes (src/app/routes.ts) give each of these a screen, and
// screens link with `to('/plan/actions/:actionId', { actionId })`: a mistyped address, a missing or
// extra part, or a screen that was moved is a type error, not a link that lands on Today.

export const screenPaths = [
  '/today',
  '/plan',
  '/plan/areas/:areaId',
  '/plan/actions/:actionId',
  '/plan/files',
  '/plan/timeline',
  '/visits',
  '/visits/:visitId',
  '/visits/plan',
  '/visits/schedule',
  '/visits/checklists',
  '/visits/checklists/new',
  '/visits/checklists/:templateId',
  '/visits/checklists/:templateId/edit',
  '/visits/:visitId/edit',
  '/visits/:visitId/checklist',
  '/visits/:visitId/report',
  '/attendance',
  '/attendance/enter',
  '/attendance/import',
  '/attendance/ask',
  '/attendance/ask/:questionId',
  '/attendance/answers/:challengeId',
  '/attendance/duties',
  '/meetings',
  '/meetings/new',
  '/meetings/actions',
  '/meetings/standing',
  '/meetings/documents',
  '/meetings/:meetingId',
  '/meetings/:meetingId/edit',
  '/meetings/:meetingId/minutes',
  '/reviews',
  '/reviews/trend',
  '/reviews/benchmarks',
  '/reviews/:reviewId',
  '/reviews/:reviewId/actions/:actionId',
  '/reviews/:reviewId/areas/:areaId',
  '/reviews/:reviewId/finalise',
  '/settings',
  '/settings/account',
  '/settings/members',
] as const;

export type ScreenPath = (typeof screenPaths)[number];

/** The names of an address's parts: '/reviews/:reviewId/actions/:actionId' → 'reviewId' | 'actionId'. */
export type PathParts<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParts<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

type PartsArg<P extends ScreenPath> = [PathParts<P>] extends [never] ? [] : [parts: Record<PathParts<P>, string>];

/**
 * The address of a screen, with its parts filled in (each encoded), and an optional ending: a query
 * (`?from=…`) or a place on the page (`#erratum`).
 */
export function to<P extends ScreenPath>(path: P, ...args: [...PartsArg<P>, ending?: `?${string}` | `#${string}`]): string {
  const [first, second] = args as unknown as [Record<string, string> | string | undefined, string | undefined];
  const parts = typeof first === 'object' ? first : {};
  const ending = typeof first === 'string' ? first : (second ?? '');
  const filled = path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = parts[name];
    if (value === undefined || value === '') throw new Error(`The address ${path} needs its ${name}.`);
    return encodeURIComponent(value);
  });
  return filled + ending;
}
