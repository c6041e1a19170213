import { IonItem, IonLabel, IonList } from '@ionic/react';
import { DateText, Empty, MilestoneBadge, to } from '../../ui';
import type { TodayData } from './todayQuery';

/** Milestones overdue or due in the next 14 days. */
export function MilestonesDue({ attention }: { attention: TodayData['attention'] }) {
  return (
    <section className="section" aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">Milestones overdue or due soon</h2>
      {attention.length === 0 ? (
        <Empty title="No milestone is overdue or due in the next 14 days." />
      ) : (
        <IonList inset>
          {attention.map(({ milestone, state, area }) => (
            <IonItem key={milestone.id} routerLink={area ? `/plan/areas/${area.id}` : undefined} detail={!!area}>
              <IonLabel className="ion-text-wrap">
                <h3>{area ? `Area ${area.number}, milestone ${milestone.number}` : `Milestone ${milestone.number}`}</h3>
                <p>{milestone.description}</p>
                <p>
                  <MilestoneBadge state={state} /> <DateText date={milestone.date} />
                </p>
              </IonLabel>
            </IonItem>
          ))}
        </IonList>
      )}
    </section>
  );
}

/** Actions rated red at the last two reviews. */
export function RedTwice({ redActions }: { redActions: TodayData['redActions'] }) {
  return (
    <section className="section" aria-labelledby="red-heading">
      <h2 id="red-heading">Red at two reviews running</h2>
      {redActions.length === 0 ? (
        <Empty title="No action has been rated red at the last two reviews." />
      ) : (
        <IonList inset>
          {redActions.map(({ action, code }) => (
            <IonItem key={action.id} routerLink={to('/plan/actions/:actionId', { actionId: action.id })} detail>
              <IonLabel className="ion-text-wrap">
                <h3>{code}</h3>
                <p>{action.description}</p>
              </IonLabel>
            </IonItem>
          ))}
        </IonList>
      )}
    </section>
  );
}
