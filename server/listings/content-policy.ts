import { nameKey } from '../../shared/safe-text.ts';
import type { ListingDraft } from '../../shared/schemas/listing.ts';
import { type FieldError, ValidationError } from '../http/errors.ts';
import type { ListingRepository } from './listing.repository.ts';

/** `/media/<dir>/...`: the directory of the listing the files belong to (its slug). */
const mediaDirectory = (src: string) => src.split('/')[2] ?? '';

/**
 * A listing may show only media of its own organisation's listings: another vendor's icon or
 * screenshots would let it pass itself off as that app (issue 9, decision 082).
 */
export function mediaErrors(draft: ListingDraft, ownSlugs: ReadonlySet<string>): FieldError[] {
  const paths: [string, string][] = [
    ...(draft.icon ? [['draft.icon', draft.icon] as [string, string]] : []),
    ...draft.screenshots.map((s, i): [string, string] => [`draft.screenshots.${i}.src`, s.src]),
  ];
  return paths
    .filter(([, src]) => !ownSlugs.has(mediaDirectory(src)))
    .map(([field]) => ({
      in: 'body' as const,
      field,
      message: "must be one of your own listings' media files",
    }));
}

/** Another app may not go by the same name, whatever its case, accents, spaces or punctuation. */
export async function nameErrors(
  listings: ListingRepository,
  draft: ListingDraft,
  listingId: string | null,
): Promise<FieldError[]> {
  const holder = await listings.nameHolder(nameKey(draft.name), listingId);
  return holder ? [{ in: 'body', field: 'draft.name', message: 'another app already has this name' }] : [];
}

export function throwIfAny(errors: FieldError[]): void {
  if (errors.length > 0) throw new ValidationError(errors);
}
