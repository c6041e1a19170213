import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton } from '@ionic/react';
import { draftReport, fillEmptyParts, reportPartLabels, reportPartNames, ukDateLong } from '../../domain';
import { visitDetail, type VisitDetail } from '../../data';
import { Empty, Loading, Page, Section, Field, to } from '../../ui';
import { ReportStatusPanel } from './ReportStatusPanel';
import { useReportDraft } from './useReportDraft';
import './visits.css';

function ReportEditor({ detail }: { detail: VisitDetail }) {
  const { visit } = detail;
  const { draft, state, change, flush } = useReportDraft(visit);
  const [filled, setFilled] = useState('');
  const editable = visit.report.status === 'draft';
  const withHead = visit.report.status === 'with-head';
  function fromChecklist() {
    const code = new Map(detail.actions.map((a) => [a.action.id, a.code]));
    const parts = fillEmptyParts(draft, draftReport({ ...detail, actionCode: (id) => code.get(id) ?? '' }));
    change(parts, true);
    setFilled(
      Object.keys(parts).length
        ? 'The empty parts were drafted from the checklist: read them and change what you need.'
        : 'Every part already has text, so nothing was changed.',
    );
  }
  return (
    <>
      <p className="lead">{ukDateLong(visit.date)}</p>
      <p>
        {visit.governor}
        {visit.walkingWith && ` with ${visit.walkingWith}`}
      </p>
      {editable && (
        <div className="walk-row">
          <IonButton fill="outline" onClick={fromChecklist}>
            Draft from the checklist
          </IonButton>
          {filled && <span role="status">{filled}</span>}
        </div>
      )}
      {editable
        ? reportPartNames.map((k) => (
            <Field key={k} label={reportPartLabels[k]}>
              {(p) => (
                <textarea
                  {...p}
                  rows={k === 'seen' ? 8 : 4}
                  maxLength={k === 'purpose' ? 4000 : 8000}
                  value={draft[k]}
                  onChange={(e) => change({ [k]: e.target.value })}
                />
              )}
            </Field>
          ))
        : reportPartNames.map((k) => (
            <Section key={k} title={reportPartLabels[k]} id={`report-${k}`}>
              <p className="prewrap">{(k === 'purpose' ? draft.purpose || visit.purpose : draft[k]) || 'Nothing recorded.'}</p>
            </Section>
          ))}
      {withHead && (
        <Field label="Corrections the headteacher asked for" hint="Only matters of fact: what was seen is the governor's account.">
          {(p) => (
            <textarea
              {...p}
              rows={3}
              maxLength={4000}
              value={draft.headComments}
              onChange={(e) => change({ headComments: e.target.value })}
            />
          )}
        </Field>
      )}
      <p className={`walk-save ${state.tone}`} role={state.tone === 'bad' ? 'alert' : 'status'}>
        {state.text}
      </p>
      <ReportStatusPanel visit={visit} flush={flush} />
    </>
  );
}

/** The visit report: drafted from the visit, checked by the headteacher, then filed for the board. */
export default function ReportPage() {
  const { visitId = '' } = useParams();
  const detail = useLiveQuery(async () => (await visitDetail(visitId)) ?? false, [visitId]);
  const back = `/visits/${visitId}`;
  if (detail === undefined)
    return (
      <Page title="Visit report" backTo={back}>
        <Loading what="the report" />
      </Page>
    );
  if (detail === false)
    return (
      <Page title="Visit report" backTo={to('/visits')}>
        <Empty title="This visit is not on this device." />
      </Page>
    );
  return (
    <Page title="Visit report" backTo={back}>
      <ReportEditor key={detail.visit.id} detail={detail} />
    </Page>
  );
}
