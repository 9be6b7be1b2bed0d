import type { SignInMethods } from '../../../../shared/schemas/session.ts';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import type { identityMessages } from '../messages.ts';

type SignInMessages = (typeof identityMessages)['nl']['signIn'];

/** The browser leaves the storefront for the broker: a full navigation, so a plain anchor. */
function SignInButton({ href, children }: { href: string; children: string }) {
  return (
    <a
      className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
      href={href}
    >
      {children}
    </a>
  );
}

/** "Inloggen met DigiD" and staff sign-in, when this install has them (issue 14). */
export function UpstreamSignIn({
  methods,
  returnTo,
  m,
}: {
  methods: SignInMethods;
  returnTo: string | null;
  m: SignInMessages;
}) {
  const query = returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : '';
  return (
    <>
      {methods.residents && (
        <section aria-labelledby="sign-in-residents">
          <Heading level={2} id="sign-in-residents">
            {m.residentsHeading}
          </Heading>
          <Paragraph>{m.residentsText}</Paragraph>
          <Paragraph>
            <SignInButton href={`/auth/residents/sign-in${query}`}>{m.digid}</SignInButton>
          </Paragraph>
        </section>
      )}
      {methods.staff && (
        <section aria-labelledby="sign-in-staff">
          <Heading level={2} id="sign-in-staff">
            {m.staffHeading}
          </Heading>
          <Paragraph>{m.staffText}</Paragraph>
          <Paragraph>
            <SignInButton href={`/auth/staff/sign-in${query}`}>{m.staff}</SignInButton>
          </Paragraph>
        </section>
      )}
    </>
  );
}
