import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { calendarOutline } from 'ionicons/icons';
import { LinkItem, PlainIcon } from '../../../src/ui';

describe('icons drawn as plain SVG (src/ui/PlainIcon)', () => {
  afterEach(cleanup);

  it('draws an ionicons icon as inline SVG, hidden from assistive technology, with no ion-icon', () => {
    const { container } = render(<PlainIcon icon={calendarOutline} className="tab-icon" />);
    const span = container.querySelector('span.plain-icon.tab-icon')!;
    expect(span.getAttribute('aria-hidden')).toBe('true');
    expect(span.querySelector('svg')?.getAttribute('viewBox')).toBe('0 0 512 512');
    expect(container.querySelector('ion-icon')).toBeNull();
  });

  it('refuses anything that is not one of the SVG icons that ship with the app', () => {
    expect(() => render(<PlainIcon icon="data:text/html,<script>alert(1)</script>" className="x" />)).toThrow(/only the SVG icons/);
  });

  it('a link item has its chevron at the end, and no ion-icon of its own', () => {
    const { container } = render(<LinkItem routerLink="/reviews">All reviews</LinkItem>);
    const item = container.querySelector('ion-item')!;
    expect(item.textContent).toBe('All reviews');
    const chevron = item.querySelector(':scope > .item-chevron')!;
    expect(chevron.getAttribute('slot')).toBe('end');
    expect(chevron.querySelector('svg path')).not.toBeNull();
    // Ionic's own detail icon (an ion-icon in the item's shadow root) is off.
    expect((item as HTMLElement & { detail?: boolean }).detail).toBe(false);
  });
});
