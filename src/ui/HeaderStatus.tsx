import { createContext, useContext, type ReactNode } from 'react';

/**
 * What every screen's title bar shows beside the settings button: the app shell provides the sync
 * status here while the device is signed in (src/app/App.tsx), nothing otherwise.
 */
export const HeaderStatusContext = createContext<ReactNode>(null);

export const useHeaderStatus = (): ReactNode => useContext(HeaderStatusContext);
