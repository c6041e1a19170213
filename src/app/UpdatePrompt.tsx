import { lazy, Suspense, useEffect, useState } from 'react';
import { startServiceWorker } from '../platform/serviceWorker';

// The toast (and Ionic's overlay code under it) loads only when there is a new version to offer: the
// first screen does not set up a hidden toast it almost never shows. The chunk is in the service
// worker's precache, so it loads offline too; should it still fail, the offer is left out (the new version
// then starts when every window of Steward has closed) rather than the app failing with it.
const UpdateToast = lazy(() =>
  import('./UpdateToast').catch((e: unknown) => {
    console.warn('The update offer could not load:', e);
    return { default: () => null };
  }),
);

/** When a new version of Steward has downloaded, offer to switch to it (nothing is lost: data is local). */
export function UpdatePrompt() {
  const [apply, setApply] = useState<(() => Promise<void>) | null>(null);
  useEffect(() => {
    startServiceWorker((applyUpdate) => setApply(() => applyUpdate));
  }, []);
  return apply ? (
    <Suspense fallback={null}>
      <UpdateToast apply={apply} onDismissed={() => setApply(null)} />
    </Suspense>
  ) : null;
}
