import { useId, type ReactNode } from 'react';

interface Common {
  label: string;
  error?: string;
  hint?: string;
}

function Wrap({ id, label, error, hint, children }: Common & { id: string; children: ReactNode }) {
  return (
    <div className="m-field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <span id={`${id}-hint`} className="muted">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="m-error">
          {error}
        </span>
      )}
    </div>
  );
}
const described = (id: string, c: Common) => [c.hint && `${id}-hint`, c.error && `${id}-error`].filter(Boolean).join(' ') || undefined;

/** A one-line field: text, a date (yyyy-mm-dd, shown dd/mm/yyyy by the device), a time or a number. */
export function Input(
  p: Common & {
    value: string;
    onChange: (v: string) => void;
    type?: 'text' | 'date' | 'time' | 'number';
    maxLength?: number;
    onBlur?: () => void;
  },
) {
  const id = useId();
  return (
    <Wrap id={id} {...p}>
      <input
        id={id}
        type={p.type ?? 'text'}
        value={p.value}
        maxLength={p.maxLength ?? 300}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={described(id, p)}
        onChange={(e) => p.onChange(e.target.value)}
        onBlur={p.onBlur}
      />
    </Wrap>
  );
}

/** Several lines of text. */
export function TextBox(p: Common & { value: string; onChange: (v: string) => void; onBlur?: () => void; maxLength?: number }) {
  const id = useId();
  return (
    <Wrap id={id} {...p}>
      <textarea
        id={id}
        value={p.value}
        maxLength={p.maxLength ?? 8000}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={described(id, p)}
        onChange={(e) => p.onChange(e.target.value)}
        onBlur={p.onBlur}
      />
    </Wrap>
  );
}

/** A choice from a short list. */
export function Choose<T extends string>(
  p: Common & { value: T; onChange: (v: T) => void; options: readonly { value: T; label: string }[] },
) {
  const id = useId();
  return (
    <Wrap id={id} {...p}>
      <select id={id} value={p.value} aria-describedby={described(id, p)} onChange={(e) => p.onChange(e.target.value as T)}>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

/** A save line read out when it changes. */
export function SaveLine({ tone, text }: { tone: 'ok' | 'bad' | 'idle'; text: string }) {
  return (
    <p className={`save-status ${tone}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
