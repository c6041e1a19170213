// The Capacitor (Android) implementation of the platform adapter.
//
// Network status comes from @capacitor/network, imported on first use so that the browser build
// never loads it on the first screen. Files are saved and shared through @capacitor/filesystem and
// @capacitor/share (nativeFiles.ts; the WebView has no downloads for blob URLs). Sharing text or a
// link goes through the Web Share API where the WebView has it.
import type { NetworkPlugin } from '@capacitor/network';
import type { NetworkAdapter, NetworkListener, NetworkStatus, Platform } from './types';
import { createNativeFiles } from './nativeFiles';
import { webOnResume, webShare } from './web';

type NetworkModule = { Network: Pick<NetworkPlugin, 'addListener' | 'getStatus'> };

export function createNativeNetwork(
  load: () => Promise<NetworkModule> = () => import('@capacitor/network'),
  initial: NetworkStatus = { connected: typeof navigator === 'undefined' ? true : navigator.onLine },
): NetworkAdapter {
  let status = initial;
  const listeners = new Set<NetworkListener>();
  let started = false;

  function update(next: NetworkStatus) {
    if (next.connected === status.connected) return;
    status = { connected: next.connected };
    for (const listener of listeners) listener(status);
  }

  function start() {
    if (started) return;
    started = true;
    load()
      .then(async ({ Network }) => {
        await Network.addListener('networkStatusChange', (s) => update({ connected: s.connected }));
        update({ connected: (await Network.getStatus()).connected });
      })
      .catch((err: unknown) => console.warn('network status plugin unavailable; using the WebView’s', err));
  }

  return {
    current() {
      start();
      return status;
    },
    onChange(listener) {
      listeners.add(listener);
      start();
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export function createNativePlatform(): Platform {
  const files = createNativeFiles();
  return {
    isNative: true,
    network: createNativeNetwork(),
    onResume: webOnResume(),
    share: (request) => webShare(request),
    saveFile: (name, blob) => files.saveFile(name, blob),
    shareFile: (name, blob) => files.shareFile(name, blob),
    canShareFiles: () => true,
  };
}
