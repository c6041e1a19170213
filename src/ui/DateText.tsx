import { ukDate } from '../domain';

/** A date shown the UK way (dd/mm/yyyy), machine-readable for assistive tech. */
export function DateText({ date }: { date: string | undefined }) {
  if (!date) return <span>no date</span>;
  return <time dateTime={date}>{ukDate(date)}</time>;
}
