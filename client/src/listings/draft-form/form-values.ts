import type { CategoryId } from '../../../../shared/categories.ts';
import { CLAIM_IDS, type ClaimId } from '../../../../shared/claims.ts';
import type { ListingDraft } from '../../../../shared/schemas/listing.ts';

export type CostModel = ListingDraft['cost']['model'];
export type AccessibilityStatus = ListingDraft['accessibility']['status'];
export type SigningAlg = ListingDraft['launch']['idTokenSignedResponseAlg'];
export type LoginMethod = ListingDraft['launch']['initiateLoginMethod'];
export type AuthMethod = NonNullable<ListingDraft['launch']['tokenEndpointAuthMethod']>;
export type KeySource = 'jwks' | 'jwksUri';
export type MinimumAssurance = NonNullable<ListingDraft['launch']['minimumAssurance']> | '';

export interface ClaimValues {
  selected: boolean;
  reasonNl: string;
  reasonEn: string;
  required: boolean;
}

export interface ScreenshotValues {
  /** Keeps a row's identity (and focus) when a row above it is removed. */
  key: string;
  src: string;
  altNl: string;
  altEn: string;
}

/**
 * What the form holds while someone types: plain strings and booleans, close to the controls.
 * `to-draft.ts` turns it into the ListingDraftSchema shape; the schema itself stays the judge.
 */
export interface DraftFormValues {
  name: string;
  taglineNl: string;
  taglineEn: string;
  descriptionNl: string;
  descriptionEn: string;
  categories: CategoryId[];
  website: string;
  icon: string;
  claims: Record<ClaimId, ClaimValues>;
  privacyStatementUrl: string;
  accessibilityStatementUrl: string;
  accessibilityStatus: AccessibilityStatus;
  /** ISO 639-1 codes separated by commas. */
  languages: string;
  supportEmail: string;
  supportPhone: string;
  supportUrl: string;
  supportHoursNl: string;
  supportHoursEn: string;
  costModel: CostModel;
  costNoteNl: string;
  costNoteEn: string;
  screenshots: ScreenshotValues[];
  initiateLoginUri: string;
  initiateLoginMethod: LoginMethod;
  /** One URL per line. */
  redirectUris: string;
  idTokenSignedResponseAlg: SigningAlg;
  /** How the app authenticates at the token endpoint (NL GOV: private_key_jwt; a secret deviates). */
  tokenEndpointAuthMethod: AuthMethod;
  /** With private_key_jwt: keys pasted here, or fetched from the app's jwks_uri. */
  keySource: KeySource;
  /** The pasted JWKS as JSON text. */
  jwks: string;
  jwksUri: string;
  /** '' is no minimum. */
  minimumAssurance: MinimumAssurance;
}

let nextKey = 0;
export function newScreenshotKey(): string {
  nextKey += 1;
  return `screenshot-${nextKey}`;
}

// A claim starts optional: the vendor must decide that the app cannot work without it, since
// data minimisation is a review criterion (issue 11 item 7).
function emptyClaims(): Record<ClaimId, ClaimValues> {
  return Object.fromEntries(
    CLAIM_IDS.map((id) => [id, { selected: false, reasonNl: '', reasonEn: '', required: false }]),
  ) as Record<ClaimId, ClaimValues>;
}

export function emptyFormValues(): DraftFormValues {
  return {
    name: '',
    taglineNl: '',
    taglineEn: '',
    descriptionNl: '',
    descriptionEn: '',
    categories: [],
    website: '',
    icon: '',
    claims: emptyClaims(),
    privacyStatementUrl: '',
    accessibilityStatementUrl: '',
    accessibilityStatus: 'A',
    languages: 'nl',
    supportEmail: '',
    supportPhone: '',
    supportUrl: '',
    supportHoursNl: '',
    supportHoursEn: '',
    costModel: 'free',
    costNoteNl: '',
    costNoteEn: '',
    screenshots: [],
    initiateLoginUri: '',
    initiateLoginMethod: 'GET',
    redirectUris: '',
    idTokenSignedResponseAlg: 'RS256',
    tokenEndpointAuthMethod: 'client_secret_basic',
    keySource: 'jwks',
    jwks: '',
    jwksUri: '',
    minimumAssurance: '',
  };
}

export function formValuesFromDraft(draft: ListingDraft): DraftFormValues {
  const claims = emptyClaims();
  for (const request of draft.claims) {
    claims[request.claim] = {
      selected: true,
      reasonNl: request.reason.nl,
      reasonEn: request.reason.en,
      required: request.required,
    };
  }
  return {
    name: draft.name,
    taglineNl: draft.tagline.nl,
    taglineEn: draft.tagline.en,
    descriptionNl: draft.description.nl,
    descriptionEn: draft.description.en,
    categories: [...draft.categories],
    website: draft.website,
    icon: draft.icon ?? '',
    claims,
    privacyStatementUrl: draft.privacyStatementUrl,
    accessibilityStatementUrl: draft.accessibility.statementUrl,
    accessibilityStatus: draft.accessibility.status,
    languages: draft.languages.join(', '),
    supportEmail: draft.support.email,
    supportPhone: draft.support.phone ?? '',
    supportUrl: draft.support.url ?? '',
    supportHoursNl: draft.support.hours?.nl ?? '',
    supportHoursEn: draft.support.hours?.en ?? '',
    costModel: draft.cost.model,
    costNoteNl: draft.cost.note?.nl ?? '',
    costNoteEn: draft.cost.note?.en ?? '',
    screenshots: draft.screenshots.map((shot) => ({
      key: newScreenshotKey(),
      src: shot.src,
      altNl: shot.alt.nl,
      altEn: shot.alt.en,
    })),
    initiateLoginUri: draft.launch.initiateLoginUri,
    initiateLoginMethod: draft.launch.initiateLoginMethod,
    redirectUris: draft.launch.redirectUris.join('\n'),
    idTokenSignedResponseAlg: draft.launch.idTokenSignedResponseAlg,
    // A draft stored before the method was part of it used a client secret (client-credentials.ts).
    tokenEndpointAuthMethod: draft.launch.tokenEndpointAuthMethod ?? 'client_secret_basic',
    keySource: draft.launch.jwksUri ? 'jwksUri' : 'jwks',
    jwks: draft.launch.jwks ? JSON.stringify(draft.launch.jwks, null, 2) : '',
    jwksUri: draft.launch.jwksUri ?? '',
    minimumAssurance: draft.launch.minimumAssurance ?? '',
  };
}
