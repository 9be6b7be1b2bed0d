import { useId } from 'react';
import type { AppDetail } from '../../../../shared/schemas/catalog.ts';
import { useT } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';

/**
 * Where "Open app" will live. Sign-in, consent and the launch (POST /api/v1/apps/{slug}/launches,
 * DESIGN.md "Launch") are built later; until then the button is visibly unavailable and says
 * why, rather than pretending to do something.
 */
export function OpenAppPanel({ app: _app }: { app: AppDetail }) {
  const t = useT();
  const headingId = useId();
  const explanationId = useId();
  return (
    <section className="ic-open-app" aria-labelledby={headingId}>
      <Heading level={2} appearance={3} id={headingId}>
        {t('openApp.heading')}
      </Heading>
      <Paragraph id={explanationId}>{t('openApp.comingSoon')}</Paragraph>
      <Button appearance="primary-action" disabled aria-describedby={explanationId}>
        {t('openApp.button')}
      </Button>
    </section>
  );
}
