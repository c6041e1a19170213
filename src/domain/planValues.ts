// Action statuses and the codes governors read (1a, 1a(ii)). No zod here, so the first screen can
// use them without loading the record schemas (plan.ts has those and re-exports these).

export const actionStatuses = ['not-started', 'in-progress', 'complete', 'stalled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const actionStatusLabels: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  stalled: 'Stalled',
};

/** "a", "b", … "z", "aa" for improvement-needed rows. */
export function letterFor(position: number): string {
  let n = position;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(97 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Lower-case roman numerals for actions: (i), (ii)… */
export function romanFor(position: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let n = position;
  let s = '';
  for (const [v, r] of table)
    while (n >= v) {
      s += r;
      n -= v;
    }
  return s;
}

/** The code a governor reads: "1a", and "1a(ii)". */
export const needCode = (areaNumber: number, needPosition: number) => `${areaNumber}${letterFor(needPosition)}`;
export const actionCode = (areaNumber: number, needPosition: number, actionPosition: number) =>
  `${needCode(areaNumber, needPosition)}(${romanFor(actionPosition)})`;

type Coded = { code?: string | undefined };
type AreaCodes = Coded & { number: number };
type NeedCodes = Coded & { position: number; description: string };

/** Does the need stand for a real "improvement needed" row? (A plan without that layer has one empty need per area.) */
export const isRealNeed = (need: NeedCodes) => need.description.trim() !== '' || !!need.code;

/** The area's code as the plan writes it ("7", "A"), or its number. */
export const areaCodeOf = (area: AreaCodes) => area.code || String(area.number);

/** The need's code as the plan writes it, or 1a, 1b…; for an area without needs, the area's code. */
export const needCodeOf = (area: AreaCodes, need: NeedCodes) =>
  need.code || (isRealNeed(need) ? needCode(area.number, need.position) : areaCodeOf(area));

/** The action's code as the plan writes it ("1.1", "7"), or generated: 1a(ii), or 1(ii) when the plan has no needs. */
export function actionCodeOf(area: AreaCodes, need: NeedCodes, action: Coded & { position: number }): string {
  if (action.code) return action.code;
  return isRealNeed(need) ? actionCode(area.number, need.position, action.position) : `${areaCodeOf(area)}(${romanFor(action.position)})`;
}

/** When an action happens, in words: the plan's own ("Termly"), its dates, or both; "no dates set" when it has neither. */
export function timingText(
  t: { when?: string | undefined; start?: string | undefined; finish?: string | undefined },
  ukDate: (iso: string) => string,
) {
  const dates =
    t.start && t.finish
      ? `${ukDate(t.start)} to ${ukDate(t.finish)}`
      : t.start
        ? `from ${ukDate(t.start)}`
        : t.finish
          ? `by ${ukDate(t.finish)}`
          : '';
  if (t.when && dates) return `${t.when} (${dates})`;
  return t.when || (dates ? dates[0]!.toUpperCase() + dates.slice(1) : 'No dates set');
}
