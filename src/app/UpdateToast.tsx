import type { ReactElement } from 'react';
import { IonToast } from '@ionic/react';

/** The offer of a new version: update now (reloads into it) or later. */
export default function UpdateToast({ apply, onDismissed }: { apply: () => Promise<void>; onDismissed: () => void }): ReactElement | null {
  return (
    <IonToast
      isOpen
      message="A new version of Steward is ready."
      position="bottom"
      buttons={[
        { text: 'Update now', handler: () => void apply().catch((e: unknown) => console.warn('Update failed:', e)) },
        { text: 'Later', role: 'cancel' },
      ]}
      onDidDismiss={onDismissed}
    />
  );
}
