import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { queryClient } from './queryClient';

/** Draws the app into #root (the last of main.tsx's steps, after Ionic's start-up). */
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
