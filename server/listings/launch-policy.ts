import { isLoopbackUrl, type ListingDraft } from '../../shared/schemas/listing.ts';
import { ValidationError } from '../http/errors.ts';

/**
 * Loopback launch URLs (http://localhost) are only for the demo (DESIGN.md "Launch"): with demo
 * sign-in off, every launch URL must be https.
 */
export function assertLaunchUrlsAllowed(draft: ListingDraft, allowLoopback: boolean, prefix = 'draft'): void {
  if (allowLoopback) return;
  const urls: [string, string][] = [
    [`${prefix}.launch.initiateLoginUri`, draft.launch.initiateLoginUri],
    ...draft.launch.redirectUris.map((uri, i): [string, string] => [
      `${prefix}.launch.redirectUris.${i}`,
      uri,
    ]),
  ];
  const errors = urls
    .filter(([, url]) => isLoopbackUrl(url) || !url.startsWith('https:'))
    .map(([field]) => ({ in: 'body' as const, field, message: 'must be an https URL' }));
  if (errors.length > 0) throw new ValidationError(errors);
}
