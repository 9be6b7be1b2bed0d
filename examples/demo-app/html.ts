/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Every page shares one accessible frame: lang="nl", a skip link, header/main/footer landmarks
 * and exactly one h1 (passed in by the page). Styles come from a static file so the CSP can
 * forbid inline styles.
 */
export function layout(options: {
  title: string;
  body: string;
  platformUrl: string;
  lang?: 'nl' | 'en';
  /** A link to the same page in the other language, when the page has one. */
  otherLanguage?: { href: string; label: string; lang: 'nl' | 'en' };
}): string {
  const en = options.lang === 'en';
  const switcher = options.otherLanguage
    ? `<p class="language"><a href="${escapeHtml(options.otherLanguage.href)}" lang="${options.otherLanguage.lang}" hreflang="${options.otherLanguage.lang}">${escapeHtml(options.otherLanguage.label)}</a></p>`
    : '';
  return `<!doctype html>
<html lang="${en ? 'en' : 'nl'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(options.title)} - Demo-app</title>
<link rel="stylesheet" href="/static/demo.css">
</head>
<body>
<a class="skip-link" href="#inhoud">${en ? 'Skip to the content' : 'Ga direct naar de inhoud'}</a>
<header class="site-header">
<p class="site-name">${en ? 'Demo app for Inwonercloud' : 'Demo-app voor Inwonercloud'}</p>
${switcher}
</header>
<main id="inhoud" tabindex="-1">
${options.body}
</main>
<footer class="site-footer">
<p>${en ? 'This is an example app. Vendors see here how an app signs in through Inwonercloud.' : 'Dit is een voorbeeld-app. Leveranciers zien hier hoe een app inlogt via Inwonercloud.'}</p>
<p><a href="${escapeHtml(options.platformUrl)}">${en ? 'To Inwonercloud' : 'Naar Inwonercloud'}</a></p>
</footer>
</body>
</html>
`;
}
