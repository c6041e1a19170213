import { IonButton } from '@ionic/react';
import { blankTemplate } from './exportPlan';
import { SaveMessage } from './SaveMessage';
import { useSave } from './useSave';

export function TemplateButton() {
  const { busy, message, save } = useSave();
  return (
    <>
      <IonButton expand="block" fill="outline" disabled={busy !== null} onClick={() => void save('template', blankTemplate)}>
        {busy ? 'Making the template…' : 'Download the blank template (.xlsx)'}
      </IonButton>
      <SaveMessage message={message} />
    </>
  );
}
