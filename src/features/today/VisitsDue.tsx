import { IonItem, IonLabel, IonList } from '@ionic/react';
import { ukDate, visitsNeedingAttention, type IsoDate, type Visit } from '../../domain';
import { Badge, Empty, to } from '../../ui';

/** Visits on the board's schedule that are overdue or due in the next seven days. */
export function VisitsDue({ visits, today }: { visits: Visit[]; today: IsoDate }) {
  const due = visitsNeedingAttention(visits, today);
  return (
    <section className="section" aria-labelledby="visits-due-heading">
      <h2 id="visits-due-heading">Visits due or overdue</h2>
      {due.length === 0 ? (
        <Empty title="No visit is overdue or due in the next 7 days." />
      ) : (
        <IonList inset>
          {due.map(({ visit, state }) => (
            <IonItem key={visit.id} routerLink={to('/visits/:visitId', { visitId: visit.id })} detail>
              <IonLabel className="ion-text-wrap">
                <h3>
                  {ukDate(visit.date)}: {visit.kind}, {visit.governor}
                </h3>
                <p>{visit.purpose}</p>
                <p>{state === 'overdue' ? <Badge tone="red">Overdue</Badge> : <Badge tone="amber">Due</Badge>}</p>
              </IonLabel>
            </IonItem>
          ))}
        </IonList>
      )}
    </section>
  );
}
