import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IonButton } from '@ionic/react';
import { isPersisted, persistentStorage, storageEstimate } from '../../platform/storage';
import { Section } from '../../ui';

const mb = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** How much this device holds for Steward, and whether the browser has promised to keep it. */
export function StorageSection() {
  const client = useQueryClient();
  const estimate = useQuery({ queryKey: ['storage', 'estimate'], queryFn: storageEstimate });
  const persisted = useQuery({ queryKey: ['storage', 'persisted'], queryFn: isPersisted });
  async function ask() {
    await persistentStorage();
    await client.invalidateQueries({ queryKey: ['storage'] });
  }
  return (
    <Section title="Storage on this device" id="storage">
      <p>
        {estimate.data
          ? `Steward is using ${mb(estimate.data.usedBytes)} of about ${mb(estimate.data.quotaBytes)} available.`
          : estimate.isPending
            ? 'Measuring…'
            : 'This browser does not say how much storage is used.'}
      </p>
      <p>
        {persisted.data === true
          ? 'Persistent storage is granted: the browser will not clear Steward’s data to free space.'
          : persisted.data === false
            ? 'Persistent storage is not granted yet: if the device runs short of space, the browser may clear data that has not been synced.'
            : 'Checking persistent storage…'}
      </p>
      {persisted.data === false && <IonButton onClick={() => void ask()}>Ask to keep data permanently</IonButton>}
    </Section>
  );
}
