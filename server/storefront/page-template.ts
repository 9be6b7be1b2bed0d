import { FIRST_VIEW_DATA_ID, type FirstView } from '../../shared/first-view.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON inside <script>: `<` escaped so no `</script>` or `<!--` in the data can end the element. */
const scriptSafeJson = (json: string) =>
  json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * The built index.html with the first view filled in: title, description, canonical link, the
 * markup inside #root and the router's data as a JSON script element, which the strict CSP allows
 * as it is never executed (docs/decisions/092).
 */
export function fillTemplate(template: string, view: FirstView, canonicalUrl: string | null): string {
  let html = template.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(view.title)}</title>`);
  if (view.description !== null) {
    html = html.replace(
      /<meta name="description" content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${escapeHtml(view.description)}" />`,
    );
  }
  const head = canonicalUrl ? `<link rel="canonical" href="${escapeHtml(canonicalUrl)}" />\n  ` : '';
  const data = view.routerData
    ? `<script type="application/json" id="${FIRST_VIEW_DATA_ID}">${scriptSafeJson(view.routerData)}</script>\n  `
    : '';
  return html
    .replace('</head>', `${head}</head>`)
    .replace('<div id="root"></div>', `<div id="root">${view.html}</div>`)
    .replace('</body>', `${data}</body>`);
}
