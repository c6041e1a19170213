import './reviews.css';
import { useParams } from 'react-router-dom';
import { Empty, Loading, Page, to } from '../../ui';
import { useReview } from './useReview';
import { reviewTitle } from './walk';
import { DraftOverview } from './DraftOverview';
import { LockedReview } from './LockedReview';

/** A review: while a draft, where the walk-through stands and the way to finalise; once final, the locked record. */
export default function ReviewPage() {
  const { reviewId } = useParams();
  const detail = useReview(reviewId);
  if (detail === undefined)
    return (
      <Page title="Review" backTo={to('/reviews')}>
        <Loading what="the review" />
      </Page>
    );
  if (detail === false)
    return (
      <Page title="Review" backTo={to('/reviews')}>
        <Empty title="This review is not on this device." />
      </Page>
    );
  return (
    <Page title={reviewTitle(detail.review)} backTo={to('/reviews')}>
      {detail.review.status === 'final' ? <LockedReview detail={detail} /> : <DraftOverview detail={detail} />}
    </Page>
  );
}
