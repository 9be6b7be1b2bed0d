import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@utrecht/component-library-css/dist/index.css';
// The theme asks for Noto Sans and Noto Serif: self-hosted, Latin subset (Dutch included),
// font-display: swap, only the weights in use (issue 11 item 16).
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-serif/latin-700.css';
import './app/base.css';
import './app/layout.css';
import './app/catalog.css';
import './identity/workspaces.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './app/providers.tsx';
import { routes } from './app/routes.tsx';

const router = createBrowserRouter(routes);
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
