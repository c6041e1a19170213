// Screens change data ONLY through these commands: each checks its input against the kind's
// schema and writes the record and its outbox entry in one transaction.
export { createRecord, updateRecord, deleteRecord, newId } from './commands/records';
export { importBoard, checkBoard, type ImportSummary } from './commands/import';
export { setCurrentSchool, getCurrentSchoolId, discardLocalBoard } from './commands/device';
export type { NewRecord, RecordPatch, Board } from './changes';
