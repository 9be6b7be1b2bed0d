import type { ConsentHistoryEntry } from '../../../../shared/schemas/launch.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { formatDateTime } from '../../lib/format-date.ts';
import type { ResourceHandle } from '../../lib/use-resource.ts';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { useClaimWords } from '../use-claim-words.ts';
import { useLaunchPageMessages } from '../use-launch-page-messages.ts';

/** The resident's own record of consents given and revoked (issue 9): only they see it. */
export function ConsentHistory({ history }: { history: ResourceHandle<ConsentHistoryEntry[]> }) {
  const m = useLaunchPageMessages().myApps;
  const { locale } = useLocale();
  const claimWords = useClaimWords();
  return (
    <section aria-labelledby="consent-history-heading">
      <Heading level={2} id="consent-history-heading">
        {m.historyTitle}
      </Heading>
      <Paragraph>{m.historyIntro}</Paragraph>
      {history.state.status === 'loading' && <Loading />}
      {history.state.status === 'error' && <LoadError error={history.state.error} onRetry={history.reload} />}
      {history.state.status === 'ready' &&
        (history.state.data.length === 0 ? (
          <Paragraph>{m.historyEmpty}</Paragraph>
        ) : (
          <ul className="ic-consent-history">
            {history.state.data.map((entry) => (
              <li key={`${entry.at}-${entry.slug}-${entry.action}`}>
                <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>:{' '}
                {entry.action === 'given'
                  ? m.historyGiven(entry.name, claimWords(entry.claims) ?? m.nothing)
                  : m.historyRevoked(entry.name)}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
