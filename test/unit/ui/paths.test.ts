import { describe, expect, it } from 'vitest';
import { screenPaths, to } from '../../../src/ui/paths';
import { routes } from '../../../src/app/routes';

describe('screen addresses (src/ui/paths.ts)', () => {
  it('fills in each part, encoded, and keeps a query or a place on the page', () => {
    expect(to('/plan')).toBe('/plan');
    expect(to('/plan/actions/:actionId', { actionId: 'a1' })).toBe('/plan/actions/a1');
    expect(to('/reviews/:reviewId/actions/:actionId', { reviewId: 'r 1', actionId: 'a/2' })).toBe('/reviews/r%201/actions/a%2F2');
    expect(to('/meetings/:meetingId', { meetingId: 'm1' }, '#erratum')).toBe('/meetings/m1#erratum');
    expect(to('/visits/checklists/new', '?from=t1')).toBe('/visits/checklists/new?from=t1');
    expect(to('/attendance', '#challenges')).toBe('/attendance#challenges');
  });

  it('refuses an address without one of its parts, rather than link nowhere', () => {
    expect(() => to('/plan/areas/:areaId', { areaId: '' })).toThrow('The address /plan/areas/:areaId needs its areaId.');
    // @ts-expect-error a part is missing: a type error first
    expect(() => to('/plan/areas/:areaId')).toThrow('needs its areaId');
    // @ts-expect-error not a screen of the app
    expect(to('/plan/area')).toBe('/plan/area');
  });

  it('every address has its screen, and every screen its address', () => {
    expect(['/today', ...routes.map((r) => r.path)].sort()).toEqual([...screenPaths].sort());
  });
});
