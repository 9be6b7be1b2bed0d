import { useEffect } from 'react';

/**
 * Runs `reset` when the browser shows this page again from its back-forward cache. After a
 * launch the page is left mid-"Bezig met openen…"; coming back must give a usable button.
 */
export function useBackRestore(reset: () => void): void {
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) reset();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [reset]);
}
