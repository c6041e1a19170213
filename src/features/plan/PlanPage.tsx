import { useLiveQuery } from 'dexie-react-hooks';
import { IonItem, IonLabel, IonList } from '@ionic/react';
import { todayIso, ukDate } from '../../domain';
import { Empty, Loading, Page, RatingBadge, useSchool } from '../../ui';
import { planView } from './planView';
import { PerformanceTable } from './PerformanceTable';
import { Strategies } from './Strategies';

/** The action plan: its priorities and every area for improvement with where it stands. */
export default function PlanPage() {
  const school = useSchool();
  const today = todayIso();
  const view = useLiveQuery(async () => (await planView(school.id, today)) ?? false, [school.id, today]);
  if (view === undefined) return <Page title="Plan"><Loading what="the plan" /></Page>;
  if (view === false) return <Page title="Plan"><Empty title="There is no action plan for this board yet." /></Page>;
  return (
    <Page title="Plan">
      <div className="intro">
        <p className="lead">{view.plan.title}</p>
        <p className="muted">
          {ukDate(view.plan.startDate)} to {ukDate(view.plan.endDate)}
        </p>
      </div>
      {view.plan.priorities.length > 0 && (
        <section className="section" aria-labelledby="priorities-heading">
          <h2 id="priorities-heading">Priorities of the local authority or trust</h2>
          <ol className="plain-list">
            {view.plan.priorities.map((p) => <li key={p}>{p}</li>)}
          </ol>
        </section>
      )}
      <section className="section" aria-labelledby="areas-heading">
        <h2 id="areas-heading">Areas for improvement</h2>
        <IonList inset>
          {view.areas.map(({ area, needs, milestones, rating }) => {
            const actions = needs.reduce((n, x) => n + x.actions.length, 0);
            const late = milestones.filter((m) => m.state === 'overdue').length;
            return (
              <IonItem key={area.id} routerLink={`/plan/areas/${area.id}`} detail>
                <IonLabel className="ion-text-wrap">
                  <h3>
                    Area {area.number}: {area.title}
                  </h3>
                  <p>
                    {actions} actions · {milestones.length} milestones{late > 0 && ` · ${late} overdue`}
                  </p>
                  <p>
                    <RatingBadge rating={rating} />
                  </p>
                </IonLabel>
              </IonItem>
            );
          })}
        </IonList>
      </section>
      <PerformanceTable rows={view.performanceRows} />
      <Strategies strategies={view.strategies} />
    </Page>
  );
}
