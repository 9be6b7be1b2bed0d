/**
 * The contract between the server and the storefront's first-view renderer
 * (client/src/entry-server.tsx, bundled to dist/ssr): the server classifies a path, reads the
 * data from its read model and asks for the markup (docs/decisions/092).
 */

/** The id of the `<script type="application/json">` that carries the router's first data. */
export const FIRST_VIEW_DATA_ID = 'first-view-data';

/** What a path shows: a page rendered on the server, a page only the browser renders, or none. */
export type FirstViewPage =
  | { kind: 'home' }
  | { kind: 'app'; slug: string }
  | { kind: 'browser-only' }
  | { kind: 'not-found' };

/** The data of the page: the same JSON the API answers (`null` for an unknown app). */
export type FirstViewData =
  | { kind: 'home'; categories: unknown }
  | { kind: 'app'; app: unknown | null }
  | { kind: 'not-found' };

export interface FirstView {
  status: 200 | 404;
  /** The markup inside #root. */
  html: string;
  title: string;
  description: string | null;
  /** The router's hydration data as JSON, when the browser can start from it without fetching. */
  routerData: string | null;
}

export interface FirstViewRenderer {
  classify(pathname: string): FirstViewPage;
  render(url: string, data: FirstViewData): Promise<FirstView>;
}
