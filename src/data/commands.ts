// Screens change data ONLY through these commands: each checks its input against the kind's
// schema and writes the record, its outbox entry and its history row in one transaction.
export { createRecord, updateRecord, updateRecords, deleteRecord, newId, type RecordChange } from './commands/records';
export { importBoard, checkBoard, type ImportSummary } from './commands/import';
export { setCurrentSchool, discardLocalBoard, setUserName, getUserName } from './commands/device';
export type { NewRecord, RecordPatch, Board } from './changes';
export { storeFile } from './commands/files';
export { reapplyChange } from './commands/reapply';
export { RefusedChange, roleOnBoard } from './commands/policy';
export { seedBuiltInChecklists, replaceFindingEvidence } from './commands/visits';
export {
  addAgendaItems,
  moveAgendaItem,
  setItemVisibility,
  markMinutesStarted,
  setAttendance,
  approveMinutes,
  addErratum,
  carryActionForward,
  setActionDone,
} from './commands/meetings';
export { saveTogether, type BatchWrite } from './commands/batch';
