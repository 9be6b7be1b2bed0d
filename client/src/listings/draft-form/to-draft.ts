import { CLAIM_IDS, type ClaimId } from '../../../../shared/claims.ts';
import type { ListingDraftInput } from '../../../../shared/schemas/listing.ts';
import type { DraftFormValues } from './form-values.ts';

export interface DraftCandidate {
  input: ListingDraftInput;
  /** Which claim sits at which index of `input.claims`, to map `claims.2.reason` back to a field. */
  claimOrder: ClaimId[];
}

/**
 * The form's values in the shape of ListingDraftSchema. It only reshapes: an empty optional
 * field is left out, and everything else goes to the schema as typed, so the schema decides.
 */
export function toDraftCandidate(values: DraftFormValues): DraftCandidate {
  const claimOrder = CLAIM_IDS.filter((id) => values.claims[id].selected);
  const input: ListingDraftInput = {
    name: values.name,
    tagline: { nl: values.taglineNl, en: values.taglineEn },
    description: { nl: values.descriptionNl, en: values.descriptionEn },
    categories: values.categories,
    website: values.website.trim(),
    ...optional('icon', values.icon.trim()),
    claims: claimOrder.map((id) => {
      const claim = values.claims[id];
      return { claim: id, reason: { nl: claim.reasonNl, en: claim.reasonEn }, required: claim.required };
    }),
    privacyStatementUrl: values.privacyStatementUrl.trim(),
    accessibility: {
      statementUrl: values.accessibilityStatementUrl.trim(),
      status: values.accessibilityStatus,
    },
    languages: splitList(values.languages, /,/).map((code) => code.toLowerCase()),
    support: {
      email: values.supportEmail.trim(),
      ...optional('phone', values.supportPhone.trim()),
      ...optional('url', values.supportUrl.trim()),
      ...optionalText('hours', values.supportHoursNl, values.supportHoursEn),
    },
    cost: { model: values.costModel, ...optionalText('note', values.costNoteNl, values.costNoteEn) },
    screenshots: values.screenshots.map((shot) => ({
      src: shot.src.trim(),
      alt: { nl: shot.altNl, en: shot.altEn },
    })),
    launch: {
      initiateLoginUri: values.initiateLoginUri.trim(),
      initiateLoginMethod: values.initiateLoginMethod,
      redirectUris: splitList(values.redirectUris, /\r?\n/),
      idTokenSignedResponseAlg: values.idTokenSignedResponseAlg,
      tokenEndpointAuthMethod: values.tokenEndpointAuthMethod,
      ...launchKeys(values),
      ...(values.minimumAssurance ? { minimumAssurance: values.minimumAssurance } : {}),
    },
  };
  return { input, claimOrder };
}

/**
 * The app's public keys, only with private_key_jwt, from the one source the vendor chose. Text
 * that is not JSON goes to the schema as text, so the schema refuses it at `launch.jwks`.
 */
function launchKeys(values: DraftFormValues): Pick<ListingDraftInput['launch'], 'jwks' | 'jwksUri'> {
  if (values.tokenEndpointAuthMethod !== 'private_key_jwt') return {};
  if (values.keySource === 'jwksUri') return { jwksUri: values.jwksUri.trim() };
  let jwks: unknown = values.jwks.trim();
  try {
    jwks = JSON.parse(values.jwks);
  } catch {
    // Left as text: refused by the schema with the JWKS hint.
  }
  return { jwks: jwks as ListingDraftInput['launch']['jwks'] };
}

function splitList(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** A `{nl, en}` pair that may be left out: out when both are empty, in (and checked) otherwise. */
function optionalText<K extends string>(
  key: K,
  nl: string,
  en: string,
): Partial<Record<K, { nl: string; en: string }>> {
  return nl.trim() || en.trim() ? ({ [key]: { nl, en } } as Record<K, { nl: string; en: string }>) : {};
}
