// The values a school's fields take, and their labels. No zod here, so the first screen can use
// them without loading the record schemas (school.ts has those and re-exports these).

/** Seed 003's five risk categories. */
export const riskCategories = {
  1: 'Sustaining Excellence',
  2: 'Aspiring to Excellence',
  3: 'Securing Good',
  4: 'School of Concern',
  5: 'School of Extreme Concern',
} as const;
export type RiskCategory = keyof typeof riskCategories;
export const riskCategoryLabel = (c: RiskCategory) => `Category ${c}: ${riskCategories[c]}`;

/** Seed 004's improvement phases, with their expected length. */
export const improvementPhases = ['Stabilise', 'Repair', 'Improve', 'Sustain'] as const;
export type ImprovementPhase = (typeof improvementPhases)[number];
/** A school's standing as Today's banner puts it: 'Category 4: School of Concern · Repair phase'. */
export const schoolStanding = (school: { riskCategory: RiskCategory; improvementPhase: ImprovementPhase }) =>
  `${riskCategoryLabel(school.riskCategory)} · ${school.improvementPhase} phase`;
export const phaseDurations: Record<ImprovementPhase, string> = {
  Stabilise: '6 to 12 weeks',
  Repair: 'up to 1 year',
  Improve: '1 to 2 years',
  Sustain: '3 to 5 years',
};

export const educationPhases = [
  'Nursery',
  'Primary',
  'Infant',
  'Junior',
  'Middle',
  'Secondary',
  'All-through',
  'Special',
  'Alternative provision',
] as const;
export const ofstedJudgements = [
  'Outstanding',
  'Good',
  'Requires improvement',
  'Serious weaknesses',
  'Special measures',
  'Not yet inspected',
] as const;
