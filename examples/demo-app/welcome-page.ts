import type { IDToken, JsonValue } from 'openid-client';
import { escapeHtml, layout } from './html.ts';

export type Locale = 'nl' | 'en';

/**
 * `?lang=` wins; otherwise the resident's language from the `locale` claim when they shared it;
 * Dutch by default, as on Inwonercloud itself.
 */
export function chooseLocale(query: string | undefined, localeClaim: unknown): Locale {
  if (query === 'nl' || query === 'en') return query;
  if (typeof localeClaim === 'string' && localeClaim.toLowerCase().startsWith('en')) return 'en';
  return 'nl';
}

/** What each claim means, in B1 Dutch and in English, so residents and vendors can read the table. */
const CLAIM_MEANINGS: Record<Locale, Record<string, string>> = {
  nl: {
    iss: 'Wie het token maakte (Inwonercloud)',
    aud: 'Voor welke app het token is (de client id)',
    azp: 'Aan welke app het token is gegeven',
    sub: 'Een vaste schuilnaam voor jou. Elke app krijgt een andere.',
    iat: 'Wanneer het token is gemaakt',
    exp: 'Tot wanneer het token geldig is (hoogstens 5 minuten)',
    nbf: 'Vanaf wanneer het token geldig is',
    acr: 'Hoe zeker het is dat jij het bent: het niveau waarop je met DigiD inlogde',
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
  },
  en: {
    iss: 'Who made the token (Inwonercloud)',
    aud: 'Which app the token is for (the client id)',
    azp: 'Which app the token was given to',
    sub: 'A fixed pseudonym for you. Every app gets a different one.',
    iat: 'When the token was made',
    exp: 'Until when the token is valid (at most 5 minutes)',
    nbf: 'From when the token is valid',
    acr: 'How sure it is that it is you: the level at which you signed in with DigiD',
    auth_time: 'When you signed in to Inwonercloud',
    nonce: 'A one-time code this app sent along itself',
    jti: 'The unique number of this token',
    at_hash: 'A check value, no data about you',
    sid: 'The number of your sign-in session at Inwonercloud',
    municipality: 'Your municipality (CBS code)',
    test_launch: 'Whether this is a test',
    given_name: 'First name',
    family_name: 'Last name',
    birthdate: 'Date of birth',
    age_over_18: 'Older than 18',
    age_over_65: 'Older than 65',
    email: 'Email address',
    phone_number: 'Phone number',
    address: 'Address',
    locale: 'Language',
  },
};

const ADDRESS_PARTS: Record<Locale, Record<string, string>> = {
  nl: {
    formatted: 'Volledig adres',
    street_address: 'Straat en huisnummer',
    postal_code: 'Postcode',
    locality: 'Plaats',
    region: 'Provincie',
    country: 'Land',
  },
  en: {
    formatted: 'Full address',
    street_address: 'Street and number',
    postal_code: 'Postcode',
    locality: 'Town',
    region: 'Province',
    country: 'Country',
  },
};

const TEXT = {
  nl: {
    welcome: 'Welkom',
    yes: 'ja',
    no: 'nee',
    other: 'Ander gegeven',
    caption: 'Alle gegevens (claims) in het token',
    claim: 'Claim',
    meaning: 'Betekenis',
    value: 'Waarde',
    municipality: (code: string) =>
      `<p>Je gemeente: <strong>${code}</strong>. Dat is de CBS-code van je gemeente.</p>`,
    noMunicipality: '<p>Inwonercloud heeft geen gemeente meegestuurd.</p>',
    test: '<p class="notice"><strong>Dit is een testlancering.</strong> Inwonercloud opende deze app als test, bijvoorbeeld voor een beoordeling. Een echte app regelt bij een test geen echte zaken, zoals een betaling of een aanvraag.</p>',
    signedIn: (app: string) => `<p>Je bent ingelogd in <strong>${app}</strong> via Inwonercloud.</p>`,
    claimsTitle: 'Welke gegevens kreeg deze app?',
    claimsText:
      'De app kreeg alleen de gegevens waarvoor je toestemming gaf, en die de app mag vragen. De app heeft de handtekening van Inwonercloud op het token gecontroleerd.',
    tokenTitle: 'Het token zelf',
    tokenText:
      'Het token zelf laat deze app nooit zien. De app schrijft het ook nooit in een logbestand. Je ziet hierboven alleen wat erin staat.',
    switchTo: { label: 'English', lang: 'en' as const },
  },
  en: {
    welcome: 'Welcome',
    yes: 'yes',
    no: 'no',
    other: 'Other data',
    caption: 'All data (claims) in the token',
    claim: 'Claim',
    meaning: 'Meaning',
    value: 'Value',
    municipality: (code: string) =>
      `<p>Your municipality: <strong>${code}</strong>. That is the CBS code of your municipality.</p>`,
    noMunicipality: '<p>Inwonercloud did not send a municipality.</p>',
    test: '<p class="notice"><strong>This is a test launch.</strong> Inwonercloud opened this app as a test, for example for a review. A real app arranges nothing real during a test, such as a payment or an application.</p>',
    signedIn: (app: string) => `<p>You are signed in to <strong>${app}</strong> through Inwonercloud.</p>`,
    claimsTitle: 'Which data did this app receive?',
    claimsText:
      'The app received only the data you agreed to share and that the app may ask for. The app checked the signature of Inwonercloud on the token.',
    tokenTitle: 'The token itself',
    tokenText:
      'This app never shows the token itself. It never writes it to a log file either. Above you only see what is in it.',
    switchTo: { label: 'Nederlands', lang: 'nl' as const },
  },
};

const TIME_CLAIMS = new Set(['iat', 'exp', 'auth_time', 'nbf']);

const dateTimes: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'long',
    timeStyle: 'medium',
    timeZone: 'Europe/Amsterdam',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'medium',
    timeZone: 'Europe/Amsterdam',
  }),
};

function formatScalar(value: JsonValue, locale: Locale = 'nl'): string {
  if (value === true) return `${TEXT[locale].yes} (<code>true</code>)`;
  if (value === false) return `${TEXT[locale].no} (<code>false</code>)`;
  if (value === null) return '<code>null</code>';
  if (typeof value === 'object') return `<code>${escapeHtml(JSON.stringify(value))}</code>`;
  return escapeHtml(value);
}

function formatAddress(address: Record<string, JsonValue | undefined>, locale: Locale): string {
  const rows = Object.entries(address)
    .filter((entry): entry is [string, JsonValue] => entry[1] !== undefined)
    .map(([part, value]) => {
      const label = Object.hasOwn(ADDRESS_PARTS[locale], part) ? ADDRESS_PARTS[locale][part] : part;
      const text = part === 'formatted' && typeof value === 'string' ? value.replaceAll('\n', ', ') : value;
      return `<dt>${escapeHtml(label)} <code>${escapeHtml(part)}</code></dt><dd>${formatScalar(text, locale)}</dd>`;
    })
    .join('');
  return `<dl class="address">${rows}</dl>`;
}

function formatClaim(name: string, value: JsonValue, locale: Locale): string {
  if (TIME_CLAIMS.has(name) && typeof value === 'number') {
    return `${escapeHtml(dateTimes[locale].format(new Date(value * 1000)))} <span class="muted">(<code>${escapeHtml(value)}</code>)</span>`;
  }
  if (name === 'address' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return formatAddress(value, locale);
  }
  if (Array.isArray(value)) return value.map((v) => formatScalar(v, locale)).join(', ');
  return formatScalar(value, locale);
}

function claimsTable(claims: IDToken, locale: Locale): string {
  const t = TEXT[locale];
  const rows = Object.entries(claims)
    .filter((entry): entry is [string, JsonValue] => entry[1] !== undefined)
    .map(([name, value]) => {
      const meanings = CLAIM_MEANINGS[locale];
      const meaning = Object.hasOwn(meanings, name) ? meanings[name] : t.other;
      return `<tr><th scope="row"><code>${escapeHtml(name)}</code></th><td>${escapeHtml(meaning)}</td><td>${formatClaim(name, value, locale)}</td></tr>`;
    })
    .join('\n');
  return `<table class="claims">
<caption>${t.caption}</caption>
<thead><tr><th scope="col">${t.claim}</th><th scope="col">${t.meaning}</th><th scope="col">${t.value}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

/** The welcome page in Dutch or English, with a link to the other language. */
export function welcomePage(options: {
  appName: string;
  claims: IDToken;
  platformUrl: string;
  locale?: Locale;
  /** This page's path, for the link to the other language. */
  path?: string;
}): string {
  const { claims } = options;
  const locale = options.locale ?? 'nl';
  const t = TEXT[locale];
  const givenName =
    typeof claims.given_name === 'string' && claims.given_name.trim() ? claims.given_name : undefined;
  const heading = givenName ? `${t.welcome}, ${escapeHtml(givenName)}` : t.welcome;
  const municipality =
    typeof claims.municipality === 'string'
      ? t.municipality(escapeHtml(claims.municipality))
      : t.noMunicipality;
  const testNotice = claims.test_launch === true ? t.test : '';
  return layout({
    title: givenName ? `${t.welcome}, ${givenName}` : t.welcome,
    platformUrl: options.platformUrl,
    lang: locale,
    ...(options.path
      ? {
          otherLanguage: {
            href: `${options.path}?lang=${t.switchTo.lang}`,
            label: t.switchTo.label,
            lang: t.switchTo.lang,
          },
        }
      : {}),
    body: `<h1>${heading}</h1>
${testNotice}
${t.signedIn(escapeHtml(options.appName))}
${municipality}
<section aria-labelledby="claims-title">
<h2 id="claims-title">${t.claimsTitle}</h2>
<p>${t.claimsText}</p>
${claimsTable(claims, locale)}
</section>
<section aria-labelledby="token-title">
<h2 id="token-title">${t.tokenTitle}</h2>
<p>${t.tokenText}</p>
</section>`,
  });
}
