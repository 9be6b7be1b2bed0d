import type { StaffRefusal } from '../onboarding/staff-access.service.ts';

export type SignInRefusal =
  | 'return-to'
  | 'flow-missing'
  | 'state'
  | 'issuer'
  | 'nonce'
  | 'provider-error'
  | 'invalid-response'
  | 'email-unverified'
  | StaffRefusal;

/** What went wrong, in B1 Dutch first and English second; never the provider's own words or any claim. */
export const REFUSALS: Record<SignInRefusal, { nl: string; en: string }> = {
  'return-to': {
    nl: 'Het adres om na het inloggen naar terug te gaan hoort niet bij Inwonercloud. Begin opnieuw vanaf de website.',
    en: 'The address to return to after signing in is not part of Inwonercloud. Start again from the website.',
  },
  'flow-missing': {
    nl: 'Deze inlogpoging is verlopen of al gebruikt. Begin opnieuw met inloggen.',
    en: 'This sign-in attempt has expired or was used already. Start signing in again.',
  },
  state: {
    nl: 'Deze inlogpoging hoort niet bij deze browser. Begin opnieuw met inloggen.',
    en: 'This sign-in attempt does not belong to this browser. Start signing in again.',
  },
  issuer: {
    nl: 'Het antwoord kwam van een andere inlogdienst dan verwacht. Begin opnieuw met inloggen.',
    en: 'The answer came from another sign-in service than expected. Start signing in again.',
  },
  nonce: {
    nl: 'Het antwoord van de inlogdienst hoort niet bij deze inlogpoging. Begin opnieuw met inloggen.',
    en: 'The answer of the sign-in service does not belong to this sign-in attempt. Start signing in again.',
  },
  'provider-error': {
    nl: 'Inloggen is afgebroken of niet gelukt bij de inlogdienst. Probeer het opnieuw.',
    en: 'Signing in was cancelled or failed at the sign-in service. Try again.',
  },
  'invalid-response': {
    nl: 'Het antwoord van de inlogdienst klopte niet of was al gebruikt. Begin opnieuw met inloggen.',
    en: 'The answer of the sign-in service was not valid or was used already. Start signing in again.',
  },
  'email-unverified': {
    nl: 'Uw e-mailadres is niet bevestigd bij uw organisatie. Daarom kunt u hier niet inloggen. Vraag uw eigen beheerder om hulp.',
    en: 'Your e-mail address is not verified by your organisation, so you cannot sign in here. Ask your own administrator for help.',
  },
  'no-invitation': {
    nl: 'U heeft nog geen toegang. Vraag een beheerder van Inwonercloud om u uit te nodigen op dit e-mailadres.',
    en: 'You have no access yet. Ask an Inwonercloud administrator to invite you at this e-mail address.',
  },
  'invitation-expired': {
    nl: 'Uw uitnodiging is verlopen. Een uitnodiging is 7 dagen geldig. Vraag om een nieuwe uitnodiging.',
    en: 'Your invitation has expired. An invitation is valid for 7 days. Ask for a new invitation.',
  },
  'invitation-used': {
    nl: 'Deze uitnodiging is al gebruikt door een ander account. Vraag om een nieuwe uitnodiging.',
    en: 'This invitation was used already by another account. Ask for a new invitation.',
  },
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain page (no script, no inline style, so the strict CSP holds) that says why and where to go. */
export function refusalPage(reason: SignInRefusal): string {
  const text = REFUSALS[reason];
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inloggen is niet gelukt - Inwonercloud</title></head>
<body><main>
<h1>Inloggen is niet gelukt</h1>
<p id="reason" data-reason="${escapeHtml(reason)}">${escapeHtml(text.nl)}</p>
<p lang="en">${escapeHtml(text.en)}</p>
<p><a href="/inloggen">Terug naar inloggen</a> · <a href="/">Naar de startpagina</a></p>
</main></body></html>`;
}
