import type { MouseEvent } from 'react';
import { useIonRouter } from '@ionic/react';
import { milestoneStateLabels, spansMonth, ukDate } from '../../domain';
import type { AreaTimeline, TimelineMonth, TimelineRow, TimelineView } from './timelineView';

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const markerGlyph = { met: '✓', overdue: '!', 'due-soon': '◆', upcoming: '◆' } as const;

/** The words a screen reader hears in one month's cell of an action's row. */
function cellWords(row: TimelineRow, i: number): string {
  const s = row.span!;
  const starts = i === s.first && !s.clippedStart;
  const ends = i === s.last && !s.clippedEnd;
  if (starts && ends) return `Runs ${ukDate(row.start)} to ${ukDate(row.finish)}`;
  if (starts) return `Starts ${ukDate(row.start)}`;
  if (ends) return `Finishes ${ukDate(row.finish)}`;
  return 'Running';
}

function Cells({
  months,
  today,
  children,
}: {
  months: TimelineMonth[];
  today: TimelineView['today'];
  children?: (i: number) => React.ReactNode;
}) {
  return months.map((m, i) => (
    <td key={m.key} className={today?.index === i ? 'today-col' : undefined}>
      {children?.(i)}
    </td>
  ));
}

/**
 * One area's timeline as a real table (seed 003, Appendix 2): months across, its needs and actions
 * down. Each action's months hold a bar (and words for screen readers: starts, running, finishes);
 * the milestones row holds a marker in each milestone's month; today's month is marked.
 */
export function AreaTimelineTable({ area, timeline }: { area: AreaTimeline; timeline: TimelineView }) {
  const router = useIonRouter();
  const { months, today } = timeline;
  const headingId = `timeline-area-${area.id}`;
  const open = (e: MouseEvent, id: string) => {
    e.preventDefault();
    router.push(`/plan/actions/${id}`);
  };
  const style = today ? ({ '--today-at': pct(today.at) } as React.CSSProperties) : undefined;
  return (
    <section className="timeline-area">
      <h2 id={headingId}>
        Area {area.number}: {area.title}
      </h2>
      <div className="timeline-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table className="timeline" style={style}>
          <caption className="visually-hidden">Timeline of area {area.number}: months across, actions down</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              {months.map((m, i) => (
                <th key={m.key} scope="col" className={today?.index === i ? 'today-col' : undefined}>
                  <span aria-hidden="true">
                    {m.short}
                    <br />
                    {m.year.slice(2)}
                  </span>
                  <span className="visually-hidden">{m.name}</span>
                  {today?.index === i && <span className="today-flag">Today</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {area.needs.map(({ need, actions }) => [
              <tr key={need.id} className="need-row">
                <th scope="row">
                  {need.code}. {need.text}
                </th>
                <Cells months={months} today={today} />
              </tr>,
              ...actions.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a href={`/plan/actions/${row.id}`} onClick={(e) => open(e, row.id)}>
                      <span className="code">{need.code + row.code}</span> {row.text}
                    </a>
                    <span className="when">
                      {ukDate(row.start)} to {ukDate(row.finish)}
                    </span>
                  </th>
                  <Cells months={months} today={today}>
                    {(i) =>
                      spansMonth(row.span, i) && (
                        <span
                          className={`bar${i === row.span!.first ? ' bar-start' : ''}${i === row.span!.last ? ' bar-end' : ''}`}
                          style={{
                            left: i === row.span!.first ? pct(row.span!.startAt) : 0,
                            right: i === row.span!.last ? pct(1 - row.span!.endAt) : 0,
                          }}
                        >
                          <span className="visually-hidden">{cellWords(row, i)}</span>
                        </span>
                      )
                    }
                  </Cells>
                </tr>
              )),
            ])}
            <tr className="milestone-row">
              <th scope="row">Milestones</th>
              <Cells months={months} today={today}>
                {(i) =>
                  area.milestones
                    .filter((m) => m.point.index === i)
                    .map((m) => (
                      <span key={m.id} className={`marker marker-${m.state}`}>
                        <span aria-hidden="true">
                          {markerGlyph[m.state]}
                          {m.number}
                        </span>
                        <span className="visually-hidden">
                          Milestone {m.number}, {ukDate(m.date)}, {milestoneStateLabels[m.state].toLowerCase()}
                        </span>
                      </span>
                    ))
                }
              </Cells>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
