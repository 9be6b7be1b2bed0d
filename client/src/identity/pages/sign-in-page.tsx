import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { DemoPersona } from '../../../../shared/schemas/session.ts';
import { isProblem } from '../../lib/api-problem.ts';
import { leavePageFor } from '../../lib/leave-page.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Alert } from '../../ui/alert.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { fetchDemoPersonas, fetchSignInMethods } from '../api.ts';
import { LoadError, Loading } from '../components/load-error.tsx';
import { PersonaCard } from '../components/persona-card.tsx';
import { UpstreamSignIn } from '../components/upstream-sign-in.tsx';
import { homeForRoles, isServerPath, safeReturnPath } from '../roles.ts';
import { useSession } from '../session-provider.tsx';
import { signInMessages } from '../sign-in-messages.ts';
import { useMessages } from '../use-messages.ts';

/**
 * `/inloggen`: "Inloggen met DigiD" and staff sign-in through upstream providers when configured,
 * and in demo mode the personas from catalog/ (DESIGN.md "Identity", issue 14).
 */
export function SignInPage() {
  const m = useMessages(signInMessages);
  usePageTitle(m.title);
  const personas = useResource('demo-personas', fetchDemoPersonas);
  const methods = useResource('sign-in-methods', fetchSignInMethods);
  const upstream =
    methods.state.status === 'ready' &&
    (methods.state.data.residents ||
      methods.state.data.staff ||
      (methods.state.data.staffConnections?.length ?? 0) > 0)
      ? methods.state.data
      : null;
  const { session, signInAsPersona } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const signIn = async (persona: DemoPersona) => {
    setBusyId(persona.id);
    setError(null);
    try {
      const next = await signInAsPersona(persona.id);
      const back = safeReturnPath(searchParams.get('terug'));
      if (back && isServerPath(back)) {
        leavePageFor(back);
        return;
      }
      navigate(back ?? homeForRoles(next.roles));
    } catch (caught) {
      setError(isProblem(caught, 429) ? m.tooMany : isProblem(caught, 404) ? m.demoOff : m.failed);
      setBusyId(null);
    }
  };

  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      {session?.user && (
        <Alert type="info">
          <Paragraph>{m.signedInAs(session.user.displayName)}</Paragraph>
        </Alert>
      )}
      {error && (
        <div role="alert">
          <Alert type="error">
            <Paragraph>{error}</Paragraph>
          </Alert>
        </div>
      )}
      {upstream && (
        <UpstreamSignIn methods={upstream} returnTo={safeReturnPath(searchParams.get('terug'))} m={m} />
      )}
      {personas.state.status === 'loading' && <Loading />}
      {personas.state.status === 'error' &&
        (isProblem(personas.state.error, 404) ? (
          !upstream && (
            <Alert type="info">
              <Paragraph>{m.demoOff}</Paragraph>
            </Alert>
          )
        ) : (
          <LoadError error={personas.state.error} onRetry={personas.reload} />
        ))}
      {personas.state.status === 'ready' && (
        <>
          {upstream && <Heading level={2}>{m.demoHeading}</Heading>}
          <Paragraph lead>{m.intro}</Paragraph>
          <Heading level={upstream ? 3 : 2}>{m.personasHeading}</Heading>
          <ul className="ic-persona-list">
            {personas.state.data.map((persona) => (
              <li key={persona.id} className="ic-persona-list__item">
                <PersonaCard
                  persona={persona}
                  busy={busyId === persona.id}
                  disabled={busyId !== null}
                  onSignIn={() => void signIn(persona)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
