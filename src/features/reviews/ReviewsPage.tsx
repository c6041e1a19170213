import './reviews.css';
import { useState } from 'react';
import { IonButton, IonLabel, IonList, useIonRouter } from '@ionic/react';
import { finalisedOn, halfTermLabel, todayIso, ukDate } from '../../domain';
import { createRecord, rememberAhead, reviewOverview, thisHalfTerm, useRememberedQuery, type ReadAhead } from '../../data';
import { Badge, DateText, Empty, Loading, Page, Section, problemText, useSchool, to, LinkItem } from '../../ui';
import { reviewTitle } from './walk';
import { reviewRead } from './useReview';

/** The reviews' main read: the same name and deps whether the screen reads it or it is read ahead. */
const reviewsRead = (schoolId: string) => ['reviews', [schoolId], () => reviewOverview(schoolId)] as const;

/**
 * Read ahead while the app is idle (app/routes.ts): this list, and this half term's review, which
 * Today's review card and this list open, so neither opens on a loading line.
 */
export const readAhead: ReadAhead = async ({ schoolId, today }) => {
  const overview = await rememberAhead(...reviewsRead(schoolId));
  const { current } = thisHalfTerm(overview, today);
  if (current) await rememberAhead(...reviewRead(current.id));
};

/** Half-termly reviews: start (or continue) this half term's, and every review so far. */
export default function ReviewsPage() {
  const school = useSchool();
  const today = todayIso();
  const data = useRememberedQuery(...reviewsRead(school.id));
  const router = useIonRouter();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (!data)
    return (
      <Page title="Half-termly reviews" backTo={to('/today')}>
        <Loading what="the reviews" />
      </Page>
    );
  const { ref, current } = thisHalfTerm(data, today);

  async function start() {
    if (!data?.plan) return;
    setBusy(true);
    setError('');
    try {
      const review = await createRecord('reviews', school.id, {
        planId: data.plan.id,
        schoolYear: ref.schoolYear,
        halfTerm: ref.halfTerm,
        heldOn: today,
        status: 'draft',
      });
      router.push(to('/reviews/:reviewId', { reviewId: review.id }));
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title="Half-termly reviews" backTo={to('/today')}>
      <Section title={`This half term: ${halfTermLabel(ref)}`} id="current">
        {!data.plan ? (
          <Empty title="There is no action plan for this board yet.">
            Add the plan’s areas and actions on the Plan tab, then review them here.
          </Empty>
        ) : current ? (
          <>
            <p>
              {current.status === 'final'
                ? `The ${halfTermLabel(ref)} review was finalised on ${ukDate(finalisedOn(current))} and is locked.`
                : `The ${halfTermLabel(ref)} review is under way: ${data.progress.get(current.id)?.rated ?? 0} ratings so far. Everything entered is kept on this device.`}
            </p>
            <IonButton routerLink={to('/reviews/:reviewId', { reviewId: current.id })}>
              {current.status === 'final' ? 'Open the review' : 'Continue the review'}
            </IonButton>
          </>
        ) : data.actionCount === 0 ? (
          <Empty title="The plan has no actions to review yet.">Add areas for improvement and their actions on the Plan tab first.</Empty>
        ) : (
          <>
            <p>
              The committee goes through every area and action: a rating, the evidence seen, its challenge and the school’s response, and
              next steps.
            </p>
            <IonButton onClick={() => void start()} disabled={busy}>
              Start the {halfTermLabel(ref)} review
            </IonButton>
          </>
        )}
        {error && (
          <p className="error" role="alert">
            The review was not started: {error}
          </p>
        )}
      </Section>
      <Section title="Reviews so far" id="all">
        {data.reviews.length === 0 ? (
          <Empty title="No review has been started yet." />
        ) : (
          <IonList inset>
            {[...data.reviews].reverse().map((r) => {
              const p = data.progress.get(r.id);
              return (
                <LinkItem key={r.id} routerLink={to('/reviews/:reviewId', { reviewId: r.id })}>
                  <IonLabel className="ion-text-wrap">
                    <h3>{reviewTitle(r)}</h3>
                    <p>
                      Held on <DateText date={r.heldOn} /> · {p?.rated ?? 0} ratings, {p?.judged ?? 0} areas judged
                    </p>
                    <p>{r.status === 'final' ? <Badge tone="info">Finalised and locked</Badge> : <Badge tone="amber">Draft</Badge>}</p>
                  </IonLabel>
                </LinkItem>
              );
            })}
          </IonList>
        )}
      </Section>
      <Section title="Across the year" id="across">
        <IonList inset>
          <LinkItem routerLink={to('/reviews/trend')}>
            <IonLabel className="ion-text-wrap">
              <h3>Trend and targets</h3>
              <p>Each action’s and area’s ratings across half terms; performance targets against actuals.</p>
            </IonLabel>
          </LinkItem>
          <LinkItem routerLink={to('/reviews/benchmarks')}>
            <IonLabel className="ion-text-wrap">
              <h3>Phase benchmarks</h3>
              <p>Is the school ready to move on from the {school.improvementPhase} phase?</p>
            </IonLabel>
          </LinkItem>
        </IonList>
      </Section>
    </Page>
  );
}
