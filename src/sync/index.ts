// Sync: this device's changes to the board's server and everyone else's back (docs/sync-protocol.md,
// client rules C1–C3). The screens use the engine and the queries here; nothing else talks to the server.
export {
  SyncApi,
  SyncError,
  type FetchLike,
  type Invitation,
  type JoinAnswer,
  type Membership,
  type Person,
  type SyncErrorKind,
} from './api';
export { SyncEngine, alwaysOnline, type EngineOptions, type SyncOutcome, type SyncState, type SyncStatus } from './engine';
export { discardChange, retryChange, unsentChanges, layOnTop, readCursor } from './local';
export { readSession, lastSyncedAt, syncNotice, setNotice, defaultServerUrl, type SyncSession } from './session';
export { boardsOnDevice, whereText, unsyncedCounts, sessionBoards, type BoardOnDevice } from './boards';
export { changesNeedingAttention, changesRefused, changesWaiting, describeChange, myRole, visibilitiesAllowed } from './queries';
export { headerStatus, headerStatusName, type HeaderStatus, type HeaderTone } from './status';
export type { SyncProgress } from './cycle';
export { changeAsText } from './attention';
export { memberServer, type MemberServer } from './members';
export { parseEvents } from './events';
export { backoffMs } from './backoff';
export type { ChangeNeedingAttention } from './queries';
