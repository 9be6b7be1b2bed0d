import type { ReactNode } from 'react';

/**
 * The element the design tokens hang on. `voorbeeld-theme` is the open default theme; a
 * municipality's own house style will be added here as another class (DESIGN.md "Storefront").
 */
export function ThemeRoot({ children }: { children: ReactNode }) {
  return <div className="voorbeeld-theme utrecht-root ic-root">{children}</div>;
}
