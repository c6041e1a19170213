// Several lines of text, in a module of its own: Ionic's textarea (about 7 KB gzip) then loads only
// with a screen that has one, not with the sign-in form's one-line fields (Fields.tsx).
import { IonTextarea } from '@ionic/react';
import { invalid, type FieldProps } from './Fields';

/** Several lines of text. */
export function TextArea({ label, value, onChange, error, helper, maxlength = 2000 }: FieldProps & { maxlength?: number }) {
  return (
    <IonTextarea
      label={label}
      labelPlacement="stacked"
      fill="solid"
      autoGrow
      rows={2}
      value={value}
      maxlength={maxlength}
      onIonInput={(e) => onChange(e.detail.value ?? '')}
      errorText={error}
      helperText={helper}
      className={invalid(error)}
    />
  );
}
