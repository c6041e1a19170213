import { QueryClient } from '@tanstack/react-query';

/**
 * TanStack Query owns what is really remote or outside the local store (storage estimates now;
 * the session and sync cycles when sync lands). Records are read from IndexedDB with live queries.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { networkMode: 'offlineFirst', retry: 2, staleTime: 30_000 },
    mutations: { networkMode: 'offlineFirst' },
  },
});
