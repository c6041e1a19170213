import type { MouseEvent, ReactNode } from 'react';
import { useIonRouter } from '@ionic/react';
import { milestoneStateLabels, ukDate } from '../../domain';
import type { AreaTimeline, TimelineRow, TimelineView } from './timelineView';
import { to } from '../../ui';

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const markerGlyph = { met: '✓', overdue: '!', 'due-soon': '◆', upcoming: '◆' } as const;

/** The words a screen reader hears for an action's bar. */
function barWords(row: TimelineRow): string {
  const s = row.span!;
  const starts = s.clippedStart ? `Started before these months (${ukDate(row.start)})` : `Starts ${ukDate(row.start)}`;
  const ends = s.clippedEnd ? `runs on after these months (${ukDate(row.finish)})` : `Finishes ${ukDate(row.finish)}`;
  return `${starts}. ${ends}.`;
}

/**
 * One area's timeline as a real table (seed 003, Appendix 2): months across, its needs and actions
 * down. Each action's row holds one bar from its start to its finish (one cell across the months,
 * so a plan of thousands of actions draws quickly), with words for screen readers; actions without
 * dates are listed in a row of their own; the milestones row marks each dated milestone, and
 * undated milestones are listed below it; today's month is marked. `children` go after the table
 * (the button for the next page of a big area).
 */
export function AreaTimelineTable({ area, timeline, children }: { area: AreaTimeline; timeline: TimelineView; children?: ReactNode }) {
  const router = useIonRouter();
  const { months, today, todayAt } = timeline;
  const headingId = `timeline-area-${area.id}`;
  const open = (e: MouseEvent, id: string) => {
    e.preventDefault();
    router.push(to('/plan/actions/:actionId', { actionId: id }));
  };
  const style = todayAt !== null ? ({ '--today-x': pct(todayAt) } as React.CSSProperties) : undefined;
  const across = months.length;
  const link = (row: TimelineRow) => (
    <a href={to('/plan/actions/:actionId', { actionId: row.id })} onClick={(e) => open(e, row.id)}>
      <span className="code">{row.code}</span> {row.text}
    </a>
  );
  return (
    <section className="timeline-area">
      <h2 id={headingId}>
        Area {area.code}: {area.title}
      </h2>
      <div className="timeline-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table className={`timeline${todayAt !== null ? ' has-today' : ''}`} style={style}>
          <caption className="visually-hidden">Timeline of area {area.code}: months across, actions down</caption>
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
              need && (
                <tr key={need.id} className="need-row">
                  <th scope="row">
                    {need.code}. {need.text}
                  </th>
                  <td colSpan={across} className="months" />
                </tr>
              ),
              ...actions.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    {link(row)}
                    <span className="when">{row.when}</span>
                  </th>
                  <td colSpan={across} className="months">
                    {row.bar && (
                      <span
                        className={`bar${row.span!.clippedStart ? '' : ' bar-start'}${row.span!.clippedEnd ? '' : ' bar-end'}`}
                        style={{ left: pct(row.bar.left), right: pct(1 - row.bar.right) }}
                      >
                        <span className="visually-hidden">{barWords(row)}</span>
                      </span>
                    )}
                    {!row.bar && <span className="visually-hidden">Outside these months</span>}
                  </td>
                </tr>
              )),
            ])}
            {area.undated.length > 0 && (
              <tr className="undated-row">
                <th scope="row">Actions without dates</th>
                <td colSpan={across} className="undated">
                  <ul>
                    {area.undated.map((row) => (
                      <li key={row.id}>
                        {link(row)} <span className="when">{row.when}</span>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            )}
            <tr className="milestone-row">
              <th scope="row">Milestones</th>
              <td colSpan={across} className="months">
                {area.milestones.map((m) => (
                  <span key={m.id} className={`marker marker-${m.state}`} style={{ left: pct(m.at) }}>
                    <span aria-hidden="true">
                      {markerGlyph[m.state]}
                      {m.number}
                    </span>
                    <span className="visually-hidden">
                      Milestone {m.number}, {ukDate(m.date)}, {milestoneStateLabels[m.state].toLowerCase()}
                    </span>
                  </span>
                ))}
              </td>
            </tr>
            {area.undatedMilestones.length > 0 && (
              <tr className="undated-row">
                <th scope="row">Milestones without dates</th>
                <td colSpan={across} className="undated">
                  <ul>
                    {area.undatedMilestones.map((m) => (
                      <li key={m.id}>
                        <strong>Milestone {m.number}</strong> {m.text} <span className="when">{m.when}</span>
                        {m.state === 'met' && <span> (met)</span>}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {children}
    </section>
  );
}
