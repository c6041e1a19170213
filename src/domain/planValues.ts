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
