import { useParams } from 'react-router-dom';
import {
  actionCodeOf,
  areaCodeOf,
  isRealNeed,
  needCodeOf,
  timingText,
  actionStatusLabels,
  ratingLabels,
  ukDate,
  visibilityLabels,
} from '../../domain';
import { actionDetail, updateRecord, useRememberedQuery } from '../../data';
import { Badge, Empty, Loading, Page, Section, Reveal, useSavedToast, to } from '../../ui';
import { StatusChooser } from './StatusChooser';
import { NoteForm } from './NoteForm';
import { ActionForm } from './ActionForm';
import { ArchiveButton } from './ArchiveButton';
import { Changes } from './Changes';
import './plan.css';

/** One action: what it is, who leads it, its dates and success criteria; edit it, change its status, add notes, see its changes. */
export default function ActionPage() {
  const { actionId } = useParams();
  const detail = useRememberedQuery('action', [actionId], async () => (actionId ? ((await actionDetail(actionId)) ?? false) : false));
  const { saved, failed, toast } = useSavedToast();
  if (detail === undefined)
    return (
      <Page title="Action" backTo={to('/plan')}>
        <Loading what="the action" />
      </Page>
    );
  if (detail === false)
    return (
      <Page title="Action" backTo={to('/plan')}>
        <Empty title="This action is not in the plan on this device." />
      </Page>
    );
  const { action, need, area, notes, ratings } = detail;
  const code = actionCodeOf(area, need, action);
  return (
    <Page title={`Action ${code}`} backTo={to('/plan/areas/:areaId', { areaId: area.id })}>
      {toast}
      <div className="intro">
        {action.archived && (
          <p className="archived-note">
            <Badge>Archived</Badge> This action is archived: it is hidden from the plan and the timeline.
          </p>
        )}
        <p className="lead">{action.description}</p>
        <p className="muted">
          Area {areaCodeOf(area)}: {area.title}
          {isRealNeed(need) && ` · ${needCodeOf(area, need)}. ${need.description}`}
        </p>
      </div>
      <dl className="facts">
        <dt>Lead</dt>
        <dd>{action.lead || 'Not set'}</dd>
        <dt>Resources</dt>
        <dd>{action.resources || 'None listed'}</dd>
        <dt>When</dt>
        <dd>{timingText(action, ukDate)}</dd>
        <dt>Success criteria</dt>
        <dd className="prewrap">{action.successCriteria || 'Not set'}</dd>
        {action.notes && (
          <>
            <dt>Notes from the plan</dt>
            <dd className="prewrap">{action.notes}</dd>
          </>
        )}
        <dt>Status</dt>
        <dd>{actionStatusLabels[action.status]}</dd>
        <dt>Who can see it</dt>
        <dd>{visibilityLabels[action.visibility]}</dd>
      </dl>
      <div className="button-row tools">
        <Reveal label="Edit action" name={`Edit action ${code}`}>
          {(close) => (
            <ActionForm
              action={action}
              name={`Edit action ${code}`}
              save="Save action"
              onClose={close}
              onSubmit={async (fields) => {
                await updateRecord('actions', action.id, fields);
                saved(`Action ${code} saved`);
              }}
            />
          )}
        </Reveal>
        <ArchiveButton kind="actions" id={action.id} archived={action.archived} name={`action ${code}`} onSaved={saved} onFailed={failed} />
      </div>
      <StatusChooser action={action} onSaved={saved} onFailed={failed} />
      {ratings.length > 0 && (
        <Section title="Ratings at reviews" id="ratings">
          <ul className="plain-list">
            {ratings.map((r) => (
              <li key={r.reviewId}>
                {r.label}: <strong>{ratingLabels[r.rating]}</strong>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="Notes" id="notes">
        <NoteForm action={action} onSaved={saved} onFailed={failed} />
        {notes.length === 0 ? (
          <Empty title="No notes yet." />
        ) : (
          <ul className="notes">
            {notes.map((n) => (
              <li key={n.id}>
                <p className="note-text">{n.text}</p>
                <p className="muted">
                  {n.recordedBy || 'Someone on this board'}, {ukDate(n.recordedAt.slice(0, 10))}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Changes recordIds={[action.id]} nameOf={() => `Action ${code}`} />
    </Page>
  );
}
