// Capacitor wraps the built PWA (dist/) as the Android app. The android/ project is generated,
// not committed: `npm run cap:sync` creates it when missing (docs/decisions/0001-android-project-not-committed.md).
import type { CapacitorConfig } from '@capacitor/cli';

const config: CapacitorConfig = {
  appId: 'uk.steward.app',
  appName: 'Steward',
  webDir: 'dist',
  server: {
    // Serve the app from https://localhost: a secure context (IndexedDB, crypto.randomUUID), and
    // the same origin on every device so stored data survives app updates.
    androidScheme: 'https',
  },
};

export default config;
