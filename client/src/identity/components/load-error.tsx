import { isProblem } from '../../lib/api-problem.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { identityMessages } from '../messages.ts';
import { useMessages } from '../use-messages.ts';

/** A calm B1 message for data that did not load; never the technical problem itself. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const m = useMessages(identityMessages).load;
  if (isProblem(error, 401)) {
    return (
      <Alert type="warning">
        <Paragraph>{m.unauthenticated}</Paragraph>
        <Paragraph>
          <RouteLink to="/inloggen">{m.signInAgain}</RouteLink>
        </Paragraph>
      </Alert>
    );
  }
  const text = isProblem(error, 403) ? m.forbidden : isProblem(error, 404) ? m.notFound : m.failed;
  return (
    <Alert type="error">
      <Paragraph>{text}</Paragraph>
      {onRetry && <Button onClick={onRetry}>{m.retry}</Button>}
    </Alert>
  );
}

export function Loading() {
  const m = useMessages(identityMessages).load;
  return (
    <Paragraph role="status" className="ic-loading">
      {m.loading}
    </Paragraph>
  );
}
