import type { MilestoneState, Rating } from '../domain';
import { milestoneStateLabels, ratingLabels } from '../domain';

/** A RAG rating as words and colour (never colour alone). */
export function RatingBadge({ rating }: { rating: Rating | null | undefined }) {
  if (!rating) return <span className="badge badge-none">Not yet rated</span>;
  return <span className={`badge badge-${rating}`}>{ratingLabels[rating]}</span>;
}

export function MilestoneBadge({ state }: { state: MilestoneState }) {
  return <span className={`badge badge-ms-${state}`}>{milestoneStateLabels[state]}</span>;
}

export function Badge({ tone = 'none', children }: { tone?: 'none' | 'red' | 'amber' | 'green' | 'info'; children: React.ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
