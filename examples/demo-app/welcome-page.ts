import type { IDToken, JsonValue } from 'openid-client';
import { escapeHtml, layout } from './html.ts';

/** What each claim means, in B1 Dutch, so residents and vendors can read the table. */
const CLAIM_MEANINGS: Record<string, string> = {
  iss: 'Wie het token maakte (Inwonercloud)',
  aud: 'Voor welke app het token is (de client id)',
  azp: 'Aan welke app het token is gegeven',
  sub: 'Een vaste schuilnaam voor jou. Elke app krijgt een andere.',
  iat: 'Wanneer het token is gemaakt',
  exp: 'Tot wanneer het token geldig is (hoogstens 5 minuten)',
  auth_time: 'Wanneer je bij Inwonercloud inlogde',
  nonce: 'Een eenmalige code die deze app zelf meestuurde',
  jti: 'Het unieke nummer van dit token',
  at_hash: 'Een controlegetal, geen gegevens over jou',
  sid: 'Het nummer van je inlogsessie bij Inwonercloud',
  municipality: 'Je gemeente (CBS-code)',
  test_launch: 'Of dit een test is',
  given_name: 'Voornaam',
  family_name: 'Achternaam',
  birthdate: 'Geboortedatum',
  age_over_18: 'Ouder dan 18',
  age_over_65: 'Ouder dan 65',
  email: 'E-mailadres',
  phone_number: 'Telefoonnummer',
  address: 'Adres',
  locale: 'Taal',
};

const ADDRESS_PARTS: Record<string, string> = {
  formatted: 'Volledig adres',
  street_address: 'Straat en huisnummer',
  postal_code: 'Postcode',
  locality: 'Plaats',
  region: 'Provincie',
  country: 'Land',
};

const TIME_CLAIMS = new Set(['iat', 'exp', 'auth_time', 'nbf']);

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'medium',
  timeZone: 'Europe/Amsterdam',
});

function formatScalar(value: JsonValue): string {
  if (value === true) return 'ja (<code>true</code>)';
  if (value === false) return 'nee (<code>false</code>)';
  if (value === null) return '<code>null</code>';
  if (typeof value === 'object') return `<code>${escapeHtml(JSON.stringify(value))}</code>`;
  return escapeHtml(value);
}

function formatAddress(address: Record<string, JsonValue | undefined>): string {
  const rows = Object.entries(address)
    .filter((entry): entry is [string, JsonValue] => entry[1] !== undefined)
    .map(([part, value]) => {
      const label = Object.hasOwn(ADDRESS_PARTS, part) ? ADDRESS_PARTS[part] : part;
      const text = part === 'formatted' && typeof value === 'string' ? value.replaceAll('\n', ', ') : value;
      return `<dt>${escapeHtml(label)} <code>${escapeHtml(part)}</code></dt><dd>${formatScalar(text)}</dd>`;
    })
    .join('');
  return `<dl class="address">${rows}</dl>`;
}

function formatClaim(name: string, value: JsonValue): string {
  if (TIME_CLAIMS.has(name) && typeof value === 'number') {
    return `${escapeHtml(dateTime.format(new Date(value * 1000)))} <span class="muted">(<code>${escapeHtml(value)}</code>)</span>`;
  }
  if (name === 'address' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return formatAddress(value);
  }
  if (Array.isArray(value)) return value.map(formatScalar).join(', ');
  return formatScalar(value);
}

function claimsTable(claims: IDToken): string {
  const rows = Object.entries(claims)
    .filter((entry): entry is [string, JsonValue] => entry[1] !== undefined)
    .map(([name, value]) => {
      const meaning = Object.hasOwn(CLAIM_MEANINGS, name) ? CLAIM_MEANINGS[name] : 'Ander gegeven';
      return `<tr><th scope="row"><code>${escapeHtml(name)}</code></th><td>${escapeHtml(meaning)}</td><td>${formatClaim(name, value)}</td></tr>`;
    })
    .join('\n');
  return `<table class="claims">
<caption>Alle gegevens (claims) in het token</caption>
<thead><tr><th scope="col">Claim</th><th scope="col">Betekenis</th><th scope="col">Waarde</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

export function welcomePage(options: { appName: string; claims: IDToken; platformUrl: string }): string {
  const { claims } = options;
  const givenName =
    typeof claims.given_name === 'string' && claims.given_name.trim() ? claims.given_name : undefined;
  const heading = givenName ? `Welkom, ${escapeHtml(givenName)}` : 'Welkom';
  const municipality =
    typeof claims.municipality === 'string'
      ? `<p>Je gemeente: <strong>${escapeHtml(claims.municipality)}</strong>. Dat is de CBS-code van je gemeente.</p>`
      : '<p>Inwonercloud heeft geen gemeente meegestuurd.</p>';
  const testNotice =
    claims.test_launch === true
      ? '<p class="notice"><strong>Dit is een testlancering.</strong> Inwonercloud opende deze app als test, bijvoorbeeld voor een beoordeling. Een echte app regelt bij een test geen echte zaken, zoals een betaling of een aanvraag.</p>'
      : '';
  return layout({
    title: givenName ? `Welkom, ${givenName}` : 'Welkom',
    platformUrl: options.platformUrl,
    body: `<h1>${heading}</h1>
${testNotice}
<p>Je bent ingelogd in <strong>${escapeHtml(options.appName)}</strong> via Inwonercloud.</p>
${municipality}
<section aria-labelledby="claims-title">
<h2 id="claims-title">Welke gegevens kreeg deze app?</h2>
<p>De app kreeg alleen de gegevens waarvoor je toestemming gaf, en die de app mag vragen. De app heeft de handtekening van Inwonercloud op het token gecontroleerd.</p>
${claimsTable(claims)}
</section>
<section aria-labelledby="token-title">
<h2 id="token-title">Het token zelf</h2>
<p>Het token zelf laat deze app nooit zien. De app schrijft het ook nooit in een logbestand. Je ziet hierboven alleen wat erin staat.</p>
</section>`,
  });
}
