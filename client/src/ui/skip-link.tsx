import type { ReactNode } from 'react';

/** The first thing a keyboard user reaches: jumps past the header to the main content. */
export function SkipLink({ href, children }: { href: `#${string}`; children: ReactNode }) {
  return (
    <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href={href}>
      {children}
    </a>
  );
}
