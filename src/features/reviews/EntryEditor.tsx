import { IonButton, IonTextarea, useIonRouter } from '@ionic/react';
import { ratingLabels, ratingNeedsNote, ratings, type Rating, type ReviewEntry } from '../../domain';
import type { ActionDetail, ReviewDetail } from '../../data';
import { ChoiceTiles, type Choice } from './ChoiceTiles';
import { EvidenceSeen } from './EvidenceSeen';
import { NextSteps } from './NextSteps';
import { useEntryDraft } from './useEntryDraft';

const ratingChoices: Choice<Rating>[] = ratings.map((r) => ({ value: r, label: ratingLabels[r], tone: r }));

export interface StepLink {
  path: string;
  label: string;
}

/** Rate one action at a review: rating, note, evidence seen, challenge and response, next steps. Saved as you go. */
export function EntryEditor({
  detail,
  card,
  entry,
  previous,
  next,
}: {
  detail: ReviewDetail;
  card: ActionDetail;
  entry: ReviewEntry | null;
  previous?: StepLink;
  next: StepLink;
}) {
  const { draft, state, change, flush, isStored } = useEntryDraft(detail.review, card.action.id, entry);
  const router = useIonRouter();
  const needsNote = draft.rating === 'red' || draft.rating === 'amber';
  const noteProblem = ratingNeedsNote.problem(draft);

  async function go(link: StepLink, direction: 'forward' | 'back') {
    const done = await flush();
    if (done.ok) router.push(link.path, direction);
  }

  const text = (field: 'note' | 'challenge' | 'response', label: string, helper: string) => (
    <IonTextarea
      label={label}
      labelPlacement="stacked"
      fill="outline"
      autoGrow
      rows={2}
      maxlength={4000}
      value={draft[field]}
      helperText={helper}
      onIonInput={(e) => change({ [field]: e.detail.value ?? '' })}
      onIonBlur={() => void flush()}
      errorText={field === 'note' && noteProblem ? `${noteProblem}.` : undefined}
      className={field === 'note' && noteProblem ? 'ion-invalid ion-touched' : ''}
    />
  );

  return (
    <>
      <ChoiceTiles legend="Rating" choices={ratingChoices} value={draft.rating} onChoose={(rating) => change({ rating }, true)} />
      <div className="stack">
        {text('note', needsNote ? 'Note (required)' : 'Note', 'Why this rating: what is on track, at risk or off track.')}
      </div>
      <EvidenceSeen
        action={card.action}
        evidence={card.evidence}
        seen={draft.evidenceIds}
        onChange={(evidenceIds) => change({ evidenceIds }, true)}
      />
      <div className="stack">
        {text('challenge', 'Governors’ challenge', 'The question the committee asked.')}
        {text('response', 'School’s response', 'What the school answered.')}
      </div>
      <NextSteps
        action={card.action}
        area={card.area}
        need={card.need}
        planActions={detail.actions}
        recorded={draft.nextSteps}
        canAdd={() => !!draft.rating && !noteProblem}
        onAdded={async (line) => {
          change({ nextSteps: [draft.nextSteps.trim(), line].filter(Boolean).join('\n') }, true);
          const done = await flush();
          return done.ok && isStored();
        }}
      />
      <p className={`save-status ${state.tone}`} role="status" aria-live="polite">
        {state.text}
      </p>
      <div className="step-nav">
        {previous ? (
          <IonButton fill="outline" onClick={() => void go(previous, 'back')}>
            {previous.label}
          </IonButton>
        ) : (
          <span />
        )}
        <IonButton onClick={() => void go(next, 'forward')}>{next.label}</IonButton>
      </div>
    </>
  );
}
