// The app's one sync engine: the app's store, the device's network status, the browser's fetch.
// The app shell starts it (src/app/App.tsx); the account screens sign in and out through it.
import { db } from '../data';
import { platform } from '../platform';
import { SyncEngine } from './engine';

export const syncEngine = new SyncEngine({ store: db, network: platform.network, onResume: platform.onResume });
