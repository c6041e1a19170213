import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupIonicReact } from '@ionic/react';
import { QueryClientProvider, onlineManager } from '@tanstack/react-query';
import { App } from './App';
import { queryClient } from './queryClient';
import { connectOnlineManager } from '../platform/online';
import '@ionic/react/css/core.css';
import '@ionic/react/css/normalize.css';
import '@ionic/react/css/structure.css';
import '@ionic/react/css/typography.css';
import './theme.css';
import './print.css';
import '../ui/forms.css';

setupIonicReact({ mode: 'md' });
connectOnlineManager(onlineManager);

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
