import { type MediaKind, type MediaUploaded, MediaUploadedSchema } from '../../../shared/schemas/media.ts';
import { ApiProblem, segment } from '../lib/api-problem.ts';
import { readProblem } from '../lib/http.ts';

/**
 * Uploads an image file as it is (its own image/* type), not as JSON. The server decides by the
 * content what it is, re-encodes it and answers the path the draft then shows.
 */
export async function uploadListingMedia(
  listingId: string,
  kind: MediaKind,
  file: Blob,
): Promise<MediaUploaded> {
  const url = new URL(`/api/v1/vendor/listings/${segment(listingId)}/media`, window.location.origin);
  url.searchParams.set('kind', kind);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': file.type.startsWith('image/') ? file.type : 'image/png',
      accept: 'application/json, application/problem+json',
    },
    credentials: 'same-origin',
    body: file,
  });
  if (!response.ok) throw new ApiProblem(response.status, await readProblem(response));
  return MediaUploadedSchema.parse(await response.json());
}
