import { useId } from 'react';
import type { AppDetail } from '../../../../shared/schemas/catalog.ts';
import { useT } from '../../i18n/i18n-provider.tsx';
import { OpenAppActions } from '../../launch/components/open-app-actions.tsx';
import { Heading } from '../../ui/heading.tsx';

/**
 * "Open app" on the app page. What it offers depends on the session, the resident's
 * municipality and their consent; the launch domain (client/src/launch) decides that, so the
 * catalog only gives it a place on the page (DESIGN.md "Launch").
 */
export function OpenAppPanel({ app }: { app: AppDetail }) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="ic-open-app" aria-labelledby={headingId}>
      <Heading level={2} appearance={3} id={headingId}>
        {t('openApp.heading')}
      </Heading>
      <OpenAppActions app={app} />
    </section>
  );
}
