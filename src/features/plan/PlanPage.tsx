import { IonButton, IonIcon } from '@ionic/react';
import { calendarOutline } from 'ionicons/icons';
import { performanceActuals, shiftDate, todayIso, ukDate } from '../../domain';
import { createRecord, rememberAhead, updateRecord, useRememberedQuery, type ReadAhead } from '../../data';
import { Empty, Loading, Page, Section, useSchool, Reveal, useSavedToast, to } from '../../ui';
import { planView } from './planView';
import { AreasList } from './AreasList';
import { PerformanceTable } from './PerformanceTable';
import { Strategies } from './Strategies';
import { PlanDetailsForm, PrioritiesForm } from './PlanDetailsForm';
import { PlanChanges } from './PlanChanges';
import './plan.css';

/** The plan's main read: the same name and deps whether the screen reads it or it is read ahead. */
const planRead = (schoolId: string, today: string) =>
  ['plan', [schoolId, today], async () => (await planView(schoolId, today)) ?? false] as const;

export const readAhead: ReadAhead = ({ schoolId, today }) => rememberAhead(...planRead(schoolId, today));

/** The action plan: title, period and priorities; every area for improvement with where it stands; performance and targets; monitoring and evaluation. */
export default function PlanPage() {
  const school = useSchool();
  const today = todayIso();
  const view = useRememberedQuery(...planRead(school.id, today));
  const { saved, failed, toast } = useSavedToast();
  if (view === undefined)
    return (
      <Page title="Plan">
        <Loading what="the plan" />
      </Page>
    );
  if (view === false) {
    return (
      <Page title="Plan">
        {toast}
        <Empty title="There is no action plan for this board yet." />
        <Reveal label="Start the action plan" fill="solid">
          {(close) => (
            <PlanDetailsForm
              plan={{ title: `${school.name} action plan`, startDate: today, endDate: shiftDate(today, 364) }}
              save="Start the plan"
              onClose={close}
              onSubmit={async (fields) => {
                await createRecord('plans', school.id, { ...fields, priorities: [] });
                saved('The action plan is saved');
              }}
            />
          )}
        </Reveal>
      </Page>
    );
  }
  const { plan } = view;
  return (
    <Page title="Plan">
      {toast}
      <div className="intro">
        <p className="lead">{plan.title}</p>
        <p className="muted">
          {ukDate(plan.startDate)} to {ukDate(plan.endDate)}
        </p>
        <div className="button-row tools">
          <Reveal label="Edit plan details">
            {(close) => (
              <PlanDetailsForm
                plan={plan}
                save="Save plan details"
                onClose={close}
                onSubmit={async (fields) => {
                  await updateRecord('plans', plan.id, fields);
                  saved('Plan details saved');
                }}
              />
            )}
          </Reveal>
          <IonButton fill="outline" routerLink={to('/plan/timeline')}>
            <IonIcon slot="start" icon={calendarOutline} aria-hidden="true" />
            Timeline
          </IonButton>
          <IonButton fill="outline" routerLink={to('/plan/files')}>
            Import or export
          </IonButton>
        </div>
      </div>
      <Section title="Priorities of the local authority or trust" id="priorities">
        {plan.priorities.length === 0 ? (
          <p className="muted">No priorities yet.</p>
        ) : (
          <ol className="plain-list">
            {plan.priorities.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ol>
        )}
        <Reveal label={plan.priorities.length === 0 ? 'Add priorities' : 'Edit priorities'}>
          {(close) => (
            <PrioritiesForm
              priorities={plan.priorities}
              onClose={close}
              onSubmit={async (priorities) => {
                await updateRecord('plans', plan.id, { priorities });
                saved('Priorities saved');
              }}
            />
          )}
        </Reveal>
      </Section>
      <AreasList view={view} onSaved={saved} onFailed={failed} />
      <PerformanceTable
        plan={plan}
        rows={view.performanceRows}
        actualsOf={(r) => performanceActuals(r, view.attendanceFigures, today)}
        onSaved={saved}
        onFailed={failed}
      />
      <Strategies plan={plan} strategies={view.strategies} onSaved={saved} onFailed={failed} />
      <PlanChanges view={view} />
    </Page>
  );
}
