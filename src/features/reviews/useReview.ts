import { reviewDetail, type ReviewDetail, useRememberedQuery } from '../../data';

/** A review's main read: the same name and deps whether a screen reads it or it is read ahead (ReviewsPage). */
export const reviewRead = (reviewId: string | undefined) =>
  ['review', [reviewId], async () => (reviewId ? ((await reviewDetail(reviewId)) ?? false) : false)] as const;

/** The review with everything it shows, live: undefined while loading, false when it is not on this device. */
export function useReview(reviewId: string | undefined): ReviewDetail | false | undefined {
  return useRememberedQuery(...reviewRead(reviewId));
}
