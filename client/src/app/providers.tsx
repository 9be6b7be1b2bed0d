import type { ReactNode } from 'react';
import { I18nProvider } from '../i18n/i18n-provider.tsx';
import { MunicipalityProvider } from '../municipalities/municipality-provider.tsx';
import { ThemeRoot } from './theme-root.tsx';

/** Everything every page needs, outside the router so error pages have it too. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <MunicipalityProvider>
        <ThemeRoot>{children}</ThemeRoot>
      </MunicipalityProvider>
    </I18nProvider>
  );
}
