import { useEffect, useLayoutEffect } from 'react';
import { schoolStanding, type School } from '../domain';

// index.html paints a first screen before the app's code has arrived (#first-paint): the welcome
// screen's opening text on an empty device; on a device with a board, Today's title and the top of
// its banner (the school's name and standing, as this device last showed them). Its inline script
// chooses from what is kept here, or, when nothing is, from whether the device has Steward's
// database at all (then only the title bar).

/**
 * Keeps what index.html's first paint shows next time, from the device's current school (undefined
 * while it is read, null on an empty device). Nothing here reads it back.
 */
export function useRememberFirstScreen(school: School | null | undefined): void {
  const first =
    school === undefined
      ? undefined
      : JSON.stringify(school ? { screen: 'board', school: school.name, about: schoolStanding(school) } : { screen: 'welcome' });
  useEffect(() => {
    if (first === undefined) return;
    try {
      localStorage.setItem('steward.firstScreen', first);
    } catch {
      // Storage refused (private mode): the first paint then asks whether the database exists.
    }
  }, [first]);
}

/** Rendered with the app's first screen: takes index.html's first paint away as that screen is shown. */
export function FirstPaintDone(): null {
  useLayoutEffect(() => document.getElementById('first-paint')?.remove(), []);
  return null;
}

/** Whether index.html's first paint expects a board on this device (Today, or the title bar of another screen). */
export function boardExpected(): boolean {
  const paint = document.documentElement.dataset.firstPaint;
  return location.pathname !== '/join' && (paint === 'today' || paint === 'bar');
}
