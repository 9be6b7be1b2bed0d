import { useEffect, useId, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useT } from '../i18n/i18n-provider.tsx';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { UserMenu } from '../identity/components/user-menu.tsx';
import { useSession } from '../identity/session-provider.tsx';
import { MunicipalityChooser } from '../municipalities/municipality-chooser.tsx';
import { Button } from '../ui/button.tsx';
import { RouteLink } from '../ui/link.tsx';
import { Wordmark } from './wordmark.tsx';

const NAV_LINK_CLASS = 'utrecht-link utrecht-link--html-a ic-nav__link';

/**
 * One row on a wide screen; on a phone the logo, the language and a "Menu" button, with the
 * menu, the municipality and the account folded away, so the page keeps its screen
 * (issue 11 item 6: the header took 229-347 of 844 px).
 */
export function SiteHeader() {
  const t = useT();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  const roles = new Set<string>(useSession().session?.roles.map((r) => r.role) ?? []);
  // Who gives others access (issue 14): platform and municipality admins, vendor members.
  if (roles.has('platform-admin') || roles.has('municipality-admin') || roles.has('vendor'))
    roles.add('onboarding');
  // Each role's own part of the site, shown only to those who have that role.
  const roleLinks = [
    { role: 'resident', to: '/mijn-apps', label: t('nav.myApps') },
    { role: 'vendor', to: '/aanbieder', label: t('nav.vendor') },
    { role: 'reviewer', to: '/beoordelen', label: t('nav.review') },
    { role: 'municipality-admin', to: '/gemeente', label: t('nav.municipality') },
    { role: 'onboarding', to: '/beheer', label: t('nav.access') },
  ].filter((link) => roles.has(link.role));

  // Following a link folds the menu again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path change is the trigger
  useEffect(() => setOpen(false), [pathname]);

  return (
    <header className="utrecht-page-header ic-header">
      <div className="utrecht-page-header__content ic-header__content">
        <RouteLink to="/" className="ic-logo" aria-label={t('site.homeLink')}>
          <Wordmark name={t('site.name')} />
        </RouteLink>
        <div className="ic-header__quick">
          <LanguageSwitch />
          <Button
            appearance="subtle"
            className="ic-header__menu-button"
            aria-expanded={open}
            aria-controls={menuId}
            onClick={() => setOpen((value) => !value)}
          >
            {t('nav.menu')}
          </Button>
        </div>
        <div id={menuId} className="ic-header__menu" data-open={open || undefined}>
          <nav className="ic-nav" aria-label={t('nav.label')}>
            <ul className="ic-nav__list">
              <li>
                <NavLink to="/" end className={NAV_LINK_CLASS}>
                  {t('nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/apps" className={NAV_LINK_CLASS}>
                  {t('nav.apps')}
                </NavLink>
              </li>
              {roleLinks.map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to} className={NAV_LINK_CLASS}>
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ic-header__tools">
            <MunicipalityChooser />
            <UserMenu />
          </div>
        </div>
      </div>
    </header>
  );
}
