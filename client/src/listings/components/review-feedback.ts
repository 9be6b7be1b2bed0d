import { CLAIMS, type ClaimId } from '../../../../shared/claims.ts';
import type { FieldCommentView } from '../../../../shared/schemas/field-feedback.ts';
import type { VendorListingDetail } from '../../../../shared/schemas/vendor.ts';
import { fieldId } from '../draft-form/field-key.ts';
import type { FormMessages } from '../form-messages.ts';
import type { MediaMessages } from '../media-messages.ts';

export interface OpenFeedback {
  versionNumber: number;
  decision: 'request_changes' | 'reject';
  comment: string;
  at: string;
  comments: FieldCommentView[];
}

/**
 * What the reviewers asked of the latest version, while the vendor still has to act on it: the
 * newest version was sent back or rejected (a resubmitted version is being reviewed again).
 */
export function openFeedback(listing: Pick<VendorListingDetail, 'versions'>): OpenFeedback | null {
  const latest = [...listing.versions].sort((a, b) => b.number - a.number)[0];
  if (!latest || (latest.status !== 'changes_requested' && latest.status !== 'rejected')) return null;
  const last = latest.feedback.findLast((f) => f.decision !== 'approve');
  if (!last || last.decision === 'approve') return null;
  return {
    versionNumber: latest.number,
    decision: last.decision,
    comment: last.comment,
    at: last.at,
    comments: last.fieldComments ?? [],
  };
}

/** The control a comment belongs beside; null when it is about a criterion only. */
export function controlIdOf(comment: FieldCommentView): string | null {
  return comment.field ? fieldId(comment.field) : null;
}

/** The label the vendor knows the field by, from the form's own copy. */
export function fieldLabel(
  field: string,
  m: FormMessages,
  localized: (t: { nl: string; en: string }) => string,
  media: MediaMessages,
): string {
  const [head, rest] = [field.split('.')[0], field.split('.').slice(1).join('.')];
  if (head === 'claims' && rest) {
    const claim = CLAIMS[rest as ClaimId];
    return claim ? `${m.claims.legend}: ${localized(claim.label)}` : m.claims.legend;
  }
  const labels: Record<string, string> = {
    name: m.about.name,
    'tagline.nl': m.about.taglineNl,
    'tagline.en': m.about.taglineEn,
    'description.nl': m.about.descriptionNl,
    'description.en': m.about.descriptionEn,
    categories: m.about.categories,
    website: m.about.website,
    icon: media.icon,
    claims: m.claims.legend,
    privacyStatementUrl: m.statements.privacy,
    'accessibility.statementUrl': m.statements.accessibility,
    'accessibility.status': m.statements.status,
    languages: m.support.languages,
    'support.email': m.support.email,
    'support.phone': m.support.phone,
    'support.url': m.support.url,
    'support.hours.nl': m.support.hoursNl,
    'support.hours.en': m.support.hoursEn,
    'cost.model': m.cost.model,
    'cost.note.nl': m.cost.noteNl,
    'cost.note.en': m.cost.noteEn,
    screenshots: media.screenshotsLegend,
    'launch.initiateLoginUri': m.launch.initiateLoginUri,
    'launch.initiateLoginMethod': m.launch.method,
    'launch.redirectUris': m.launch.redirectUris,
    'launch.idTokenSignedResponseAlg': m.launch.alg,
    'launch.tokenEndpointAuthMethod': m.launch.authLegend,
    'launch.jwks': m.launch.jwks,
    'launch.jwksUri': m.launch.jwksUri,
    'launch.minimumAssurance': m.launch.assurance,
  };
  return labels[field] ?? field;
}
