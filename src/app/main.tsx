import { StrictMode } from 'react';
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
