import type { ComponentProps } from 'react';
import { IonItem } from '@ionic/react';
import { chevronForward } from 'ionicons/icons';

const svgPrefix = 'data:image/svg+xml;utf8,';

/**
 * An ionicons icon drawn as plain SVG, not as `ion-icon`. Each `ion-icon` is a web component that the
 * browser sets up when it is inserted, and that parses and checks its SVG as it loads; on a screen
 * that draws many at once (the tab bar, a list of links) those set-ups were a large part of the
 * screen's long tasks (issue 16, docs/scaling.md). Decorative only: hidden from assistive technology.
 * `icon` is one of the `ionicons/icons` constants (a data URL of SVG that ships with the app).
 */
export function PlainIcon({ icon, className, slot }: { icon: string; className: string; slot?: string }) {
  if (!icon.startsWith(svgPrefix)) throw new Error('PlainIcon draws only the SVG icons of ionicons/icons.');
  return (
    <span
      className={`plain-icon ${className}`}
      slot={slot}
      aria-hidden="true"
      dangerouslySetInnerHTML={{ __html: icon.slice(svgPrefix.length) }}
    />
  );
}

/**
 * An item that opens another screen, with the forward chevron at its end: what `<IonItem detail>`
 * draws, in the same place and size, as plain SVG (see PlainIcon) instead of an `ion-icon` per item.
 */
export function LinkItem({ children, ...item }: Omit<ComponentProps<typeof IonItem>, 'detail'>) {
  return (
    <IonItem {...item} detail={false}>
      {children}
      <PlainIcon icon={chevronForward} className="item-chevron" slot="end" />
    </IonItem>
  );
}
