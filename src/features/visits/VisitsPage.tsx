import { useLiveQuery } from 'dexie-react-hooks';
import { IonItem, IonLabel, IonList } from '@ionic/react';
import { reportStatusLabels, todayIso, ukDate, type Visit } from '../../domain';
import { visitsFor } from '../../data';
import { Empty, Loading, Page, Section, useSchool } from '../../ui';

function VisitList({ visits }: { visits: Visit[] }) {
  return (
    <IonList inset>
      {visits.map((v) => (
        <IonItem key={v.id} routerLink={`/visits/${v.id}`} detail>
          <IonLabel className="ion-text-wrap">
            <h3>
              {ukDate(v.date)}: {v.kind}
            </h3>
            <p>{v.purpose}</p>
            <p>
              {v.governor}
              {v.walkingWith && ` with ${v.walkingWith}`} · Report: {reportStatusLabels[v.report.status]}
            </p>
          </IonLabel>
        </IonItem>
      ))}
    </IonList>
  );
}

/** The board's monitoring visits and learning walks: coming up, then done. */
export default function VisitsPage() {
  const school = useSchool();
  const today = todayIso();
  const visits = useLiveQuery(() => visitsFor(school.id), [school.id]);
  if (!visits) return <Page title="Visits"><Loading what="visits" /></Page>;
  const coming = visits.filter((v) => v.date >= today && v.status !== 'complete').sort((a, b) => a.date.localeCompare(b.date));
  const done = visits.filter((v) => !coming.includes(v)).sort((a, b) => b.date.localeCompare(a.date));
  return (
    <Page title="Visits">
      <Section title="Coming up" id="coming">
        {coming.length === 0 ? <Empty title="No visit is planned." /> : <VisitList visits={coming} />}
      </Section>
      <Section title="Visits made" id="done">
        {done.length === 0 ? <Empty title="No visit has been recorded yet." /> : <VisitList visits={done} />}
      </Section>
    </Page>
  );
}
