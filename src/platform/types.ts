// One interface over the two places Steward runs: a browser (the PWA) and the Capacitor shell.

export interface NetworkStatus {
  connected: boolean;
}

export type NetworkListener = (status: NetworkStatus) => void;

export interface NetworkAdapter {
  /** The status as last known (synchronous; the native adapter refines it once its plugin loads). */
  current(): NetworkStatus;
  /** Calls `listener` whenever the status changes; returns a function that stops listening. */
  onChange(listener: NetworkListener): () => void;
}

export interface ShareRequest {
  title: string;
  text: string;
  url?: string;
  files?: File[];
}

/** `unsupported`: this device cannot share this (offer saveFile or copying instead). */
export type ShareResult = 'shared' | 'cancelled' | 'unsupported';

/** `saved`: handed to the browser's downloads (on Android: kept in Documents/Steward); `shared`: handed to the share sheet. */
export type SaveResult = 'saved' | 'shared' | 'cancelled' | 'unsupported';

/** Calls `listener` each time the app comes back to the front; returns a function that stops. */
export type OnResume = (listener: () => void) => () => void;

export interface Platform {
  /** True inside the Capacitor shell (Android), false in a browser. */
  isNative: boolean;
  network: NetworkAdapter;
  onResume: OnResume;
  share(request: ShareRequest): Promise<ShareResult>;
  /** Web: the browser's downloads. Android: Documents/Steward, then the share sheet. */
  saveFile(name: string, blob: Blob): Promise<SaveResult>;
  /** Hands a file to the system share sheet (to email it, say). */
  shareFile(name: string, blob: Blob): Promise<ShareResult>;
  /** Whether shareFile can work here: the native shell, or a browser that can share files. */
  canShareFiles(): boolean;
}
