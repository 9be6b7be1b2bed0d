import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useT } from '../i18n/i18n-provider.tsx';
import { isNotFoundError } from '../lib/http.ts';
import { usePageTitle } from '../lib/use-page-title.ts';
import { Alert } from '../ui/alert.tsx';
import { Heading } from '../ui/heading.tsx';
import { RouteLink } from '../ui/link.tsx';
import { Paragraph } from '../ui/paragraph.tsx';
import { NotFoundPage } from './not-found-page.tsx';

/**
 * Shown inside the layout when a page cannot load. An unknown app (API 404) is simply a page
 * that does not exist; anything else gets a calm B1 message, never the technical problem.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isNotFoundError(error) || (isRouteErrorResponse(error) && error.status === 404)) {
    return <NotFoundPage />;
  }
  return <ErrorMessage />;
}

/** Used when even the layout failed: the same message, in a main landmark of its own. */
export function RootErrorPage() {
  return (
    <main className="ic-main ic-main--bare">
      <RouteErrorPage />
    </main>
  );
}

function ErrorMessage() {
  const t = useT();
  usePageTitle(t('error.title'));
  return (
    <>
      <Heading level={1}>{t('error.title')}</Heading>
      <Alert type="error">
        <Paragraph>{t('error.text')}</Paragraph>
        <Paragraph>{t('error.tryAgain')}</Paragraph>
      </Alert>
      <Paragraph>
        <RouteLink to="/">{t('error.home')}</RouteLink>
      </Paragraph>
    </>
  );
}
