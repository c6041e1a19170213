import { useState } from 'react';
import { IonAlert, IonButton } from '@ionic/react';
import { db, discardLocalBoard } from '../../data';
import { showSomeBoard } from '../../sync/boards';
import { Section } from '../../ui';

/** Remove this board from this device (after asking), e.g. to start again after trying the demo. */
export function RemoveBoard({ schoolId, schoolName }: { schoolId: string; schoolName: string }) {
  const [asking, setAsking] = useState(false);
  return (
    <Section title="Remove from this device" id="remove">
      <p>Removes {schoolName} and everything recorded for it from this device. This cannot be undone.</p>
      <IonButton color="danger" fill="outline" onClick={() => setAsking(true)}>
        Remove this board from this device
      </IonButton>
      <IonAlert
        isOpen={asking}
        header="Remove this board?"
        message={`Everything recorded for ${schoolName} on this device will be deleted.`}
        buttons={[
          { text: 'Keep it', role: 'cancel' },
          { text: 'Remove', role: 'destructive', handler: () => void discardLocalBoard(schoolId).then(() => showSomeBoard(db)) },
        ]}
        onDidDismiss={() => setAsking(false)}
      />
    </Section>
  );
}
