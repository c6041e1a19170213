// What the API answers when a request is wrong: JSON {error, problems?, code?} with a 4xx status.
import type { z } from 'zod';
import { check, type Problem } from '../domain';

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly extra: { code?: string; problems?: Problem[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Check a request part against a schema; a 400 naming each field's problem when it does not fit. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, what = 'request'): z.infer<S> {
  const result = check(schema, value);
  if (!result.ok) throw new ApiError(400, `The ${what} was not valid: ${summary(result.problems)}`, { problems: result.problems });
  return result.value;
}

function summary(problems: Problem[]): string {
  const shown = problems.slice(0, 3).map((p) => (p.field ? `${p.field}: ${p.message}` : p.message));
  return shown.join('; ') + (problems.length > 3 ? ` (and ${problems.length - 3} more)` : '');
}

/** The JSON body of an error answer. */
export function errorBody(error: Error & { statusCode?: number }, status: number): Record<string, unknown> {
  if (status >= 500) return { error: 'Something went wrong on the server.' };
  if (error instanceof ApiError) {
    const { code, problems } = error.extra;
    return { error: error.message, ...(code ? { code } : {}), ...(problems ? { problems } : {}) };
  }
  // Fastify's own 4xx (bad JSON, wrong content type, body too large): say what, in the same shape.
  return status === 400 ? { error: error.message, problems: [{ field: '', message: error.message }] } : { error: error.message };
}
