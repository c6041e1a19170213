import { setupIonicReact } from '@ionic/react';
import { onlineManager } from '@tanstack/react-query';
import { connectOnlineManager } from '../platform/online';

/** Ionic's own start-up, a step of its own (main.tsx), before any Ionic component is drawn. */
export function startIonic(): void {
  setupIonicReact({ mode: 'md' });
  connectOnlineManager(onlineManager);
}
