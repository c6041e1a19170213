import { useParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { actionCode, actionStatusLabels, ratingLabels, ukDate } from '../../domain';
import { actionDetail } from '../../data';
import { DateText, Empty, Loading, Page, Section, useSavedToast } from '../../ui';
import { StatusChooser } from './StatusChooser';
import { NoteForm } from './NoteForm';

/** One action: what it is, who leads it, its dates and success criteria; change its status and add notes. */
export default function ActionPage() {
  const { actionId } = useParams();
  const detail = useLiveQuery(async () => (actionId ? ((await actionDetail(actionId)) ?? false) : false), [actionId]);
  const { saved, failed, toast } = useSavedToast();
  if (detail === undefined) return <Page title="Action" backTo="/plan"><Loading what="the action" /></Page>;
  if (detail === false) return <Page title="Action" backTo="/plan"><Empty title="This action is not in the plan on this device." /></Page>;
  const { action, need, area, notes, ratings } = detail;
  const code = actionCode(area.number, need.position, action.position);
  return (
    <Page title={`Action ${code}`} backTo={`/plan/areas/${area.id}`}>
      {toast}
      <div className="intro">
        <p className="lead">{action.description}</p>
        <p className="muted">
          Area {area.number}: {area.title} · {code.replace(/\(.*/, '')}. {need.description}
        </p>
      </div>
      <dl className="facts">
        <dt>Lead</dt>
        <dd>{action.lead || 'Not set'}</dd>
        <dt>Resources</dt>
        <dd>{action.resources || 'None listed'}</dd>
        <dt>Timescale</dt>
        <dd>
          <DateText date={action.start} /> to <DateText date={action.finish} />
        </dd>
        <dt>Success criteria</dt>
        <dd>{action.successCriteria || 'Not set'}</dd>
        <dt>Status</dt>
        <dd>{actionStatusLabels[action.status]}</dd>
      </dl>
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
    </Page>
  );
}
