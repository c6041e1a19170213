// Feeds TanStack Query's onlineManager from the platform's network status, so queries and
// mutations pause offline and resume when the device (or the native shell) says it is back.
import type { OnlineManager } from '@tanstack/react-query';
import { platform } from './index';
import type { NetworkAdapter } from './types';

type OnlineManagerLike = Pick<OnlineManager, 'setEventListener'>;

export function connectOnlineManager(manager: OnlineManagerLike, network: NetworkAdapter = platform.network): void {
  manager.setEventListener((setOnline) => {
    setOnline(network.current().connected);
    return network.onChange((status) => setOnline(status.connected));
  });
}
