import type { ReactNode } from 'react';

/** A titled block of a screen, with its heading at the right level. */
export function Section({
  title,
  level = 2,
  id,
  children,
  actions,
}: {
  title: string;
  level?: 2 | 3;
  id?: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const H = level === 2 ? 'h2' : 'h3';
  const headingId = id ? `${id}-heading` : undefined;
  return (
    <section className="section" aria-labelledby={headingId} id={id}>
      <div className="section-head">
        <H id={headingId}>{title}</H>
        {actions}
      </div>
      {children}
    </section>
  );
}
