import { useId, type ReactNode } from 'react';
import { problemsOf } from './Saved';

interface FieldProps {
  label: string;
  error?: string;
  hint?: ReactNode;
  children: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode;
}

/**
 * A labelled field around a plain control (input, textarea, select) that the caller draws with the
 * props given, with its hint and error wired for screen readers. The Ionic fields are in Fields.tsx.
 */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="muted field-hint">
          {hint}
        </span>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
      {error && (
        <span id={`${id}-error`} className="error">
          {error}
        </span>
      )}
    </div>
  );
}

/** Problems from a command, by field ("purpose" → "Purpose is required"): the first for each field. */
export function problemsByField(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problemsOf(error) ?? []) out[p.field] ??= p.message;
  return out;
}
