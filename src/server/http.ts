// What the API answers when a request is wrong: JSON {error, problems?, code?} with a 4xx status.
import type { z } from 'zod';
import { check, type Problem } from '../domain';

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly extra: {
      code?: string;
      problems?: Problem[];
      retryAfterSeconds?: number;
      /** More to say, e.g. the offset an upload must resume from. */ details?: Record<string, unknown>;
    } = {},
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
    const { code, problems, details } = error.extra;
    return { ...details, error: error.message, ...(code ? { code } : {}), ...(problems ? { problems } : {}) };
  }
  // Fastify's own 4xx (bad JSON, wrong content type, body too large): say what, in the same shape.
  return status === 400 ? { error: error.message, problems: [{ field: '', message: error.message }] } : { error: error.message };
}

/** A lone UTF-16 surrogate: JSON can carry it ("\ud800"), but it is not text and UTF-8 cannot hold it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function textProblem(s: string, what = 'Must'): string | null {
  if (s.includes('\u0000')) return `${what} not contain the null character (U+0000)`;
  if (LONE_SURROGATE.test(s)) return `${what} not contain a broken character (an unpaired UTF-16 surrogate)`;
  return null;
}

/**
 * The first string (or object key) in a parsed JSON value that PostgreSQL cannot store — text and
 * jsonb refuse the null character, jsonb refuses an unpaired surrogate — as a problem naming where
 * it is ("mutations.0.fields.title"); null when there is none. Checked before anything is written,
 * so such a request is a 4xx that changes nothing rather than a failed statement (a 5xx). Walks
 * with its own stack, never by recursion: no body, however deep, can exhaust the call stack (S16).
 */
export function unstorableText(value: unknown, at = '', skip?: (path: string) => boolean): Problem | null {
  const stack: [unknown, string][] = [[value, at]];
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (skip?.(path)) continue;
    if (typeof item === 'string') {
      const message = textProblem(item);
      if (message) return { field: path, message };
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    const entries = Object.entries(item);
    for (const [key] of entries) {
      const keyMessage = textProblem(key, 'Field names must');
      if (keyMessage) return { field: path, message: keyMessage };
    }
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      stack.push([child, path ? `${path}.${key}` : key]);
    }
  }
  return null;
}
