import type { z } from 'zod';

/** One thing wrong with some input, said so a person can fix it. */
export interface Problem {
  /** Dotted path of the field, e.g. "finish" or "targets.0"; empty for the whole record. */
  field: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Check a value against a schema and say what to fix, field by field. */
export function check<S extends z.ZodType>(schema: S, value: unknown): Checked<z.infer<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message })),
  };
}

/** Thrown by commands when input is not valid; nothing has been written. */
export class InvalidInput extends Error {
  constructor(
    readonly problems: Problem[],
    what = 'record',
  ) {
    super(`The ${what} was not saved: ${problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; ')}`);
    this.name = 'InvalidInput';
  }
}
