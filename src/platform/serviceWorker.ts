// Registers the Workbox service worker built by vite-plugin-pwa (registerType 'prompt'): when a
// new version has been downloaded, calls onUpdateReady with `apply`, which activates it and reloads.
// Does nothing in the Capacitor shell (the app's files are on the device) or where there is no
// service worker (dev server, old browsers, tests).
import { Capacitor } from '@capacitor/core';
import { whenSettled } from './settled';

/** How often a long-open app checks for a new version. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function startServiceWorker(onUpdateReady: (apply: () => Promise<void>) => void): void {
  if (Capacitor.isNativePlatform()) return;
  if (import.meta.env.DEV) return;
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;

  // Registered once the first screen has settled (whenSettled): installing the worker downloads and
  // stores every file of the app, which would compete with the first screen for the CPU and network.
  // A separate chunk: workbox-window is not needed to paint the first screen.
  whenSettled(
    () =>
      void import('virtual:pwa-register')
        .then(({ registerSW }) => {
          const updateSW = registerSW({
            onNeedRefresh: () => onUpdateReady(() => updateSW(true)),
            onRegisteredSW(_url, registration) {
              if (!registration) return;
              setInterval(() => {
                if (navigator.onLine && registration.installing === null) void registration.update().catch(() => {});
              }, UPDATE_CHECK_MS);
            },
            onRegisterError: (err: unknown) => console.error('service worker registration failed', err),
          });
        })
        .catch((err: unknown) => console.error('service worker module failed to load', err)),
  );
}
