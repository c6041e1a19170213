import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton, IonIcon } from '@ionic/react';
// As files, not from 'ionicons/icons', so they load with this part rather than with the first screen.
import alertCircleOutline from 'ionicons-svg/alert-circle-outline.svg?url';
import cloudDoneOutline from 'ionicons-svg/cloud-done-outline.svg?url';
import cloudOfflineOutline from 'ionicons-svg/cloud-offline-outline.svg?url';
import cloudUploadOutline from 'ionicons-svg/cloud-upload-outline.svg?url';
import syncOutline from 'ionicons-svg/sync-outline.svg?url';
import { db } from '../../data';
import {
  changesRefused,
  changesWaiting,
  headerStatus,
  headerStatusName,
  lastSyncedAt,
  readSession,
  sessionBoards,
  type HeaderTone,
} from '../../sync';
import { useSchool, to } from '../../ui';
import { useSyncStatus } from './useSync';

const icons: Record<HeaderTone, string> = {
  ok: cloudDoneOutline,
  busy: syncOutline,
  waiting: cloudUploadOutline,
  offline: cloudOfflineOutline,
  problem: alertCircleOutline,
};

/**
 * The one sync status in every screen's title bar (offline · syncing with progress · up to date ·
 * N waiting · needs attention); a tap opens Sign in and sync. Shown only while signed in.
 */
export default function HeaderSyncStatus() {
  const school = useSchool();
  const engine = useSyncStatus();
  const counts = useLiveQuery(async () => {
    const [waiting, refused, session, last] = await Promise.all([
      changesWaiting(db, school.id),
      changesRefused(db, school.id),
      readSession(db),
      lastSyncedAt(db),
    ]);
    const deviceOnly = !!session && !sessionBoards(session).some((b) => b.schoolId === school.id);
    return { waiting, refused, hasToken: !!session?.token, everSynced: last !== null, deviceOnly };
  }, [school.id]);
  if (!counts) return null;
  const status = headerStatus({ engine, ...counts });
  const name = headerStatusName(status);
  // Keyed by its name: ion-button copies aria-label and title to its inner link only when it first
  // renders, so without a new element a status that changed (syncing → up to date) kept its first
  // name (axe: label-content-name-mismatch).
  return (
    <IonButton
      key={name}
      routerLink={to('/settings/account')}
      className={`header-sync header-sync--${status.tone}`}
      aria-label={name}
      title={name}
    >
      <IonIcon slot="start" src={icons[status.tone]} aria-hidden="true" className={status.tone === 'busy' ? 'spin' : undefined} />
      <span className="header-sync__label">{status.label}</span>
    </IonButton>
  );
}
