import { IonInput } from '@ionic/react';
import type { CommandForm } from './useCommandForm';

export interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  helper?: string;
}

export const invalid = (error?: string) => (error ? 'ion-invalid ion-touched' : '');

interface TextFieldProps extends FieldProps {
  type?: 'text' | 'email' | 'password' | 'url';
  inputMode?: 'decimal' | 'text' | 'email' | 'url';
  autocomplete?: 'off' | 'name' | 'email' | 'organization' | 'current-password' | 'new-password';
  maxlength?: number;
  /** Solid in the plan's forms; outlined where a form stands on its own (signing in, joining, settings). */
  fill?: 'solid' | 'outline';
}

/** A one-line text field with its label above it and its problem (if any) below. */
export function TextField({
  label,
  value,
  onChange,
  error,
  helper,
  type,
  inputMode,
  autocomplete,
  maxlength = 300,
  fill = 'solid',
}: TextFieldProps) {
  return (
    <IonInput
      label={label}
      labelPlacement="stacked"
      fill={fill}
      type={type}
      value={value}
      inputmode={inputMode}
      autocomplete={autocomplete}
      maxlength={maxlength}
      onIonInput={(e) => onChange(String(e.detail.value ?? ''))}
      errorText={error}
      helperText={helper}
      className={invalid(error)}
    />
  );
}

/**
 * A date: the device's own date picker, which shows dd/mm/yyyy in a UK locale; the value is
 * yyyy-mm-dd, as stored.
 */
export function DateField({ label, value, onChange, error, helper }: FieldProps) {
  return (
    <IonInput
      type="date"
      label={label}
      labelPlacement="stacked"
      fill="solid"
      value={value}
      onIonInput={(e) => onChange(String(e.detail.value ?? ''))}
      onIonChange={(e) => onChange(String(e.detail.value ?? ''))}
      errorText={error}
      helperText={helper}
      className={invalid(error)}
    />
  );
}

/** What went wrong with a save, all at once (as well as under each field), announced when it appears. */
export function FormProblems({ form, what }: { form: CommandForm; what: string }) {
  if (form.problems.length === 0 && !form.failure) return null;
  return (
    <div className="form-problems" role="alert">
      <p className="error">The {what} was not saved.</p>
      {form.failure ? (
        <p>{form.failure}</p>
      ) : (
        <ul>
          {form.problems.map((p) => (
            <li key={`${p.field}:${p.message}`}>{p.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
