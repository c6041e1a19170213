import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { IonButton } from '@ionic/react';
import { todayIso, ukDate } from '../../domain';
import { platform } from '../../platform';
import { Empty, Loading, Page, useSchool, to } from '../../ui';
import { planView } from './planView';
import { timelineView } from './timelineView';
import { AreaTimelineTable } from './AreaTimelineTable';
import { firstRows, useShown } from './paging';
import { ShowMore } from './ShowMore';
import './plan.css';
import './timeline.css';
import { rememberAhead, useRememberedQuery, type ReadAhead } from '../../data';

/** The timeline's main read: the same name and deps whether the screen reads it or it is read ahead. */
const timelineRead = (schoolId: string, today: string) =>
  ['plan unrated', [schoolId, today], async () => (await planView(schoolId, today, { rated: false })) ?? false] as const;

/** Read ahead while the app is idle (app/routes.ts): the timeline is one tap from the plan. */
export const readAhead: ReadAhead = ({ schoolId, today }) => rememberAhead(...timelineRead(schoolId, today));

/**
 * The timeline of actions and milestones (seed 003, Appendix 2), area by area; scrolls sideways on a
 * phone, prints on one landscape page per area. A big plan's areas show their first actions and a
 * button for the next page (paging.ts); printing shows every action.
 */
export default function TimelinePage() {
  const school = useSchool();
  const today = todayIso();
  const view = useRememberedQuery(...timelineRead(school.id, today));
  const timeline = useMemo(() => (view ? timelineView(view, today) : null), [view, today]);
  const { shownOf, showMore } = useShown();
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Paper shows every action: drawn before the browser prints (from the button or its own menu), paged again after.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
  if (view === undefined)
    return (
      <Page title="Timeline" backTo={to('/plan')}>
        <Loading what="the timeline" />
      </Page>
    );
  if (view === false || !timeline)
    return (
      <Page title="Timeline" backTo={to('/plan')}>
        <Empty title="There is no action plan for this board yet." />
      </Page>
    );
  const first = timeline.months[0]!;
  const last = timeline.months[timeline.months.length - 1]!;
  return (
    <Page title="Timeline" backTo={to('/plan')}>
      <div className="intro timeline-intro">
        <p className="lead">{view.plan.title}</p>
        <p>
          Timeline of actions and milestones, {first.name} to {last.name}. Each action’s bar runs from its start to its finish; ◆ marks a
          milestone (✓ met, ! overdue). Today is {ukDate(today)}
          {timeline.today ? ', marked in its month.' : ', outside these months.'}
        </p>
        {timeline.clipped && <p className="muted">Only the first five years are shown.</p>}
        {!platform.isNative && (
          <IonButton fill="outline" className="no-print" onClick={() => window.print()}>
            Print the timeline
          </IonButton>
        )}
      </div>
      {timeline.areas.length === 0 ? (
        <Empty title="There are no areas for improvement in this plan yet.">
          Add areas and their actions on the Plan screen; they appear here by month.
        </Empty>
      ) : (
        timeline.areas.map((whole) => {
          const { area, hidden } = printing ? { area: whole, hidden: 0 } : firstRows(whole, shownOf(whole.id));
          return (
            <AreaTimelineTable key={area.id} area={area} timeline={timeline}>
              <ShowMore hidden={hidden} what={`actions of area ${area.code}`} onMore={() => showMore(area.id)} />
            </AreaTimelineTable>
          );
        })
      )}
    </Page>
  );
}
