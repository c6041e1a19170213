import { IonItem, IonLabel } from '@ionic/react';
import { DateText, MilestoneBadge, to, LinkItem } from '../../ui';
import { CardList } from './CardList';
import type { TodayData } from './todayQuery';

/** Milestones overdue or due in the next 14 days. */
export function MilestonesDue({ attention }: { attention: TodayData['attention'] }) {
  return (
    <CardList
      id="milestones"
      title="Milestones overdue or due soon"
      empty="No milestone is overdue or due in the next 14 days."
      items={attention}
      what="milestones"
    >
      {({ milestone, state, area }) => {
        const label = (
          <IonLabel className="ion-text-wrap">
            <h3>{area ? `Area ${area.number}, milestone ${milestone.number}` : `Milestone ${milestone.number}`}</h3>
            <p>{milestone.description}</p>
            <p>
              <MilestoneBadge state={state} /> <DateText date={milestone.date} />
            </p>
          </IonLabel>
        );
        // A milestone of no area (an imported plan's loose one) has nowhere to open.
        return area ? (
          <LinkItem key={milestone.id} routerLink={`/plan/areas/${area.id}`}>
            {label}
          </LinkItem>
        ) : (
          <IonItem key={milestone.id}>{label}</IonItem>
        );
      }}
    </CardList>
  );
}

/** Actions rated red at the last two reviews. */
export function RedTwice({ redActions }: { redActions: TodayData['redActions'] }) {
  return (
    <CardList
      id="red"
      title="Red at two reviews running"
      empty="No action has been rated red at the last two reviews."
      items={redActions}
      what="actions"
    >
      {({ action, code }) => (
        <LinkItem key={action.id} routerLink={to('/plan/actions/:actionId', { actionId: action.id })}>
          <IonLabel className="ion-text-wrap">
            <h3>{code}</h3>
            <p>{action.description}</p>
          </IonLabel>
        </LinkItem>
      )}
    </CardList>
  );
}
