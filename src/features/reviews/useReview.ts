import { reviewDetail, type ReviewDetail, useRememberedQuery } from '../../data';

/** The review with everything it shows, live: undefined while loading, false when it is not on this device. */
export function useReview(reviewId: string | undefined): ReviewDetail | false | undefined {
  return useRememberedQuery('review', [reviewId], async () => (reviewId ? ((await reviewDetail(reviewId)) ?? false) : false));
}
