import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { IonButton } from '@ionic/react';

interface RevealProps {
  /** The button's words, e.g. "Edit action" or "Add an action to 1a". */
  label: string;
  /** A fuller name for screen readers when the words alone are ambiguous; it must contain `label`. */
  name?: string;
  fill?: 'outline' | 'solid' | 'clear';
  /** The form; call `close` after a save (or to cancel). */
  children: (close: () => void) => ReactNode;
}

/**
 * Put focus in the first field of a form that has just appeared (Ionic fills in its native inputs a
 * moment after mounting), unless focus is already in the form.
 */
export function useFocusFirstField(panel: RefObject<HTMLElement | null>, active: boolean) {
  useEffect(() => {
    if (!active) return undefined;
    const timer = setTimeout(() => {
      const form = panel.current;
      // Someone quick (or a slow phone) may already be in a field: never take focus away from it.
      if (!form || form.contains(document.activeElement)) return;
      form.querySelector<HTMLElement>('input, textarea')?.focus();
    }, 150);
    return () => clearTimeout(timer);
  }, [panel, active]);
}

/**
 * A button that opens a form in place. The form's first field takes focus when it opens; when it
 * closes, focus goes back to the button, so keyboard and screen-reader users keep their place.
 */
export function Reveal({ label, name, fill = 'outline', children }: RevealProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLIonButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);
  useFocusFirstField(panel, open);
  useEffect(() => {
    if (open) wasOpen.current = true;
    else if (wasOpen.current) button.current?.focus();
  }, [open]);
  if (open) {
    return (
      <div className="edit-panel" ref={panel}>
        {children(() => setOpen(false))}
      </div>
    );
  }
  return (
    <IonButton ref={button} fill={fill} onClick={() => setOpen(true)} aria-label={name}>
      {label}
    </IonButton>
  );
}
