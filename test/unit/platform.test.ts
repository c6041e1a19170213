// The platform adapter in a browser-like environment: network status, TanStack Query's
// onlineManager wiring, share, save and storage.
import type { ConnectionStatus, ConnectionStatusChangeListener } from '@capacitor/network';
import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { platform } from '../../src/platform';
import { createNativeNetwork } from '../../src/platform/native';
import { webOnResume } from '../../src/platform/web';
import { connectOnlineManager } from '../../src/platform/online';
import { isPersisted, persistentStorage, storageEstimate } from '../../src/platform/storage';
import type { NetworkAdapter, NetworkListener, NetworkStatus } from '../../src/platform/types';
import { createWebNetwork, webSaveFile, webShare } from '../../src/platform/web';

function setOnLine(value: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(value);
}

/** Goes offline/online the way a browser does: navigator.onLine flips, then the window event fires. */
function browserGoes(state: 'online' | 'offline') {
  setOnLine(state === 'online');
  window.dispatchEvent(new Event(state));
}

/** A network whose status the test sets by hand. */
function fakeNetwork(initial: boolean): NetworkAdapter & { set(connected: boolean): void; listeners: Set<NetworkListener> } {
  let status: NetworkStatus = { connected: initial };
  const listeners = new Set<NetworkListener>();
  return {
    listeners,
    current: () => status,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(connected) {
      status = { connected };
      for (const l of listeners) l(status);
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  // Leave the shared onlineManager as the app would have it: fed by the browser, online.
  connectOnlineManager(onlineManager);
  onlineManager.setOnline(true);
});

describe('platform', () => {
  it('is the web implementation outside the native shell', () => {
    expect(platform.isNative).toBe(false);
    expect(typeof platform.network.current().connected).toBe('boolean');
  });
});

describe('web network adapter', () => {
  it('reads the current status from navigator.onLine', () => {
    const network = createWebNetwork();
    setOnLine(false);
    expect(network.current()).toEqual({ connected: false });
    setOnLine(true);
    expect(network.current()).toEqual({ connected: true });
  });

  it('tells listeners about offline and online events until they unsubscribe', () => {
    const network = createWebNetwork();
    const seen: boolean[] = [];
    const stop = network.onChange((s) => seen.push(s.connected));
    browserGoes('offline');
    browserGoes('online');
    stop();
    browserGoes('offline');
    expect(seen).toEqual([false, true]);
  });

  it('keeps listeners independent', () => {
    const network = createWebNetwork();
    const a = vi.fn();
    const b = vi.fn();
    const stopA = network.onChange(a);
    const stopB = network.onChange(b);
    stopA();
    browserGoes('offline');
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledWith({ connected: false });
    stopB();
  });
});

describe('native network adapter', () => {
  it('starts from the WebView status, then follows the Network plugin', async () => {
    let pluginListener: ConnectionStatusChangeListener | undefined;
    const Network = {
      getStatus: vi.fn(async (): Promise<ConnectionStatus> => ({ connected: false, connectionType: 'none' })),
      addListener: vi.fn(async (_event: 'networkStatusChange', fn: ConnectionStatusChangeListener) => {
        pluginListener = fn;
        return { remove: async () => {} };
      }),
    };
    const network = createNativeNetwork(async () => ({ Network }), { connected: true });
    const seen: boolean[] = [];
    network.onChange((s) => seen.push(s.connected));
    expect(network.current()).toEqual({ connected: true });
    await vi.waitFor(() => expect(network.current()).toEqual({ connected: false }));
    pluginListener?.({ connected: true, connectionType: 'wifi' });
    pluginListener?.({ connected: true, connectionType: 'cellular' }); // same state: no event
    expect(seen).toEqual([false, true]);
    expect(Network.addListener).toHaveBeenCalledTimes(1);
  });

  it('keeps working on the WebView status when the plugin cannot load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const network = createNativeNetwork(() => Promise.reject(new Error('no plugin')), { connected: true });
    expect(network.current()).toEqual({ connected: true });
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(network.current()).toEqual({ connected: true });
  });
});

describe('connectOnlineManager', () => {
  it('sets the initial state from the network and follows its changes', () => {
    const network = fakeNetwork(false);
    connectOnlineManager(onlineManager, network);
    expect(onlineManager.isOnline()).toBe(false);
    network.set(true);
    expect(onlineManager.isOnline()).toBe(true);
    network.set(false);
    expect(onlineManager.isOnline()).toBe(false);
  });

  it('stops listening to the old network when connected again', () => {
    const first = fakeNetwork(true);
    connectOnlineManager(onlineManager, first);
    expect(first.listeners.size).toBe(1);
    const second = fakeNetwork(true);
    connectOnlineManager(onlineManager, second);
    expect(first.listeners.size).toBe(0);
    first.set(false);
    expect(onlineManager.isOnline()).toBe(true);
  });

  it('uses the platform network by default (browser online/offline events)', () => {
    setOnLine(true);
    connectOnlineManager(onlineManager);
    expect(onlineManager.isOnline()).toBe(true);
    browserGoes('offline');
    expect(onlineManager.isOnline()).toBe(false);
    browserGoes('online');
    expect(onlineManager.isOnline()).toBe(true);
  });
});

describe('share', () => {
  const request = { title: 'Plan', text: 'Our plan' };

  it('is unsupported without the Web Share API', async () => {
    expect(await webShare(request, {} as Navigator)).toBe('unsupported');
  });

  it('shares, reports a cancelled sheet, and refuses what canShare refuses', async () => {
    const share = vi.fn(async () => {});
    expect(await webShare({ ...request, url: 'https://example.org/x' }, { share } as unknown as Navigator)).toBe('shared');
    expect(share).toHaveBeenCalledWith({ title: 'Plan', text: 'Our plan', url: 'https://example.org/x' });

    const cancel = vi.fn(async () => Promise.reject(new DOMException('cancelled', 'AbortError')));
    expect(await webShare(request, { share: cancel } as unknown as Navigator)).toBe('cancelled');

    const files = [new File(['a'], 'a.pdf', { type: 'application/pdf' })];
    const nav = { share, canShare: () => false } as unknown as Navigator;
    expect(await webShare({ ...request, files }, nav)).toBe('unsupported');
  });
});

describe('saveFile (web)', () => {
  it('clicks a hidden download link for an object URL and revokes it later', async () => {
    vi.useFakeTimers();
    const create = vi.fn(() => 'blob:steward/1');
    const revoke = vi.fn();
    const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    try {
      const result = await webSaveFile('plan.csv', new Blob(['a,b'], { type: 'text/csv' }));
      expect(result).toBe('saved');
      const clicked = clicks[0];
      expect(clicks).toHaveLength(1);
      expect(clicked?.download).toBe('plan.csv');
      expect(clicked?.href).toBe('blob:steward/1');
      expect(clicked?.isConnected).toBe(false);
      expect(revoke).not.toHaveBeenCalled();
      vi.runAllTimers();
      expect(revoke).toHaveBeenCalledWith('blob:steward/1');
    } finally {
      vi.useRealTimers();
      Object.assign(URL, original);
    }
  });
});

describe('storage', () => {
  function stubStorage(storage: Partial<StorageManager> | undefined) {
    Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
  }
  afterEach(() => stubStorage(undefined));

  it('answers null / unsupported where the browser has no StorageManager', async () => {
    stubStorage(undefined);
    expect(await storageEstimate()).toBeNull();
    expect(await isPersisted()).toBe(false);
    expect(await persistentStorage()).toBe('unsupported');
  });

  it('reports usage and asks for persistence only when not yet granted', async () => {
    const persist = vi.fn(async () => true);
    let persisted = false;
    stubStorage({ estimate: async () => ({ usage: 2048, quota: 1_000_000 }), persisted: async () => persisted, persist });
    expect(await storageEstimate()).toEqual({ usedBytes: 2048, quotaBytes: 1_000_000 });
    expect(await persistentStorage()).toBe('granted');
    expect(persist).toHaveBeenCalledTimes(1);
    persisted = true;
    expect(await persistentStorage()).toBe('granted');
    expect(persist).toHaveBeenCalledTimes(1);
    persist.mockResolvedValueOnce(false);
    persisted = false;
    expect(await persistentStorage()).toBe('denied');
  });
});

describe('the app coming back to the front', () => {
  it('calls back when the page becomes visible again, not when it is hidden, until stopped', () => {
    let state: DocumentVisibilityState = 'visible';
    const doc = Object.defineProperty(new EventTarget(), 'visibilityState', { get: () => state }) as unknown as Document;
    const resumed = vi.fn();
    const stop = webOnResume(doc)(resumed);
    state = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(resumed).not.toHaveBeenCalled();
    state = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(resumed).toHaveBeenCalledTimes(1);
    stop();
    state = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    state = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(resumed).toHaveBeenCalledTimes(1);
  });

  it('is part of the platform the app runs on', () => {
    expect(typeof platform.onResume).toBe('function');
  });
});
