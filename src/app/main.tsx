import '@ionic/react/css/core.css';
import '@ionic/react/css/normalize.css';
import '@ionic/react/css/structure.css';
import '@ionic/react/css/typography.css';
import './theme.css';
import './print.css';
import '../ui/forms.css';

/**
 * The first screen's code runs in steps, a task each, and the page is given back to the browser
 * between them. Run as one, the entry and everything it imports took 30–40 ms of one task on a
 * desktop, four times that on Lighthouse's phone, the largest part of Total Blocking Time (issue 16).
 * Each step imports what the next ones build on; a module runs once, in the first step that needs
 * it. The build preloads every step's files with the entry (vite.config.ts, scriptsAfterFirstPaint),
 * so the steps wait for no network.
 */
const steps = [
  () => import('react-dom/client'),
  async () => (await import('./ionic')).startIonic(),
  () => import('dexie'),
  async () => (await import('./start')).startApp(),
];
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

async function start(): Promise<void> {
  for (const [i, step] of steps.entries()) {
    if (i > 0) await nextTask();
    await step();
  }
}

void start().catch((e: unknown) => console.error('Steward could not start:', e));
