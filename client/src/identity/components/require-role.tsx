import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { Alert } from '../../ui/alert.tsx';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { identityMessages } from '../messages.ts';
import { hasRole, type Role } from '../roles.ts';
import { useSession } from '../session-provider.tsx';
import { useMessages } from '../use-messages.ts';

/**
 * Shows its children only to someone with the role. Everyone else gets a page of its own (with
 * an h1) saying which role is needed and a link to sign in that comes back here afterwards.
 * The server checks every request too: this is for people, not for security.
 */
export function RequireRole({ requires, children }: { requires: Role; children: ReactNode }) {
  const m = useMessages(identityMessages);
  const { session, status } = useSession();

  if (status === 'error' && !session) {
    return <Gate title={m.requireRole.signInTitle} text={m.requireRole.sessionError} showLink={false} />;
  }
  if (!session) {
    return (
      <Paragraph role="status" className="ic-loading">
        {m.requireRole.loading}
      </Paragraph>
    );
  }
  const roleName = m.roleNames[requires];
  if (!session.user) {
    return <Gate title={m.requireRole.signInTitle} text={m.requireRole.signInText(roleName)} showLink />;
  }
  if (!hasRole(session.roles, requires)) {
    return (
      <Gate title={m.requireRole.wrongRoleTitle} text={m.requireRole.wrongRoleText(roleName)} showLink />
    );
  }
  return <>{children}</>;
}

function Gate({ title, text, showLink }: { title: string; text: string; showLink: boolean }) {
  const m = useMessages(identityMessages).requireRole;
  const location = useLocation();
  usePageTitle(title);
  const back = `${location.pathname}${location.search}`;
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Alert type="info">
        <Paragraph>{text}</Paragraph>
      </Alert>
      {showLink && (
        <Paragraph>
          <RouteLink to={`/inloggen?terug=${encodeURIComponent(back)}`}>{m.signInLink}</RouteLink>
        </Paragraph>
      )}
    </>
  );
}
