import './reviews.css';
import { useParams } from 'react-router-dom';
import { IonButton } from '@ionic/react';
import { isAttendanceAction, lockedMessage, ratingLabels, halfTermLabel, timingText, ukDate } from '../../domain';
import { actionDetail, reviewEntryFor, useRememberedQuery } from '../../data';
import { Empty, Loading, Page } from '../../ui';
import { useReview } from './useReview';
import { actionCodeIn, pathOf, placeOf, reviewTitle, stepsOf, type Step } from './walk';
import { EntryEditor, type StepLink } from './EntryEditor';
import { MeetingChallenges } from './MeetingChallenges';
import { AttendanceAtReview } from './AttendanceAtReview';

function linkTo(reviewId: string, step: Step | undefined, areaNumber: (id: string) => number, back: boolean): StepLink | undefined {
  if (!step) return back ? undefined : { path: pathOf(reviewId, 'finalise'), label: 'Check and finalise' };
  if (step.kind === 'area')
    return {
      path: pathOf(reviewId, step),
      label: back ? `Back to area ${areaNumber(step.areaId)}’s judgement` : `Judge area ${areaNumber(step.areaId)}`,
    };
  return { path: pathOf(reviewId, step), label: back ? 'Previous action' : 'Next action' };
}

/** One card of the walk-through: one action, rated by the committee. */
export default function ReviewActionPage() {
  const { reviewId, actionId } = useParams();
  const detail = useReview(reviewId);
  const card = useRememberedQuery('review card', [reviewId, actionId], async () => {
    if (!reviewId || !actionId) return false;
    const [action, entry] = await Promise.all([actionDetail(actionId), reviewEntryFor(reviewId, actionId)]);
    return action ? { action, entry: entry ?? null } : false;
  });
  const back = reviewId ? `/reviews/${reviewId}` : '/reviews';
  if (detail === undefined || card === undefined)
    return (
      <Page title="Review" backTo={back}>
        <Loading what="the action" />
      </Page>
    );
  if (detail === false || card === false)
    return (
      <Page title="Review" backTo={back}>
        <Empty title="This action or review is not on this device." />
      </Page>
    );
  const { action } = card.action;
  const code = actionCodeIn(detail, action);
  const area = card.action.area;
  const steps = stepsOf(detail);
  const place = placeOf(steps, { kind: 'action', areaId: action.areaId, actionId: action.id });
  const areaNumber = (id: string) => detail.areas.find((a) => a.id === id)?.number ?? 0;
  const before = detail.previous?.entries.find((e) => e.actionId === action.id);
  return (
    <Page title={`Action ${code}`} backTo={back}>
      <div className="review-card compact">
        <p className="muted">
          {place.number > 0 ? `Step ${place.number} of ${place.total}` : 'Not in this review'} · Area {area.number} ·{' '}
          {reviewTitle(detail.review)}
        </p>
        <p className="lead">{action.description}</p>
        <p>
          <strong>Lead:</strong> {action.lead || 'not set'} · {timingText(action, ukDate)}
        </p>
        <p>
          <strong>Success criteria:</strong> {action.successCriteria || 'not set'}
        </p>
        <p>
          <strong>Last review:</strong>{' '}
          {before && detail.previous
            ? `${halfTermLabel(detail.previous.review)}, ${ratingLabels[before.rating]}${before.note ? `. ${before.note}` : ''}`
            : 'not rated before'}
        </p>
      </div>
      {isAttendanceAction(action, [area]) && (
        <AttendanceAtReview schoolId={detail.review.schoolId} actionId={action.id} since={detail.previous?.review.heldOn} />
      )}
      <MeetingChallenges schoolId={detail.review.schoolId} actionId={action.id} since={detail.previous?.review.heldOn} />
      {detail.review.status === 'final' ? (
        <div className="locked-banner" role="note">
          <p>{lockedMessage(detail.review)}: its ratings cannot be changed.</p>
          <IonButton fill="outline" routerLink={back}>
            Open the locked review
          </IonButton>
        </div>
      ) : (
        <EntryEditor
          key={`${detail.review.id}:${action.id}`}
          detail={detail}
          card={card.action}
          entry={card.entry}
          previous={linkTo(detail.review.id, place.previous, areaNumber, true)}
          next={linkTo(detail.review.id, place.next, areaNumber, false)!}
        />
      )}
    </Page>
  );
}
