import { IonLabel, IonList } from '@ionic/react';
import { finalisedOn, halfTermLabel, ukDate, type IsoDate } from '../../domain';
import { thisHalfTerm } from '../../data';
import type { TodayData } from './todayQuery';
import { to, LinkItem } from '../../ui';

/** This half term's review: start it, carry on with it, or see that it is finalised. */
export function ReviewCard({ data, today }: { data: TodayData['overview']; today: IsoDate }) {
  const { ref, current } = thisHalfTerm(data, today);
  const label = halfTermLabel(ref);
  const [title, line, href] = current
    ? current.status === 'final'
      ? [`${label} review finalised`, `Finalised on ${ukDate(finalisedOn(current))} and locked.`, `/reviews/${current.id}`]
      : [
          `Continue the ${label} review`,
          `${data.progress.get(current.id)?.rated ?? 0} ratings so far; saved on this device as you go.`,
          `/reviews/${current.id}`,
        ]
    : [`Start the ${label} review`, 'Rate every action, weigh the evidence, record challenge and next steps.', '/reviews'];
  return (
    <section className="section" aria-labelledby="review-card-heading">
      <h2 id="review-card-heading">Half-termly review</h2>
      <IonList inset>
        <LinkItem routerLink={href}>
          <IonLabel className="ion-text-wrap">
            <h3>{title}</h3>
            <p>{line}</p>
          </IonLabel>
        </LinkItem>
        <LinkItem routerLink={to('/reviews')}>
          <IonLabel className="ion-text-wrap">
            <h3>All reviews, trend and phase benchmarks</h3>
          </IonLabel>
        </LinkItem>
      </IonList>
    </section>
  );
}
