import { lazy, type ComponentType } from 'react';

/**
 * A lazily loaded screen that can be fetched ahead of need. Once `preload` has settled, rendering the
 * component does not suspend at all: its loader hands React the module synchronously, so no fallback
 * is shown and React's Suspense reveal throttle (about 300 ms) is never paid.
 */
export function preloadable<P extends object, M extends { default: ComponentType<P> } = { default: ComponentType<P> }>(
  load: () => Promise<M>,
) {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (m) => (loaded = m),
      (e: unknown) => {
        loading = undefined; // a failed fetch (offline before the chunk was cached) may be tried again
        throw e;
      },
    ));
  const Component = lazy(() =>
    loaded
      ? // A thenable that resolves at once: React.lazy reads it as resolved without suspending.
        ({ then: (resolve: (m: { default: ComponentType<P> }) => void) => resolve(loaded!) } as Promise<{ default: ComponentType<P> }>)
      : preload(),
  );
  return { Component, preload };
}
