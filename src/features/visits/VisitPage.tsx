import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { IonButton } from '@ionic/react';
import { checklistProgress, reportStatusLabels, todayIso, ukDateLong, visitAttention, visitStatusLabels } from '../../domain';
import { updateRecord, visitDetail, useRememberedQuery } from '../../data';
import { Badge, Empty, Loading, Page, Section, problemText, to } from '../../ui';
import { VisitFindings } from './VisitFindings';
import { finishVisit, startVisit } from './finish';
import './visits.css';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One visit: its plan, the checklist, findings tied to actions, the report, and what to do next. */
export default function VisitPage() {
  const { visitId = '' } = useParams();
  const detail = useRememberedQuery('visit', [visitId], async () => (await visitDetail(visitId)) ?? false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [error, setError] = useState('');
  // Fetch the checklist and report screens while the governor reads this one, so they open at once (and offline).
  useEffect(() => void Promise.all([import('./ChecklistPage'), import('./ReportPage')]).catch(() => undefined), []);
  if (detail === undefined)
    return (
      <Page title="Visit" backTo={to('/visits')}>
        <Loading what="the visit" />
      </Page>
    );
  if (detail === false)
    return (
      <Page title="Visit" backTo={to('/visits')}>
        <Empty title="This visit is not on this device." />
      </Page>
    );
  const { visit, template, responses, areas, actions } = detail;
  const attention = visitAttention(visit, todayIso());
  const progress = template ? checklistProgress(template, responses) : null;
  const open = visit.status === 'planned' || visit.status === 'in-progress';
  const run = (work: Promise<unknown>) => work.then(() => setError('')).catch((e: unknown) => setError(problemText(e)));
  return (
    <Page title={capitalise(visit.kind)} backTo={to('/visits')}>
      <div className="intro">
        <p className="lead">{ukDateLong(visit.date)}</p>
        <p>
          {visit.governor}
          {visit.walkingWith && ` with ${visit.walkingWith}`}
        </p>
        <p>
          <Badge tone={attention === 'overdue' ? 'red' : attention === 'due' ? 'amber' : 'none'}>
            {attention === 'overdue' ? 'Overdue' : attention === 'due' ? 'Due' : visitStatusLabels[visit.status]}
          </Badge>
        </p>
      </div>
      <Section title="Purpose" id="purpose">
        <p className="prewrap">{visit.purpose}</p>
        <p className="muted">{visit.purposeAgreed ? 'Agreed with the headteacher.' : 'Not yet agreed with the headteacher.'}</p>
        {(visit.focusAreaIds.length > 0 || visit.focusActionIds.length > 0) && (
          <ul className="plain-list">
            {areas
              .filter((a) => visit.focusAreaIds.includes(a.id))
              .map((a) => (
                <li key={a.id}>
                  Area {a.number}: {a.title}
                </li>
              ))}
            {actions
              .filter((a) => visit.focusActionIds.includes(a.action.id))
              .map((a) => (
                <li key={a.action.id}>
                  <Link to={to('/plan/actions/:actionId', { actionId: a.action.id })}>Action {a.code}</Link>: {a.action.description}
                </li>
              ))}
          </ul>
        )}
      </Section>
      <section className="walk-card" aria-labelledby="checklist-heading">
        <h2 id="checklist-heading">Checklist</h2>
        {template && progress ? (
          <>
            <p>
              {template.title} (version {template.version}) · {progress.answered} of {progress.total} recorded
            </p>
            <IonButton
              routerLink={to('/visits/:visitId/checklist', { visitId: visit.id })}
              onClick={() => void run(startVisit(visit.id, visit.status))}
            >
              {visit.status === 'planned' ? 'Start the visit' : open ? 'Carry on with the checklist' : 'Look at the checklist'}
            </IonButton>
          </>
        ) : (
          <p className="muted">No checklist chosen.</p>
        )}
        {open && !template && <IonButton onClick={() => void run(finishVisit(visit.id))}>Mark the visit as done</IonButton>}
      </section>
      <VisitFindings detail={detail} />
      <section className="walk-card" aria-labelledby="report-heading">
        <h2 id="report-heading">Report</h2>
        <p>{reportStatusLabels[visit.report.status]}</p>
        <IonButton
          routerLink={to('/visits/:visitId/report', { visitId: visit.id })}
          fill={visit.status === 'complete' ? 'solid' : 'outline'}
        >
          {visit.report.seen ? 'Open the report' : 'Write the report'}
        </IonButton>
      </section>
      {visit.status !== 'cancelled' && (
        <div className="button-row walk-row">
          <IonButton fill="outline" routerLink={to('/visits/:visitId/edit', { visitId: visit.id })}>
            Change the plan
          </IonButton>
          {open &&
            (confirmCancel ? (
              <IonButton color="danger" onClick={() => void run(updateRecord('visits', visit.id, { status: 'cancelled' }))}>
                Yes, cancel this visit
              </IonButton>
            ) : (
              <IonButton fill="clear" onClick={() => setConfirmCancel(true)}>
                Cancel this visit
              </IonButton>
            ))}
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </Page>
  );
}
