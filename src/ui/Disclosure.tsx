import { useId, useState, type ReactNode } from 'react';

/** A button that shows or hides a part of the screen; what is hidden is not drawn at all (long plans stay quick). */
export function Disclosure({ label, children, startOpen = false }: { label: ReactNode; children: ReactNode; startOpen?: boolean }) {
  const [open, setOpen] = useState(startOpen);
  const id = useId();
  return (
    <div>
      <button type="button" className="disclosure-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span>{label}</span>
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div id={id} hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}
