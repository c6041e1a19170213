import { IonButton, IonInput, IonLabel, IonList } from '@ionic/react';
import { judgementLabels, rollUpRating, type Rating } from '../../domain';
import { updateRecord, type ReviewDetail } from '../../data';
import { Badge, RatingBadge, Section, problemText, useSavedToast, Disclosure, LinkItem } from '../../ui';
import { actionCodeIn, firstUnfinished, pathOf } from './walk';

/** Where a draft review stands, area by area, with the way on to the next thing to do and to finalising. */
export function DraftOverview({ detail }: { detail: ReviewDetail }) {
  const { review } = detail;
  const { saved, failed, toast } = useSavedToast();
  const rating = new Map(detail.entries.map((e) => [e.actionId, e.rating]));
  const judgement = new Map(detail.judgements.map((j) => [j.areaId, j]));
  const areas = detail.areas.filter((a) => detail.inReview.some((x) => x.areaId === a.id));
  const rated = detail.inReview.filter((a) => rating.has(a.id)).length;
  const judged = areas.filter((a) => judgement.has(a.id)).length;
  const next = firstUnfinished(detail);

  async function changeDate(value: string) {
    if (!value || value === review.heldOn) return;
    try {
      await updateRecord('reviews', review.id, { heldOn: value });
      saved('Meeting date saved on this device');
    } catch (e) {
      failed(problemText(e));
    }
  }

  return (
    <>
      {toast}
      <div className="intro">
        <p>
          <Badge tone="amber">Draft</Badge> {rated} of {detail.inReview.length} actions rated · {judged} of {areas.length} areas judged
        </p>
        <p className="muted">Each rating, note and judgement is saved on this device as you go: leave at any time and carry on later.</p>
        <div className="button-row">
          <IonButton routerLink={pathOf(review.id, next ?? 'finalise')}>
            {next ? (rated === 0 ? 'Begin with the first action' : 'Carry on where you left off') : 'Finalise the review'}
          </IonButton>
        </div>
      </div>
      <div className="stack">
        <IonInput
          type="date"
          label="Date of the meeting"
          labelPlacement="stacked"
          fill="outline"
          value={review.heldOn}
          onIonChange={(e) => void changeDate(String(e.detail.value ?? ''))}
        />
      </div>
      {areas.map((area) => {
        const actions = detail.inReview.filter((a) => a.areaId === area.id);
        const ratings: (Rating | undefined)[] = actions.map((a) => rating.get(a.id));
        const j = judgement.get(area.id);
        return (
          <Section key={area.id} title={`Area ${area.number}: ${area.title}`} id={`area-${area.number}`}>
            <p>
              {ratings.filter(Boolean).length} of {actions.length} rated · <RatingBadge rating={rollUpRating(ratings)} /> ·{' '}
              {j ? judgementLabels[j.judgement] : 'Not judged yet'}
            </p>
            <Disclosure label={`Actions and judgement of area ${area.number}`}>
              <IonList inset>
                {actions.map((a) => (
                  <LinkItem key={a.id} routerLink={pathOf(review.id, { kind: 'action', areaId: area.id, actionId: a.id })}>
                    <IonLabel className="ion-text-wrap">
                      <h3>
                        {actionCodeIn(detail, a)} {a.description}
                      </h3>
                      <p>
                        <RatingBadge rating={rating.get(a.id)} />
                      </p>
                    </IonLabel>
                  </LinkItem>
                ))}
                <LinkItem routerLink={pathOf(review.id, { kind: 'area', areaId: area.id })}>
                  <IonLabel className="ion-text-wrap">
                    <h3>Judgement of progress</h3>
                    <p>{j ? `${judgementLabels[j.judgement]}${j.reason ? `: ${j.reason}` : ''}` : 'Not judged yet'}</p>
                  </IonLabel>
                </LinkItem>
              </IonList>
            </Disclosure>
          </Section>
        );
      })}
      <Section title="Finalise" id="finalise">
        <p>When every action is rated and every area judged, the chair finalises the review. It is then locked.</p>
        <IonButton fill="outline" routerLink={pathOf(review.id, 'finalise')}>
          Check and finalise
        </IonButton>
      </Section>
    </>
  );
}
