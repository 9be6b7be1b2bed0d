import { hasRole } from '../../identity/roles.ts';
import { useSession } from '../../identity/session-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';

// Its own two lines of copy: the review messages would add the whole workspace's text to every
// resident's app page.
const messages = {
  nl: { suspendThis: 'Deze app opschorten (voor beoordelaars)' },
  en: { suspendThis: 'Suspend this app (for reviewers)' },
};

/**
 * On a public app page, for reviewers only: suspend this app (issue 11 item 9). It opens the
 * suspension form with the app chosen, which asks the reason and a confirmation. Nothing renders
 * for anyone else, nor on the server (the session is known only in the browser).
 */
export function ReviewerAppActions({ slug }: { slug: string }) {
  const m = useMessages(messages);
  const { session } = useSession();
  if (!session || !hasRole(session.roles, 'reviewer')) return null;
  return (
    <Paragraph className="ic-reviewer-actions">
      <RouteLink to={`/beoordelen/opgeschort?app=${encodeURIComponent(slug)}`}>{m.suspendThis}</RouteLink>
    </Paragraph>
  );
}
