import type { ReactNode } from 'react';
import { Heading } from '../../ui/heading.tsx';

/**
 * A titled part of an app's page. Deliberately not a labelled region: ten landmarks on one
 * page would drown the real ones; screen reader users jump between the h2 headings instead.
 */
export function AppSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="ic-section">
      <Heading level={2}>{title}</Heading>
      {children}
    </section>
  );
}
