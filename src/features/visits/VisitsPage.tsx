import { IonButton } from '@ionic/react';
import { todayIso, visitsNeedingAttention, compareIso } from '../../domain';
import { rememberAhead, visitsFor, useRememberedQuery, type ReadAhead } from '../../data';
import { Empty, Loading, Page, Section, useSchool, to } from '../../ui';
import { VisitList } from './VisitList';
import { useBuiltInChecklists } from './useBuiltInChecklists';
import './visits.css';

/** The board's monitoring visits and learning walks: due or overdue, coming up, then made. */
const visitsRead = (schoolId: string) => ['visits', [schoolId], () => visitsFor(schoolId)] as const;

export const readAhead: ReadAhead = ({ schoolId }) => rememberAhead(...visitsRead(schoolId));

export default function VisitsPage() {
  const school = useSchool();
  useBuiltInChecklists(school.id);
  const today = todayIso();
  const visits = useRememberedQuery(...visitsRead(school.id));
  if (!visits)
    return (
      <Page title="Visits">
        <Loading what="visits" />
      </Page>
    );
  const attention = visitsNeedingAttention(visits, today);
  const flagged = new Map(attention.map((a) => [a.visit.id, a.state]));
  const coming = visits
    .filter((v) => !flagged.has(v.id) && (v.status === 'planned' || v.status === 'in-progress'))
    .sort((a, b) => compareIso(a.date, b.date));
  const made = visits.filter((v) => v.status === 'complete' || v.status === 'cancelled');
  return (
    <Page title="Visits">
      <div className="button-row walk-row">
        <IonButton routerLink={to('/visits/plan')}>Plan a visit</IonButton>
        <IonButton fill="outline" routerLink={to('/visits/schedule')}>
          The year's schedule
        </IonButton>
        <IonButton fill="outline" routerLink={to('/visits/checklists')}>
          Checklists
        </IonButton>
      </div>
      <Section title="Due or overdue" id="due">
        {attention.length === 0 ? (
          <Empty title="No visit is due in the next 7 days or overdue." />
        ) : (
          <VisitList visits={attention.map((a) => a.visit)} attention={flagged} />
        )}
      </Section>
      <Section title="Coming up" id="coming">
        {coming.length === 0 ? (
          <Empty title="No other visit is planned.">Plan one, or see the year's schedule.</Empty>
        ) : (
          <VisitList visits={coming} />
        )}
      </Section>
      <Section title="Visits made" id="done">
        {made.length === 0 ? <Empty title="No visit has been recorded yet." /> : <VisitList visits={made} />}
      </Section>
    </Page>
  );
}
