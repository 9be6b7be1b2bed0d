import { CLAIM_IDS } from '../../../../shared/claims.ts';
import type { FieldKey } from './field-key.ts';
import type { DraftFormValues } from './form-values.ts';

/** Every field key the form has a control for, in the order they appear (the summary's order). */
export function knownKeys(values: DraftFormValues): FieldKey[] {
  const claimKeys = CLAIM_IDS.flatMap((id) =>
    values.claims[id].selected
      ? [`claims.${id}`, `claims.${id}.reason.nl`, `claims.${id}.reason.en`, `claims.${id}.required`]
      : [`claims.${id}`],
  );
  const screenshotKeys = values.screenshots.flatMap((_, i) => [
    `screenshots.${i}.src`,
    `screenshots.${i}.alt.nl`,
    `screenshots.${i}.alt.en`,
  ]);
  return [
    'name',
    'tagline.nl',
    'tagline.en',
    'description.nl',
    'description.en',
    'categories',
    'website',
    'icon',
    'claims',
    ...claimKeys,
    'privacyStatementUrl',
    'accessibility.statementUrl',
    'accessibility.status',
    'languages',
    'support.email',
    'support.phone',
    'support.url',
    'support.hours.nl',
    'support.hours.en',
    'cost.model',
    'cost.note.nl',
    'cost.note.en',
    'screenshots',
    ...screenshotKeys,
    'launch.initiateLoginUri',
    'launch.initiateLoginMethod',
    'launch.redirectUris',
    'launch.idTokenSignedResponseAlg',
    'launch.tokenEndpointAuthMethod',
    ...(values.tokenEndpointAuthMethod === 'private_key_jwt'
      ? ['launch.keySource', values.keySource === 'jwksUri' ? 'launch.jwksUri' : 'launch.jwks']
      : []),
    'launch.minimumAssurance',
  ];
}
