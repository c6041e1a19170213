// The Capacitor (Android) implementation of the platform adapter.
//
// Network status comes from @capacitor/network, imported on first use so that the browser build
// never loads it on the first screen. Sharing and saving files go through the Web Share API where
// the WebView has it. Android's WebView has no downloads for blob URLs and often no
// navigator.share, so saveFile/share may answer 'unsupported' there: the proper native route is
// @capacitor/filesystem (write to Documents/cache) plus @capacitor/share (share sheet), which are
// not installed yet. Callers must handle 'unsupported' (e.g. say where else to get the file).
import type { NetworkPlugin } from '@capacitor/network';
import type { NetworkAdapter, NetworkListener, NetworkStatus, Platform, SaveResult } from './types';
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

/** No downloads in the WebView: offer the file to the share sheet, if the WebView has one. */
async function nativeSaveFile(name: string, blob: Blob): Promise<SaveResult> {
  if (typeof File === 'undefined') return 'unsupported';
  const file = new File([blob], name, { type: blob.type || 'application/octet-stream' });
  return webShare({ title: name, text: name, files: [file] });
}

export function createNativePlatform(): Platform {
  return {
    isNative: true,
    network: createNativeNetwork(),
    onResume: webOnResume(),
    share: (request) => webShare(request),
    saveFile: nativeSaveFile,
  };
}
