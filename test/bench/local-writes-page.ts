// The local-writes bench's page script: bundled by local-writes-browser.ts and run in Chromium,
// so the writes go to the browser's own IndexedDB (what the device code runs on).
import { measureLocalWrites } from './local-writes-work';

(globalThis as { measureLocalWrites?: typeof measureLocalWrites }).measureLocalWrites = measureLocalWrites;
