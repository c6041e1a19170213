import type { ReactNode } from 'react';
import { IonBackButton, IonButton, IonButtons, IonContent, IonHeader, IonPage, IonTitle, IonToolbar } from '@ionic/react';
import { settingsOutline } from 'ionicons/icons';
import { useHeaderStatus } from './HeaderStatus';
import { PlainIcon } from './PlainIcon';

interface PageProps {
  title: string;
  /** Where the back button goes when there is no history (e.g. after a reload). */
  backTo?: string;
  /** Hide the settings button (on the settings page itself). */
  noSettings?: boolean;
  children: ReactNode;
}

/** A screen: title bar with back and settings, then scrolling content with a main landmark. */
export function Page({ title, backTo, noSettings, children }: PageProps) {
  const syncStatus = useHeaderStatus();
  return (
    <IonPage>
      <IonHeader>
        <IonToolbar color="primary">
          {backTo && (
            <IonButtons slot="start">
              <IonBackButton defaultHref={backTo} text="Back" />
            </IonButtons>
          )}
          <IonTitle>
            <h1 className="page-title">{title}</h1>
          </IonTitle>
          {(syncStatus || !noSettings) && (
            <IonButtons slot="end">
              {syncStatus}
              {!noSettings && (
                <IonButton routerLink="/settings" aria-label="Settings">
                  <PlainIcon slot="icon-only" icon={settingsOutline} className="toolbar-icon" />
                </IonButton>
              )}
            </IonButtons>
          )}
        </IonToolbar>
      </IonHeader>
      <IonContent>
        <main className="page-main">{children}</main>
      </IonContent>
    </IonPage>
  );
}
