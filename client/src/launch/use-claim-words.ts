import { useCallback } from 'react';
import { CLAIMS, type ClaimId } from '../../../shared/claims.ts';
import { useLocale } from '../i18n/i18n-provider.tsx';

/** Claims as a sentence of their labels ("Voornaam en E-mailadres"), or null when there are none. */
export function useClaimWords(): (claims: ClaimId[]) => string | null {
  const { locale } = useLocale();
  return useCallback(
    (claims: ClaimId[]) => {
      if (claims.length === 0) return null;
      const labels = claims.map((claim) => CLAIMS[claim].label[locale]);
      return new Intl.ListFormat(locale, { type: 'conjunction' }).format(labels);
    },
    [locale],
  );
}
