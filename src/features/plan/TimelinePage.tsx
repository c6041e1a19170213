import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton } from '@ionic/react';
import { todayIso, ukDate } from '../../domain';
import { platform } from '../../platform';
import { Empty, Loading, Page, useSchool, to } from '../../ui';
import { planView } from './planView';
import { timelineView } from './timelineView';
import { AreaTimelineTable } from './AreaTimelineTable';
import './plan.css';
import './timeline.css';

/** The timeline of actions and milestones (seed 003, Appendix 2), area by area; scrolls sideways on a phone, prints on one landscape page per area. */
export default function TimelinePage() {
  const school = useSchool();
  const today = todayIso();
  const view = useLiveQuery(async () => (await planView(school.id, today)) ?? false, [school.id, today]);
  if (view === undefined)
    return (
      <Page title="Timeline" backTo={to('/plan')}>
        <Loading what="the timeline" />
      </Page>
    );
  if (view === false)
    return (
      <Page title="Timeline" backTo={to('/plan')}>
        <Empty title="There is no action plan for this board yet." />
      </Page>
    );
  const timeline = timelineView(view, today);
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
        timeline.areas.map((area) => <AreaTimelineTable key={area.id} area={area} timeline={timeline} />)
      )}
    </Page>
  );
}
