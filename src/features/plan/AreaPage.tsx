import { useParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonItem, IonLabel, IonList } from '@ionic/react';
import { actionStatusLabels, todayIso } from '../../domain';
import { DateText, Empty, Loading, MilestoneBadge, Page, RatingBadge, Section, useSchool } from '../../ui';
import { planView } from './planView';

/** One area for improvement: targets, improvement needed (1a, 1b…), their actions, and milestones 1–5. */
export default function AreaPage() {
  const { areaId } = useParams();
  const school = useSchool();
  const today = todayIso();
  const entry = useLiveQuery(
    async () => (await planView(school.id, today))?.areas.find((a) => a.area.id === areaId) ?? false,
    [school.id, today, areaId],
  );
  if (entry === undefined) return <Page title="Area" backTo="/plan"><Loading what="the area" /></Page>;
  if (entry === false) return <Page title="Area" backTo="/plan"><Empty title="This area is not in the plan on this device." /></Page>;
  const { area, needs, milestones, rating } = entry;
  return (
    <Page title={`Area ${area.number}`} backTo="/plan">
      <div className="intro">
        <p className="lead">{area.title}</p>
        <p>
          <RatingBadge rating={rating} />
        </p>
      </div>
      {area.targets.length > 0 && (
        <Section title="Targets" id="targets">
          <ul className="plain-list bullets">
            {area.targets.map((t) => <li key={t}>{t}</li>)}
          </ul>
        </Section>
      )}
      <Section title="Improvement needed and actions" id="needs">
        {needs.map(({ need, code, actions }) => (
          <div key={need.id} className="need">
            <h3>
              {code}. {need.description}
            </h3>
            <IonList inset>
              {actions.map(({ action, code: ac, rating: r }) => (
                <IonItem key={action.id} routerLink={`/plan/actions/${action.id}`} detail>
                  <IonLabel className="ion-text-wrap">
                    <h4>
                      {ac} {action.description}
                    </h4>
                    <p>
                      Lead: {action.lead || 'not set'} · <DateText date={action.start} /> to <DateText date={action.finish} />
                    </p>
                    <p>
                      Status: {actionStatusLabels[action.status]} · <RatingBadge rating={r} />
                    </p>
                  </IonLabel>
                </IonItem>
              ))}
            </IonList>
          </div>
        ))}
      </Section>
      <Section title="Milestones" id="milestones">
        {milestones.length === 0 ? (
          <Empty title="No milestones are set for this area." />
        ) : (
          <ol className="milestones">
            {milestones.map(({ milestone, state }) => (
              <li key={milestone.id} className={`milestone milestone-${state}`}>
                <p className="milestone-head">
                  <strong>Milestone {milestone.number}</strong> · <DateText date={milestone.date} /> <MilestoneBadge state={state} />
                </p>
                <p>{milestone.description}</p>
                {milestone.metOn && (
                  <p className="muted">
                    Met on <DateText date={milestone.metOn} />
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </Page>
  );
}
