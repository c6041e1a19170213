import type { ActionStatus } from '../plan';
import type { Judgement, Rating } from '../review';

/** How the committee rated an action at a review, when the demo says more than the dates do. */
export interface ScriptedRating {
  rating: Rating;
  note: string;
  challenge?: string;
  response?: string;
  nextSteps?: string;
}

/** An action; start and finish are days from today. */
export interface ActionSpec {
  description: string;
  lead: string;
  resources: string;
  start: number;
  finish: number;
  successCriteria: string;
  status: ActionStatus;
  /** Ratings at the earlier and the later review; without them the rating follows the dates. */
  atReviews?: [ScriptedRating, ScriptedRating];
}

export interface NeedSpec {
  description: string;
  actions: ActionSpec[];
}

/** A milestone; offset (and metOffset, if met) are days from today. */
export interface MilestoneSpec {
  offset: number;
  metOffset?: number;
  description: string;
}

export interface JudgementSpec {
  judgement: Judgement;
  reason: string;
}

export interface AreaSpec {
  number: number;
  title: string;
  targets: string[];
  needs: NeedSpec[];
  milestones: MilestoneSpec[];
  /** The committee's judgement of progress at the earlier and the later review. */
  judgements: [JudgementSpec, JudgementSpec];
}
