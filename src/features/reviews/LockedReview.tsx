import { finalisedOn, judgementLabels, rollUpRating, ukDate } from '../../domain';
import type { ReviewDetail } from '../../data';
import { DateText, RatingBadge, Section, Disclosure } from '../../ui';
import { actionCodeIn } from './walk';

/** A finalised review as the committee agreed it: read only. */
export function LockedReview({ detail }: { detail: ReviewDetail }) {
  const { review } = detail;
  const entryOf = new Map(detail.entries.map((e) => [e.actionId, e]));
  const judgementOf = new Map(detail.judgements.map((j) => [j.areaId, j]));
  const evidenceOf = new Map(detail.evidenceSeen.map((e) => [e.id, e]));
  const areas = detail.areas.filter((a) => detail.inReview.some((x) => x.areaId === a.id));
  return (
    <>
      <div className="locked-banner" role="note">
        <p>
          <strong>Finalised and locked.</strong> Finalised on {ukDate(finalisedOn(review))}
          {review.finalisedBy && ` by ${review.finalisedBy}`}. Nothing in this review can be changed.
        </p>
        <p>
          Meeting held on <DateText date={review.heldOn} />.
        </p>
      </div>
      {areas.map((area) => {
        const actions = detail.inReview.filter((a) => a.areaId === area.id);
        const j = judgementOf.get(area.id);
        return (
          <Section key={area.id} title={`Area ${area.number}: ${area.title}`} id={`area-${area.number}`}>
            <p>
              <RatingBadge rating={rollUpRating(actions.map((a) => entryOf.get(a.id)?.rating))} /> ·{' '}
              <strong>{j ? judgementLabels[j.judgement] : 'Not judged'}</strong>
              {j?.reason && `: ${j.reason}`}
            </p>
            <Disclosure label={`Ratings of the ${actions.length} actions in area ${area.number}`}>
              <ul className="notes">
                {actions.map((a) => {
                  const e = entryOf.get(a.id);
                  const seen = (e?.evidenceIds ?? []).map((id) => evidenceOf.get(id)).filter((x) => x !== undefined);
                  return (
                    <li key={a.id}>
                      <h3>
                        {actionCodeIn(detail, a)} {a.description}
                      </h3>
                      <p>
                        <RatingBadge rating={e?.rating} />
                      </p>
                      {e?.note && <p className="prewrap">Note: {e.note}</p>}
                      {seen.length > 0 && (
                        <p>Evidence seen: {seen.map((x) => x.title || x.text.slice(0, 80) || x.file?.name || x.kind).join('; ')}</p>
                      )}
                      {e?.challenge && <p className="prewrap">Challenge: {e.challenge}</p>}
                      {e?.response && <p className="prewrap">School’s response: {e.response}</p>}
                      {e?.nextSteps && <p className="prewrap">Next steps: {e.nextSteps}</p>}
                    </li>
                  );
                })}
              </ul>
            </Disclosure>
          </Section>
        );
      })}
    </>
  );
}
