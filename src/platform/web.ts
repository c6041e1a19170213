// The browser implementation of the platform adapter.
import type { NetworkAdapter, NetworkListener, OnResume, Platform, SaveResult, ShareRequest, ShareResult } from './types';

/** Network status from navigator.onLine and the window's online/offline events. */
export function createWebNetwork(target: Window = window, nav: Navigator = navigator): NetworkAdapter {
  return {
    current: () => ({ connected: nav.onLine }),
    onChange(listener: NetworkListener) {
      const handle = (event: Event) => listener({ connected: event.type === 'online' });
      target.addEventListener('online', handle);
      target.addEventListener('offline', handle);
      return () => {
        target.removeEventListener('online', handle);
        target.removeEventListener('offline', handle);
      };
    },
  };
}

/**
 * The app coming back to the front: the page becoming visible again. A browser tab and Capacitor's
 * Android WebView (paused and resumed with the app) both say so with visibilitychange.
 */
export function webOnResume(doc: Document = document): OnResume {
  return (listener) => {
    const handle = () => {
      if (doc.visibilityState === 'visible') listener();
    };
    doc.addEventListener('visibilitychange', handle);
    return () => doc.removeEventListener('visibilitychange', handle);
  };
}

/** Opens the system share sheet (Web Share API) when the browser has one that can take this request. */
export async function webShare(request: ShareRequest, nav: Navigator = navigator): Promise<ShareResult> {
  if (typeof nav.share !== 'function') return 'unsupported';
  const data: ShareData = { title: request.title, text: request.text };
  if (request.url) data.url = request.url;
  if (request.files?.length) data.files = request.files;
  if (typeof nav.canShare === 'function' && !nav.canShare(data)) return 'unsupported';
  try {
    await nav.share(data);
    return 'shared';
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') return 'cancelled';
    // NotAllowedError (no user gesture) or a type the OS refuses: let the caller fall back.
    console.warn('share failed', err);
    return 'unsupported';
  }
}

/** Saves a file through the browser's downloads: an object URL clicked through <a download>. */
export async function webSaveFile(name: string, blob: Blob, doc: Document = document): Promise<SaveResult> {
  if (typeof URL.createObjectURL !== 'function') return 'unsupported';
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke later: some browsers start reading the URL only after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return 'saved';
}

/** The file as a File the Web Share API can take, or null when this browser cannot share files. */
function shareableFile(name: string, blob: Blob, nav: Navigator): File | null {
  if (typeof File === 'undefined' || typeof nav.share !== 'function' || typeof nav.canShare !== 'function') return null;
  const file = new File([blob], name, { type: blob.type || 'application/octet-stream' });
  return nav.canShare({ files: [file] }) ? file : null;
}

/** Whether this browser can share files at all (asked with a small PDF, the kind Steward shares). */
export function webCanShareFiles(nav: Navigator = navigator): boolean {
  return shareableFile('steward.pdf', new Blob(['%PDF-'], { type: 'application/pdf' }), nav) !== null;
}

/** Hands a file to the browser's share sheet (Web Share API level 2), where it can share files. */
export async function webShareFile(name: string, blob: Blob, nav: Navigator = navigator): Promise<ShareResult> {
  const file = shareableFile(name, blob, nav);
  if (!file) return 'unsupported';
  return webShare({ title: name, text: name, files: [file] }, nav);
}

export function createWebPlatform(): Platform {
  return {
    isNative: false,
    network: createWebNetwork(),
    onResume: webOnResume(),
    share: (request) => webShare(request),
    saveFile: (name, blob) => webSaveFile(name, blob),
    shareFile: (name, blob) => webShareFile(name, blob),
    canShareFiles: () => webCanShareFiles(),
  };
}
