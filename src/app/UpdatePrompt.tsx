import { useEffect, useState } from 'react';
import { IonToast } from '@ionic/react';
import { startServiceWorker } from '../platform/serviceWorker';

/** When a new version of Steward has downloaded, offer to switch to it (nothing is lost: data is local). */
export function UpdatePrompt() {
  const [apply, setApply] = useState<(() => Promise<void>) | null>(null);
  useEffect(() => {
    startServiceWorker((applyUpdate) => setApply(() => applyUpdate));
  }, []);
  return (
    <IonToast
      isOpen={apply !== null}
      message="A new version of Steward is ready."
      position="bottom"
      buttons={[
        { text: 'Update now', handler: () => void apply?.().catch((e: unknown) => console.warn('Update failed:', e)) },
        { text: 'Later', role: 'cancel' },
      ]}
      onDidDismiss={() => setApply(null)}
    />
  );
}
