import type { Locale } from '../../../shared/schemas/common.ts';
import { useLocale } from '../i18n/i18n-provider.tsx';

/** Picks a folder's own messages (`{nl, en}`) for the language the storefront shows. */
export function useMessages<M>(messages: Record<Locale, M>): M {
  return messages[useLocale().locale];
}
