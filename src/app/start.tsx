import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { queryClient } from './queryClient';
import './ionic';

/** Draws the app into #root (main.tsx calls this once Ionic and the store's library have started). */
export function startApp(): void {
  // index.html has painted the first screen already; as a transition, the app's first render gives
  // the page back to the browser every few milliseconds instead of holding it until done.
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
}
