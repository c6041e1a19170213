import './reviews.css';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { IonButton, IonInput, IonLabel, IonList, useIonRouter } from '@ionic/react';
import { lockedMessage, reviewCompleteness } from '../../domain';
import { updateRecord, type ReviewDetail } from '../../data';
import { Empty, Loading, Page, Section, problemText, LinkItem } from '../../ui';
import { useReview } from './useReview';
import { pathOf, reviewTitle } from './walk';

/** The chair finalises a complete review, after a check and a confirmation; it is then locked. */
export default function FinalisePage() {
  const { reviewId } = useParams();
  const detail = useReview(reviewId);
  const back = reviewId ? `/reviews/${reviewId}` : '/reviews';
  if (detail === undefined)
    return (
      <Page title="Finalise" backTo={back}>
        <Loading what="the review" />
      </Page>
    );
  if (detail === false)
    return (
      <Page title="Finalise" backTo={back}>
        <Empty title="This review is not on this device." />
      </Page>
    );
  return (
    <Page title={`Finalise the ${reviewTitle(detail.review)}`} backTo={back}>
      <Finalise detail={detail} />
    </Page>
  );
}

const scopeOf = (d: ReviewDetail) => ({
  areas: d.areas,
  needs: d.needs,
  actions: d.inReview,
  entries: d.entries,
  judgements: d.judgements,
});

function Finalise({ detail }: { detail: ReviewDetail }) {
  const { review } = detail;
  const [name, setName] = useState(detail.chairName);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const router = useIonRouter();
  if (review.status === 'final') {
    return (
      <div className="locked-banner" role="note">
        <p>{lockedMessage(review)}.</p>
        <IonButton fill="outline" routerLink={pathOf(review.id, 'overview')}>
          Open the locked review
        </IonButton>
      </div>
    );
  }
  const missing = reviewCompleteness(scopeOf(detail));

  async function finalise() {
    if (!name.trim()) {
      setError('Enter the name of the chair finalising the review.');
      setConfirming(false);
      return;
    }
    setBusy(true);
    try {
      await updateRecord('reviews', review.id, { status: 'final', finalisedAt: new Date().toISOString(), finalisedBy: name.trim() });
      router.push(pathOf(review.id, 'overview'), 'forward', 'replace');
    } catch (e) {
      setError(problemText(e));
      setBusy(false);
    }
  }

  if (missing.length > 0) {
    return (
      <Section title={`Not ready yet: ${missing.length} ${missing.length === 1 ? 'thing is' : 'things are'} missing`} id="missing">
        <p>Every action must be rated (with a note when red or amber) and every area judged with a reason before the chair can finalise.</p>
        <IonList inset className="missing-list">
          {missing.map((m) => (
            <LinkItem
              key={`${m.kind}:${m.actionId ?? m.areaId}`}
              routerLink={pathOf(
                review.id,
                m.actionId ? { kind: 'action', areaId: m.areaId, actionId: m.actionId } : { kind: 'area', areaId: m.areaId },
              )}
            >
              <IonLabel className="ion-text-wrap">{m.text}</IonLabel>
            </LinkItem>
          ))}
        </IonList>
      </Section>
    );
  }

  return (
    <Section title="Ready to finalise" id="ready">
      <p>
        All {detail.inReview.length} actions are rated and every area is judged. Only the chair (or the vice-chair acting as chair)
        finalises the review. Once finalised it is locked: no one can change its ratings, notes, evidence, challenge or judgements.
      </p>
      <div className="stack">
        <IonInput
          label="Finalised by (the chair)"
          labelPlacement="stacked"
          fill="outline"
          autocomplete="name"
          value={name}
          maxlength={200}
          onIonInput={(e) => setName(String(e.detail.value ?? ''))}
          errorText={error && !name.trim() ? error : undefined}
          className={error && !name.trim() ? 'ion-invalid ion-touched' : ''}
        />
      </div>
      {confirming ? (
        <div className="locked-banner" aria-live="polite">
          <p>
            <strong>Finalise and lock the {reviewTitle(review)}?</strong> This cannot be undone.
          </p>
          <div className="button-row">
            <IonButton color="danger" onClick={() => void finalise()} disabled={busy}>
              Yes, finalise and lock
            </IonButton>
            <IonButton fill="outline" onClick={() => setConfirming(false)} disabled={busy}>
              Not yet
            </IonButton>
          </div>
        </div>
      ) : (
        <IonButton onClick={() => setConfirming(true)}>Finalise the review</IonButton>
      )}
      {error && name.trim() && (
        <p className="error" role="alert">
          The review was not finalised: {error}
        </p>
      )}
    </Section>
  );
}
