import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  error?: string;
  hint?: ReactNode;
  children: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode;
}

/** A labelled form field with its hint and error, wired for screen readers. */
export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="walk-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="muted walk-hint">
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

/** Problems from a command, by field ("purpose" → "Purpose is required"). */
export function problemsByField(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (error && typeof error === 'object' && 'problems' in error && Array.isArray(error.problems)) {
    for (const p of error.problems as { field: string; message: string }[]) out[p.field] ??= p.message;
  }
  return out;
}
