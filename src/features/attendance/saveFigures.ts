import type { FigureWrites } from '../../domain/attendanceFiles';
import { saveTogether, type BatchWrite } from '../../data';

/** A half term's figures in one transaction: new groups added, changed ones changed (so history shows it), missing ones deleted. */
export function saveFigures(schoolId: string, writes: FigureWrites) {
  const all: BatchWrite[] = [
    ...writes.create.map((v): BatchWrite => ({ kind: 'attendanceFigures', create: v })),
    ...writes.update.map((u): BatchWrite => ({ kind: 'attendanceFigures', id: u.id, patch: u.patch })),
    ...writes.remove.map((id): BatchWrite => ({ kind: 'attendanceFigures', id, remove: true })),
  ];
  return saveTogether(schoolId, all);
}
