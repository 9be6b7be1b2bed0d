import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { identityMessages } from '../messages.ts';
import { useSession } from '../session-provider.tsx';
import { useMessages } from '../use-messages.ts';
import { ActingForChooser } from './acting-for-chooser.tsx';

const NOTIFICATIONS_LINK = { nl: 'Meldingen', en: 'Notifications' } as const;

/** For the header: who is signed in and a way out, or a way in. */
export function UserMenu() {
  const m = useMessages(identityMessages).userMenu;
  const { locale } = useLocale();
  const { session, status, signOut } = useSession();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  // Nothing until the session is known, so "Inloggen" never flashes for someone signed in.
  if (!session && status !== 'error') return null;

  if (!session?.user) {
    return (
      <div className="ic-user-menu">
        <RouteLink to="/inloggen">{m.signIn}</RouteLink>
      </div>
    );
  }

  const handleSignOut = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await signOut();
      navigate('/');
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ic-user-menu" aria-label={m.label}>
      <span className="ic-user-menu__name">{m.signedIn(session.user.displayName)}</span> <ActingForChooser />
      {/* In-app notifications (issue 12); a plain link, so the header makes no extra request. */}
      <RouteLink to="/meldingen">{NOTIFICATIONS_LINK[locale]}</RouteLink>{' '}
      {session.upstreamSignOut ? (
        // A real form post: the server ends the session here and sends the browser on to end it at
        // DigiD or the staff provider too, without the ID token ever reaching a script (decision 026).
        <form method="post" action="/auth/sign-out" className="ic-user-menu__sign-out">
          <Button appearance="subtle" type="submit">
            {m.signOut}
          </Button>
        </form>
      ) : (
        <Button appearance="subtle" onClick={handleSignOut} disabled={busy}>
          {m.signOut}
        </Button>
      )}
      {failed && (
        <span role="alert" className="ic-user-menu__error">
          {m.signOutFailed}
        </span>
      )}
    </section>
  );
}
