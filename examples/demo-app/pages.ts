import type { DemoClient } from './clients.ts';
import { escapeHtml, layout } from './html.ts';

export function homePage(options: { clients: DemoClient[]; platformUrl: string }): string {
  const items = options.clients
    .map(
      (client) =>
        `<li><a href="/apps/${escapeHtml(client.slug)}">${escapeHtml(client.name)}</a> <span class="muted">(${escapeHtml(client.slug)})</span></li>`,
    )
    .join('\n');
  const list =
    options.clients.length > 0
      ? `<ul class="app-list">\n${items}\n</ul>`
      : '<p>Er zijn nog geen apps ingesteld. Start Inwonercloud in demo-modus: dan schrijft het platform de apps in het bestand met inloggegevens.</p>';
  return layout({
    title: 'Overzicht',
    platformUrl: options.platformUrl,
    body: `<h1>Demo-app voor Inwonercloud</h1>
<p>Deze app doet zich voor als alle demo-apps uit de catalogus van Inwonercloud. Open een app in Inwonercloud. Dan kom je hier terug en zie je welke gegevens de app over jou kreeg.</p>
<section aria-labelledby="apps-title">
<h2 id="apps-title">Ingestelde apps</h2>
${list}
</section>`,
  });
}

export function appPage(options: { client: DemoClient; platformUrl: string }): string {
  return layout({
    title: options.client.name,
    platformUrl: options.platformUrl,
    body: `<h1>${escapeHtml(options.client.name)}</h1>
<p>Open deze app vanuit Inwonercloud, of log hier meteen in met je Inwonercloud-account.</p>
<p><a href="/apps/${escapeHtml(options.client.slug)}/sign-in">Inloggen met Inwonercloud</a></p>
<p><a href="${escapeHtml(options.platformUrl)}">Naar Inwonercloud</a></p>`,
  });
}

export interface ErrorPageOptions {
  title: string;
  /** What happened and what to do, in B1 Dutch. */
  message: string;
  /** For the helpdesk or the vendor: a fixed technical reason or a checked OAuth error code. */
  detail?: string;
  platformUrl: string;
}

export function errorPage(options: ErrorPageOptions): string {
  const detail = options.detail
    ? `<p class="muted">Technische informatie voor de helpdesk: <code>${escapeHtml(options.detail)}</code></p>`
    : '';
  return layout({
    title: options.title,
    platformUrl: options.platformUrl,
    body: `<h1>${escapeHtml(options.title)}</h1>
<p>${escapeHtml(options.message)}</p>
${detail}
<p><a href="${escapeHtml(options.platformUrl)}">Terug naar Inwonercloud</a></p>`,
  });
}

/** OAuth error codes from the platform's authorization endpoint, explained for residents. */
const AUTHORIZATION_ERRORS: Record<string, { message: string; status: number }> = {
  access_denied: {
    message:
      'Je kunt deze app nu niet openen. Misschien heb je geen toestemming gegeven, of biedt je gemeente de app niet meer aan.',
    status: 403,
  },
  login_required: {
    message:
      'Je bent niet meer ingelogd bij Inwonercloud. Log opnieuw in en open de app daarna nog een keer.',
    status: 401,
  },
  consent_required: {
    message: 'Je moet eerst in Inwonercloud toestemming geven om je gegevens met deze app te delen.',
    status: 403,
  },
  interaction_required: {
    message:
      'Je moet eerst iets doen in Inwonercloud, bijvoorbeeld inloggen of toestemming geven. Open de app daarna opnieuw.',
    status: 403,
  },
  server_error: {
    message: 'Er ging iets mis bij Inwonercloud. Probeer het over een paar minuten opnieuw.',
    status: 502,
  },
  temporarily_unavailable: {
    message: 'Inwonercloud is even niet beschikbaar. Probeer het over een paar minuten opnieuw.',
    status: 503,
  },
};

export function authorizationErrorPage(error: string, platformUrl: string): { status: number; html: string } {
  const known = Object.hasOwn(AUTHORIZATION_ERRORS, error) ? AUTHORIZATION_ERRORS[error] : undefined;
  return {
    status: known?.status ?? 400,
    html: errorPage({
      title: 'Inloggen is niet gelukt',
      message:
        known?.message ??
        'Er ging iets mis tussen deze app en Inwonercloud. Dat is niet jouw fout. Ga terug naar Inwonercloud en open de app opnieuw.',
      // Anyone can craft a callback URL, so only a well-formed OAuth error code is echoed back.
      detail: /^[a-z_]{1,64}$/.test(error) ? error : 'invalid_error_code',
      platformUrl,
    }),
  };
}
