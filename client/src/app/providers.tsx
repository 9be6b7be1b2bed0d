import type { ReactNode } from 'react';
import { I18nProvider } from '../i18n/i18n-provider.tsx';
import { SessionProvider } from '../identity/session-provider.tsx';
import { MunicipalityProvider } from '../municipalities/municipality-provider.tsx';
import { ThemeRoot } from './theme-root.tsx';

/** Everything every page needs, outside the router so error pages have it too. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <SessionProvider>
        <MunicipalityProvider>
          <ThemeRoot>{children}</ThemeRoot>
        </MunicipalityProvider>
      </SessionProvider>
    </I18nProvider>
  );
}
