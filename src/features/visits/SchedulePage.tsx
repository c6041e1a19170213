import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton } from '@ionic/react';
import { schoolYearLabel, schoolYearOf, todayIso, visitScheduleFor, visitsNeedingAttention } from '../../domain';
import { visitSchedule } from '../../data';
import { Badge, Empty, Loading, Page, Section, useSchool, to } from '../../ui';
import { VisitList } from './VisitList';
import './visits.css';

/** The board's visit schedule for a school year: who visits what and when, by half term, against the plan's priorities. */
export default function SchedulePage() {
  const school = useSchool();
  const today = todayIso();
  const data = useLiveQuery(() => visitSchedule(school.id), [school.id]);
  const [year, setYear] = useState<number | null>(null);
  if (!data)
    return (
      <Page title="Visit schedule" backTo={to('/visits')}>
        <Loading what="the schedule" />
      </Page>
    );
  const shown = year ?? schoolYearOf(today, data.termDates);
  const { halfTerms, coverage } = visitScheduleFor(
    data.visits,
    { areas: data.areas, actions: data.actions.map((a) => a.action) },
    shown,
    data.termDates,
  );
  const flagged = new Map(visitsNeedingAttention(data.visits, today).map((a) => [a.visit.id, a.state]));
  return (
    <Page title={`Visit schedule ${schoolYearLabel(shown)}`} backTo={to('/visits')}>
      <div className="button-row walk-row">
        <IonButton fill="outline" onClick={() => setYear(shown - 1)}>
          Year before ({schoolYearLabel(shown - 1)})
        </IonButton>
        <IonButton fill="outline" onClick={() => setYear(shown + 1)}>
          Year after ({schoolYearLabel(shown + 1)})
        </IonButton>
        <IonButton routerLink={to('/visits/plan')}>Plan a visit</IonButton>
      </div>
      <Section title="Plan priorities" id="priorities">
        {coverage.length === 0 ? (
          <Empty title="No action plan on this device yet." />
        ) : (
          <ul className="notes">
            {coverage.map(({ area, visits }) => (
              <li key={area.id}>
                <p>
                  <strong>Area {area.number}:</strong> {area.title}
                </p>
                <p>
                  {visits === 0 ? (
                    <Badge tone="amber">No visit this year</Badge>
                  ) : (
                    <Badge tone="green">{visits === 1 ? '1 visit' : `${visits} visits`}</Badge>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      {halfTerms.map(({ halfTerm, visits }) => (
        <Section key={halfTerm} title={halfTerm} id={`term-${halfTerm.replace(' ', '-').toLowerCase()}`}>
          {visits.length === 0 ? <Empty title={`No visit in ${halfTerm}.`} /> : <VisitList visits={visits} attention={flagged} />}
        </Section>
      ))}
    </Page>
  );
}
