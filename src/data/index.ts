// The local store: the device's copy of each board, the source of truth for the screens.
// Screens read with the queries (inside useLiveQuery) and write only with the commands.
export {
  db,
  openDb,
  StewardDb,
  type OutboxEntry,
  type RejectedChange,
  type ChangeOp,
  type MetaRow,
  type MetaKey,
  type StoredFile,
  type StewardTables,
  type HistoryEntry,
} from './db';
export { versions, latestVersion, latestStores, applyVersions, type SchemaVersion } from './schema';
export { deviceIdOf, receiveStamp } from './clock';
export * from './commands';
export * from './queries';
export {
  useRememberedQuery,
  rememberAhead,
  rememberedAnswer,
  REMEMBERED_MOST,
  type QueryDeps,
  type ReadAhead,
  type ReadAheadContext,
} from './remembered';
