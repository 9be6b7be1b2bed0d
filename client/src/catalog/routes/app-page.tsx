import { useLoaderData } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ReviewerAppActions } from '../../review/components/reviewer-app-actions.tsx';
import { AppPageView } from '../components/app-page-view.tsx';
import { AppRequestPanel } from '../components/app-request-panel.tsx';
import { LocalNote } from '../components/local-note.tsx';
import { OfferedMark } from '../components/offered-mark.tsx';
import { OfferedNotice } from '../components/offered-notice.tsx';
import { OpenAppPanel } from '../components/open-app-panel.tsx';
import { VettingResult } from '../components/vetting-result.tsx';
import type { appLoader } from '../loaders.ts';
import { useOwnMunicipality } from '../use-own-municipality.ts';

/** `/apps/:slug`: an app's public page. */
export function AppPage() {
  const app = useLoaderData<typeof appLoader>();
  usePageTitle(app.name);
  const own = useOwnMunicipality();
  const offeredToOwn = own !== null && app.offeredBy.includes(own.code);

  return (
    <AppPageView
      app={app}
      mark={offeredToOwn && <OfferedMark municipality={own.name} />}
      launch={
        <>
          <OfferedNotice offeredBy={app.offeredBy} />
          <LocalNote slug={app.slug} offeredBy={app.offeredBy} />
          <OpenAppPanel app={app} />
          {own && !offeredToOwn && <AppRequestPanel slug={app.slug} own={own} />}
          <ReviewerAppActions slug={app.slug} />
        </>
      }
      vetting={<VettingResult vetting={app.vetting} slug={app.slug} />}
    />
  );
}
