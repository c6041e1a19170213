import './reviews.css';
import { useParams } from 'react-router-dom';
import { IonButton, IonTextarea, useIonRouter } from '@ionic/react';
import { judgementInputs, judgementLabels, judgements, lockedMessage, suggestionText, type Judgement, type Rating } from '../../domain';
import type { ReviewDetail } from '../../data';
import { Empty, Loading, Page } from '../../ui';
import { ChoiceTiles, type Choice } from './ChoiceTiles';
import { useReview } from './useReview';
import { useJudgementDraft } from './useJudgementDraft';
import { pathOf, placeOf, reviewTitle, stepsOf } from './walk';

const tones = { insufficient: 'red', some: 'amber', good: 'green' } as const;
const choices: Choice<Judgement>[] = judgements.map((j) => ({ value: j, label: judgementLabels[j], tone: tones[j] }));

/** The committee's judgement of progress on one area, with what it weighs: the ratings, milestones and last judgement. */
export default function AreaJudgementPage() {
  const { reviewId, areaId } = useParams();
  const detail = useReview(reviewId);
  const back = reviewId ? `/reviews/${reviewId}` : '/reviews';
  if (detail === undefined)
    return (
      <Page title="Judgement" backTo={back}>
        <Loading what="the area" />
      </Page>
    );
  const area = detail ? detail.areas.find((a) => a.id === areaId) : undefined;
  if (detail === false || !area)
    return (
      <Page title="Judgement" backTo={back}>
        <Empty title="This area or review is not on this device." />
      </Page>
    );
  return (
    <Page title={`Judge area ${area.number}`} backTo={back}>
      <AreaJudgement key={`${detail.review.id}:${area.id}`} detail={detail} areaId={area.id} />
    </Page>
  );
}

function AreaJudgement({ detail, areaId }: { detail: ReviewDetail; areaId: string }) {
  const area = detail.areas.find((a) => a.id === areaId)!;
  const { review } = detail;
  const existing = detail.judgements.find((j) => j.areaId === areaId) ?? null;
  const { draft, state, change, flush } = useJudgementDraft(review, areaId, existing);
  const router = useIonRouter();
  const rating = new Map(detail.entries.map((e) => [e.actionId, e.rating]));
  const actions = detail.inReview.filter((a) => a.areaId === areaId);
  const before = detail.previous?.judgements.find((j) => j.areaId === areaId);
  const inputs = judgementInputs(
    actions.map((a) => rating.get(a.id)),
    detail.milestones.filter((m) => m.areaId === areaId),
    review.heldOn,
    before?.judgement ?? null,
  );
  const steps = stepsOf(detail);
  const place = placeOf(steps, { kind: 'area', areaId });
  const locked = review.status === 'final';

  async function go(path: string, direction: 'forward' | 'back') {
    if ((await flush()).ok) router.push(path, direction);
  }

  const counted = (['red', 'amber', 'green', 'complete'] as Rating[])
    .filter((r) => inputs.counts[r] > 0)
    .map((r) => `${inputs.counts[r]} ${r}`);
  return (
    <>
      <div className="review-card">
        <p className="muted">
          {reviewTitle(review)} · step {place.number} of {place.total}
        </p>
        <p className="lead">{area.title}</p>
        <h2>What the committee weighs</h2>
        <ul className="plain-list bullets">
          <li>
            Ratings this half term: {counted.length > 0 ? counted.join(', ') : 'none yet'}
            {inputs.counts.unrated > 0 && `; ${inputs.counts.unrated} not rated yet`}.
          </li>
          <li>
            Milestones by the meeting: {inputs.metMilestones} met, {inputs.overdueMilestones} overdue.
          </li>
          <li>
            Last judgement: {inputs.previous ? judgementLabels[inputs.previous] : 'none (first review of this area)'}
            {before?.reason && ` (${before.reason})`}.
          </li>
          <li>{suggestionText(inputs)}</li>
        </ul>
      </div>
      {locked ? (
        <div className="locked-banner" role="note">
          <p>{lockedMessage(review)}.</p>
          <p>
            Judgement: <strong>{existing ? judgementLabels[existing.judgement] : 'Not judged'}</strong>
            {existing?.reason && `: ${existing.reason}`}
          </p>
        </div>
      ) : (
        <>
          <ChoiceTiles
            legend="Judgement of progress"
            choices={choices}
            value={draft.judgement}
            onChoose={(judgement) => change({ judgement }, true)}
          />
          <div className="stack">
            <IonTextarea
              label="Reason"
              labelPlacement="stacked"
              fill="outline"
              autoGrow
              rows={3}
              maxlength={4000}
              value={draft.reason}
              helperText="Why the committee judged it so: the evidence that weighed most."
              onIonInput={(e) => change({ reason: e.detail.value ?? '' })}
              onIonBlur={() => void flush()}
            />
          </div>
          <p className={`save-status ${state.tone}`} role="status" aria-live="polite">
            {state.text}
          </p>
          <div className="step-nav">
            {place.previous ? (
              <IonButton fill="outline" onClick={() => void go(pathOf(review.id, place.previous!), 'back')}>
                Previous action
              </IonButton>
            ) : (
              <span />
            )}
            <IonButton onClick={() => void go(pathOf(review.id, place.next ?? 'finalise'), 'forward')}>
              {place.next ? `Next: area ${detail.areas.find((a) => a.id === place.next!.areaId)?.number}` : 'Check and finalise'}
            </IonButton>
          </div>
        </>
      )}
    </>
  );
}
