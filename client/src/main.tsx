import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@utrecht/component-library-css/dist/index.css';
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
