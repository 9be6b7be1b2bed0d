import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@utrecht/component-library-css/dist/index.css';
// No web fonts: the theme's Noto where the device has it, else the device's own (base.css,
// docs/decisions/122).
import './app/base.css';
import './app/layout.css';
import './app/catalog.css';
import './identity/workspaces.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, type HydrationState, RouterProvider } from 'react-router';
import { FIRST_VIEW_DATA_ID } from '../../shared/first-view.ts';
import { AppProviders } from './app/providers.tsx';
import { routes } from './app/routes.tsx';

/** The loader data the server rendered the first view with, so the router need not fetch it again. */
function firstViewData(): HydrationState | undefined {
  const text = document.getElementById(FIRST_VIEW_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as HydrationState;
  } catch {
    return undefined;
  }
}

const router = createBrowserRouter(routes, { hydrationData: firstViewData() });
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

function start(root: HTMLElement) {
  // The app replaces the server's markup rather than hydrating it: the browser may remember a
  // language or municipality the server did not know, which hydration would report as a
  // mismatch. The page is the same, so the swap is not seen (docs/decisions/092).
  createRoot(root).render(
    <StrictMode>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

/**
 * Runs `then` once the browser has shown what is on screen now: after its next frame, or after
 * 100 ms in a tab that draws no frames (a hidden one). Chromium leaves a paint out of largest
 * contentful paint when its element is gone before that paint was reported, so replacing the
 * server's markup at once made it report the app's identical copy instead, up to a second later
 * on a slow phone (docs/decisions/121).
 */
function afterPaint(then: () => void) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    then();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 100);
}

if (!container.hasChildNodes()) {
  start(container);
} else if (router.state.initialized) {
  afterPaint(() => start(container));
} else {
  // Keep the server's markup on screen until the page's data is there, instead of a loading page.
  const unsubscribe = router.subscribe((state) => {
    if (!state.initialized) return;
    unsubscribe();
    start(container);
  });
}
