import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { useT } from '../i18n/i18n-provider.tsx';
import { SkipLink } from '../ui/skip-link.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';

export const MAIN_ID = 'inhoud';

/** The frame around every page: skip link, header, main landmark, footer. */
export function Layout() {
  const t = useT();
  const navigation = useNavigation();
  const mainRef = useMainFocusOnNavigation();

  return (
    <div className="utrecht-page ic-page">
      <SkipLink href={`#${MAIN_ID}`}>{t('site.skipLink')}</SkipLink>
      <SiteHeader />
      <div className="utrecht-page-body ic-page-body">
        <main
          id={MAIN_ID}
          ref={mainRef}
          tabIndex={-1}
          className="utrecht-page-body__content ic-main"
          aria-busy={navigation.state === 'loading' || undefined}
        >
          <Outlet />
        </main>
      </div>
      <SiteFooter />
      <ScrollRestoration />
    </div>
  );
}

/**
 * In a single-page app the browser does not move focus when the page changes, so a screen
 * reader would stay on the link that was followed. We move focus to the main content when
 * the path changes (not when only the filters in the query change: focus stays in the form).
 */
function useMainFocusOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return mainRef;
}
