import { useEffect } from 'react';
import { seedBuiltInChecklists } from '../../data';

const seeded = new Set<string>();

/**
 * Make sure the board has Steward's built-in checklists (boards started before they shipped, or
 * imported without them, get them here; a new version of one arrives the same way). Once per board
 * per session; the command adds only what is missing.
 */
export function useBuiltInChecklists(schoolId: string): void {
  useEffect(() => {
    if (seeded.has(schoolId)) return;
    seeded.add(schoolId);
    seedBuiltInChecklists(schoolId).catch((e: unknown) => {
      seeded.delete(schoolId);
      console.warn('The built-in checklists could not be added', e);
    });
  }, [schoolId]);
}
