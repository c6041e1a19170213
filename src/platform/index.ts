// The platform adapter for wherever Steward is running: `platform.network`, `share`, `saveFile`.
import { Capacitor } from '@capacitor/core';
import { createNativePlatform } from './native';
import type { Platform } from './types';
import { createWebPlatform } from './web';

export type { NetworkAdapter, NetworkListener, NetworkStatus, OnResume, Platform, SaveResult, ShareRequest, ShareResult } from './types';

export const platform: Platform = Capacitor.isNativePlatform() ? createNativePlatform() : createWebPlatform();
export { compressPhoto, fitWithin, NotAPhoto, type CompressedPhoto, type PhotoOptions } from './photo';
