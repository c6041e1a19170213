import { IonLabel } from '@ionic/react';
import { ukDate, visitsNeedingAttention, type IsoDate, type Visit } from '../../domain';
import { Badge, to, LinkItem } from '../../ui';
import { CardList } from './CardList';

/** Visits on the board's schedule that are overdue or due in the next seven days. */
export function VisitsDue({ visits, today }: { visits: Visit[]; today: IsoDate }) {
  return (
    <CardList
      id="visits-due"
      title="Visits due or overdue"
      empty="No visit is overdue or due in the next 7 days."
      items={visitsNeedingAttention(visits, today)}
      what="visits"
    >
      {({ visit, state }) => (
        <LinkItem key={visit.id} routerLink={to('/visits/:visitId', { visitId: visit.id })}>
          <IonLabel className="ion-text-wrap">
            <h3>
              {ukDate(visit.date)}: {visit.kind}, {visit.governor}
            </h3>
            <p>{visit.purpose}</p>
            <p>{state === 'overdue' ? <Badge tone="red">Overdue</Badge> : <Badge tone="amber">Due</Badge>}</p>
          </IonLabel>
        </LinkItem>
      )}
    </CardList>
  );
}
