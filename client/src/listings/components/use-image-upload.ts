import { useState } from 'react';
import { ACCEPTED_IMAGE_TYPES, MEDIA_LIMITS, type MediaKind } from '../../../../shared/schemas/media.ts';
import { useMessages } from '../../identity/use-messages.ts';
import { isProblem } from '../../lib/api-problem.ts';
import { uploadListingMedia } from '../media-api.ts';
import { type MediaMessages, mediaMessages } from '../media-messages.ts';

type Refusal = keyof MediaMessages['errors'];

/** The refusal in B1 words, naming the field (the server's codes, decision 100). */
function refusalText(m: MediaMessages, code: Refusal, field: string, kind: MediaKind): string {
  const limits = MEDIA_LIMITS[kind];
  if (code === 'media-size') return m.errors['media-size'](field, limits.maxBytes);
  if (code === 'media-dimensions') return m.errors['media-dimensions'](field, limits.minSide, limits.maxSide);
  return m.errors[code](field);
}

const isRefusal = (code: string | undefined): code is Refusal =>
  code !== undefined && code !== 'failed' && code in mediaMessages.nl.errors;

/**
 * Sends a chosen file to the server, which checks and re-encodes it; type and size are checked here
 * first, so a wrong file is named at once. `field` is the label an error starts with.
 */
export function useImageUpload(
  listingId: string,
  kind: MediaKind,
  field: string,
  onUploaded: (src: string) => void,
) {
  const m = useMessages(mediaMessages);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Refusal | 'failed' | null>(null);

  const choose = async (file: File) => {
    setError(null);
    if (file.type && !(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type)) {
      setError('media-type');
      return false;
    }
    if (file.size > MEDIA_LIMITS[kind].maxBytes) {
      setError('media-size');
      return false;
    }
    setBusy(true);
    try {
      const stored = await uploadListingMedia(listingId, kind, file);
      onUploaded(stored.src);
      return true;
    } catch (problem) {
      setError(isProblem(problem) && isRefusal(problem.code) ? problem.code : 'failed');
      return false;
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    error: error === null ? undefined : refusalText(m, error, field, kind),
    clearError: () => setError(null),
    choose,
  };
}
