import { useCallback, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton, useIonRouter } from '@ionic/react';
import { checklistProgress } from '../../domain';
import { visitDetail } from '../../data';
import { Empty, Loading, Page, problemText, to } from '../../ui';
import { ItemCard } from './ItemCard';
import type { ActionChoices } from './TiePicker';
import { FlushContext, flushAll, type Flushers } from './saveState';
import { finishVisit, startVisit } from './finish';
import { useStable } from './useStable';
import { WalkReminder } from './WalkReminder';
import './visits.css';

/** The walk itself: the visit's checklist, filled in on a phone with no signal, saved as it goes. */
export default function ChecklistPage() {
  const { visitId = '' } = useParams();
  const detail = useLiveQuery(async () => (await visitDetail(visitId)) ?? false, [visitId]);
  const [flushers] = useState<Flushers>(() => new Set());
  const [finishing, setFinishing] = useState<{ busy: boolean; error: string }>({ busy: false, error: '' });
  const router = useIonRouter();
  const status = useRef('planned');
  status.current = detail ? detail.visit.status : 'planned';
  const onFirstSave = useCallback(() => startVisit(visitId, status.current), [visitId]);
  const focus = detail ? detail.visit.focusActionIds : [];
  const all = detail ? detail.actions : [];
  const choices = useStable<ActionChoices>(
    { focus: all.filter((a) => focus.includes(a.action.id)), others: all.filter((a) => !focus.includes(a.action.id)) },
    `${focus.join()}|${all.map((a) => `${a.action.id}:${a.code}:${a.action.description}`).join()}`,
  );
  const back = `/visits/${visitId}`;
  if (detail === undefined)
    return (
      <Page title="Checklist" backTo={back}>
        <Loading what="the checklist" />
      </Page>
    );
  if (detail === false)
    return (
      <Page title="Checklist" backTo={to('/visits')}>
        <Empty title="This visit is not on this device." />
      </Page>
    );
  const { visit, template, responses } = detail;
  if (!template) {
    return (
      <Page title="Checklist" backTo={back}>
        {visit.templateId ? (
          <Empty title="This visit's checklist is not on this device yet.">It arrives when this device next syncs with the board.</Empty>
        ) : (
          <Empty title="No checklist was chosen for this visit.">Choose one when you change the plan of the visit.</Empty>
        )}
        <IonButton routerLink={to('/visits/:visitId/edit', { visitId: visit.id })}>Change the plan</IonButton>
      </Page>
    );
  }
  const byItem = new Map(responses.map((r) => [r.itemId, r]));
  const progress = checklistProgress(template, responses);
  async function finish() {
    setFinishing({ busy: true, error: '' });
    try {
      if (!(await flushAll(flushers))) throw new Error('Some answers could not be saved: see the messages above.');
      await finishVisit(visitId);
      setFinishing({ busy: false, error: '' });
      router.push(to('/visits/:visitId/report', { visitId }), 'forward');
    } catch (e) {
      setFinishing({ busy: false, error: problemText(e) });
    }
  }
  return (
    <Page title={template.title} backTo={back}>
      <FlushContext.Provider value={flushers}>
        <p className="muted">
          Version {template.version} ·{' '}
          <span className="walk-progress">
            {progress.answered} of {progress.total} recorded
          </span>
        </p>
        <WalkReminder />
        {template.sections.map((section, s) => (
          <section key={section.id} className="section" aria-labelledby={`walk-section-${s}`}>
            <h2 id={`walk-section-${s}`}>{section.title}</h2>
            {section.items.map((item) => (
              <ItemCard
                key={item.id}
                visit={visit}
                item={item}
                response={byItem.get(item.id)}
                choices={choices}
                onFirstSave={onFirstSave}
              />
            ))}
          </section>
        ))}
        <section className="walk-card" aria-labelledby="walk-finish">
          <h2 id="walk-finish">{visit.status === 'complete' ? 'The visit is done' : 'Finish the visit'}</h2>
          <p>Findings tied to actions become evidence for those actions' next review.</p>
          {visit.status === 'complete' ? (
            <IonButton routerLink={to('/visits/:visitId/report', { visitId: visit.id })}>Open the report</IonButton>
          ) : (
            <IonButton onClick={() => void finish()} disabled={finishing.busy}>
              {finishing.busy ? 'Saving everything…' : 'Finish and write the report'}
            </IonButton>
          )}
          {finishing.error && (
            <p className="walk-save bad" role="alert">
              {finishing.error}
            </p>
          )}
        </section>
      </FlushContext.Provider>
    </Page>
  );
}
