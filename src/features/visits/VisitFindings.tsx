import { Link } from 'react-router-dom';
import { answerText, responsePhotos, templateItems, type VisitResponse } from '../../domain';
import type { VisitDetail } from '../../data';
import { Empty, Section, to } from '../../ui';
import { Photo } from './Photo';
import './visits.css';

/** Findings tied to plan actions, and the evidence they have made for those actions' next review. */
export function VisitFindings({ detail }: { detail: VisitDetail }) {
  const { template, responses, actions, evidence, visit } = detail;
  const prompts = new Map(template ? templateItems(template).map(({ item }) => [item.id, item.prompt]) : []);
  const code = new Map(actions.map((a) => [a.action.id, a]));
  const tied = responses.filter((r: VisitResponse) => r.actionIds.length > 0);
  const live = evidence.filter((e) => !e.deleted);
  return (
    <Section title="Findings tied to actions" id="findings">
      {tied.length === 0 ? (
        <Empty title="No finding is tied to an action yet.">On the checklist, use "Tie to an action" under any item.</Empty>
      ) : (
        <ul className="notes">
          {tied.map((r) => {
            const photos = responsePhotos(r);
            const prompt = prompts.get(r.itemId) ?? 'An item no longer in this checklist';
            return (
              <li key={r.id}>
                <p>
                  <strong>{prompt}</strong>
                  {r.answer && r.answer.type !== 'photo' && r.answer.type !== 'text' ? `: ${answerText(r.answer)}` : ''}
                </p>
                {r.note && <p className="prewrap">{r.note}</p>}
                {photos.length > 0 && (
                  <div className="walk-photos" role="group" aria-label={`Photos for: ${prompt}`}>
                    {photos.map((p, i) => (
                      <Photo key={`${p.sha256}-${i}`} file={p} alt={`Photo ${i + 1} of ${photos.length} for: ${prompt}`} />
                    ))}
                  </div>
                )}
                <p>
                  Evidence for:{' '}
                  {r.actionIds.map((id, i) => {
                    const a = code.get(id);
                    return (
                      <span key={id}>
                        {i > 0 && ', '}
                        {a ? (
                          <Link to={to('/plan/actions/:actionId', { actionId: id })}>action {a.code}</Link>
                        ) : (
                          'an action no longer in the plan'
                        )}
                      </span>
                    );
                  })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <p className="muted">
        {visit.status === 'complete'
          ? `${live.length} piece${live.length === 1 ? '' : 's'} of evidence from this visit for the next review.`
          : 'Tied findings become evidence for their actions when you finish the visit.'}
      </p>
    </Section>
  );
}
