/**
 * Assurance levels of a sign-in, as eIDAS levels of assurance (LoA). The NL GOV Assurance
 * profile for OIDC carries them as these URIs in `acr` / `acr_values`; DigiD "Basis" is low,
 * "Midden" and "Substantieel" substantial, "Hoog" high (docs/decisions/021).
 */
// Without zod, so the storefront's first load can use it (its schema: shared/schemas/assurance.ts).
export const ASSURANCE_LEVELS = ['low', 'substantial', 'high'] as const;
export type AssuranceLevel = (typeof ASSURANCE_LEVELS)[number];

export const EIDAS_LOA_URI: Record<AssuranceLevel, string> = {
  low: 'http://eidas.europa.eu/LoA/low',
  substantial: 'http://eidas.europa.eu/LoA/substantial',
  high: 'http://eidas.europa.eu/LoA/high',
};

/** SAML authentication context classes DigiD brokers often pass on as `acr`. */
const DIGID_CONTEXT_CLASSES: Record<string, AssuranceLevel> = {
  'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport': 'low',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract': 'substantial',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard': 'substantial',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI': 'high',
};

/** The level an upstream `acr` stands for; an unknown or missing value counts as nothing (null). */
export function assuranceOf(acr: unknown): AssuranceLevel | null {
  if (typeof acr !== 'string') return null;
  for (const level of ASSURANCE_LEVELS) if (EIDAS_LOA_URI[level] === acr) return level;
  return DIGID_CONTEXT_CLASSES[acr] ?? null;
}

/** Whether `actual` is at least `required` (no requirement is always met). */
export function meetsAssurance(actual: AssuranceLevel | null, required: AssuranceLevel | undefined): boolean {
  if (!required) return true;
  if (!actual) return false;
  return ASSURANCE_LEVELS.indexOf(actual) >= ASSURANCE_LEVELS.indexOf(required);
}
