import { IonLabel, IonList } from '@ionic/react';
import { reportStatusLabels, ukDate, visitStatusLabels, type Visit, type VisitAttention } from '../../domain';
import { Badge, to, LinkItem } from '../../ui';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a visit's line says about where it is: overdue, due, the report's stage… */
function StatusBadge({ visit, attention }: { visit: Visit; attention?: VisitAttention | null }) {
  if (attention === 'overdue') return <Badge tone="red">Overdue</Badge>;
  if (attention === 'due') return <Badge tone="amber">Due</Badge>;
  if (visit.status === 'complete')
    return (
      <Badge tone={visit.report.status === 'agreed' || visit.report.status === 'filed' ? 'green' : 'info'}>
        Report: {reportStatusLabels[visit.report.status]}
      </Badge>
    );
  return <Badge>{visitStatusLabels[visit.status]}</Badge>;
}

/** A list of visits: date and kind, purpose, who, and where it stands. */
export function VisitList({ visits, attention }: { visits: Visit[]; attention?: Map<string, VisitAttention> }) {
  return (
    <IonList inset>
      {visits.map((v) => (
        <LinkItem key={v.id} routerLink={to('/visits/:visitId', { visitId: v.id })}>
          <IonLabel className="ion-text-wrap">
            <h3>
              {ukDate(v.date)}: {capitalise(v.kind)}
            </h3>
            <p>{v.purpose}</p>
            <p>
              {v.governor}
              {v.walkingWith && ` with ${v.walkingWith}`} · <StatusBadge visit={v} attention={attention?.get(v.id)} />
            </p>
          </IonLabel>
        </LinkItem>
      ))}
    </IonList>
  );
}
