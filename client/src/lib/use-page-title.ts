import { useEffect } from 'react';
import { useT } from '../i18n/i18n-provider.tsx';

/** Sets the tab title ("Alle apps | Inwonercloud"): the first thing a screen reader reads on a new page. */
export function usePageTitle(page: string): void {
  const t = useT();
  useEffect(() => {
    document.title = t('site.pageTitle', { page });
  }, [page, t]);
}
