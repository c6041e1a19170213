// The school's standing with the authority (seed 003): its risk category over time, warning letters,
// warning notices and intervention, with the deadlines that count down on Today.
import { z } from 'zod';
import { BaseRecordSchema, DateSchema, optionalText } from './record';
import { escalationTypes, interventions } from './escalationRules';

// The rules and labels (no zod) live in escalationRules.ts, so Today can count down without the schemas.
export * from './escalationRules';

/**
 * One step in the school's standing: a change of risk category (with its reason), a letter of
 * concern, a warning notice (the date given, the deadline for representations, the outcome) or
 * intervention. Visibility "chairs" or "partB" where the authority asks for it to be restricted.
 */
export const EscalationRecordSchema = BaseRecordSchema.extend({
  type: z.enum(escalationTypes, { message: 'Choose what happened' }),
  date: DateSchema,
  /** The authority's risk category (seed 003: 1 Sustaining Excellence … 5 School of Extreme Concern). */
  category: z
    .number()
    .int()
    .min(1, { message: 'Choose a category from 1 to 5' })
    .max(5, { message: 'Choose a category from 1 to 5' })
    .optional(),
  intervention: z.enum(interventions).optional(),
  reason: optionalText('Reason', 4000),
  deadline: DateSchema.optional(),
  outcome: optionalText('Outcome', 4000),
})
  .refine((e) => !e.deadline || e.deadline >= e.date, { message: 'The deadline must be on or after the date', path: ['deadline'] })
  .refine((e) => e.type !== 'risk-category' || !!e.category, { message: 'Choose the new risk category', path: ['category'] })
  .refine((e) => e.type !== 'risk-category' || !!e.reason.trim(), { message: 'Say why the category changed', path: ['reason'] })
  .refine((e) => e.type !== 'intervention' || !!e.intervention, { message: 'Choose the intervention', path: ['intervention'] })
  .refine((e) => e.type !== 'warning-notice' || !!e.deadline, {
    message: 'A warning notice needs the deadline for representations',
    path: ['deadline'],
  });
export type EscalationRecord = z.infer<typeof EscalationRecordSchema>;
