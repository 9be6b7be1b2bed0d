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
export function layout(options: { title: string; body: string; platformUrl: string }): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(options.title)} - Demo-app</title>
<link rel="stylesheet" href="/static/demo.css">
</head>
<body>
<a class="skip-link" href="#inhoud">Ga direct naar de inhoud</a>
<header class="site-header">
<p class="site-name">Demo-app voor Inwonercloud</p>
</header>
<main id="inhoud" tabindex="-1">
${options.body}
</main>
<footer class="site-footer">
<p>Dit is een voorbeeld-app. Leveranciers zien hier hoe een app inlogt via Inwonercloud.</p>
<p><a href="${escapeHtml(options.platformUrl)}">Naar Inwonercloud</a></p>
</footer>
</body>
</html>
`;
}
