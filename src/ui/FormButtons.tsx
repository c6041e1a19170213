import { IonButton } from '@ionic/react';

/** A form's Save and Cancel. Save says "Saving…" until the command has finished. */
export function FormButtons({ save, busy, onCancel }: { save: string; busy: boolean; onCancel: () => void }) {
  return (
    <div className="button-row">
      <IonButton type="submit" disabled={busy}>
        {busy ? 'Saving…' : save}
      </IonButton>
      <IonButton fill="clear" onClick={onCancel} disabled={busy}>
        Cancel
      </IonButton>
    </div>
  );
}

/** A date the form needs but was left blank: say which, and how to fix it. */
export function missingDates(dates: Record<string, { value: string; words: string }>) {
  return Object.entries(dates)
    .filter(([, d]) => !d.value)
    .map(([field, d]) => ({ field, message: `Enter the ${d.words} date` }));
}
