// Rules between fields of one record (a red rating needs a note; severe absence is within
// persistent absence). Each is written once, beside its kind, and listed in the kind's policy
// (src/domain/kinds.ts); the kind's schema applies them, so every check of a record (the device's
// commands, the server's push, imports) does, and the screens ask the same rule while a person types.
import type { z } from 'zod';

/** One rule between fields: what is wrong with the record, said so a person can fix it, or null. */
export interface FieldRule<T> {
  /** The field the problem is shown against. */
  field: string & keyof T;
  problem: (record: T) => string | null;
}

/**
 * A record schema that also applies its kind's field rules, once every field is valid on its own
 * (a problem is reported against the rule's field).
 */
export function withRules<S extends z.ZodObject>(schema: S, rules: readonly FieldRule<z.infer<S>>[]): S {
  return schema.superRefine((record, ctx) => {
    if (ctx.issues.length > 0) return;
    for (const rule of rules) {
      const message = rule.problem(record as z.infer<S>);
      if (message) ctx.addIssue({ code: 'custom', message, path: [rule.field] });
    }
  }) as S;
}

/** Every problem the rules find with a record, as field and message (empty when there is none). */
export function ruleProblems<T>(rules: readonly FieldRule<T>[], record: T): { field: string; message: string }[] {
  return rules.flatMap((rule) => {
    const message = rule.problem(record);
    return message ? [{ field: rule.field, message }] : [];
  });
}
