import { createContext, useContext } from 'react';
import type { School } from '../domain';

/** The board being looked at on this device. The app provides it; screens read it. */
export const SchoolContext = createContext<School | null>(null);

export function useSchool(): School {
  const school = useContext(SchoolContext);
  if (!school) throw new Error('useSchool must be used inside a board');
  return school;
}
