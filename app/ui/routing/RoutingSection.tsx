// One section of the workspace: a region named by its heading.
import { useId, type ReactNode } from 'react';

export function RoutingSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const headingId = `${useId()}-${id}`;
  return (
    <section className="routing__section" aria-labelledby={headingId} data-section={id}>
      <h3 className="routing__heading" id={headingId}>
        {title}
      </h3>
      {children}
    </section>
  );
}
