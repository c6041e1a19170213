// Attendance files: read a school's figures from an .xlsx or .csv export and say what importing
// them would change. Pure: the screen reads the bytes into rows; this checks every cell and says
// what to fix by row and column. See docs/attendance-format.md.
export * from './columns';
export * from './read';
export * from './sniff';
export * from './replace';
export { problemPlace } from '../planFiles/report';
export { decodeText } from '../planFiles/sniff';
export type { Cell, FileProblem, SheetRows } from '../planFiles/types';
