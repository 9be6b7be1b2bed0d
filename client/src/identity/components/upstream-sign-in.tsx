import type { SignInMethods } from '../../../../shared/schemas/session.ts';
import { residentSignInPath } from '../../../../shared/sign-in-paths.ts';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import type { SignInMessages } from '../sign-in-messages.ts';

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
  // Staff connections take the same returnTo.
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
            <SignInButton href={residentSignInPath(returnTo)}>{m.digid}</SignInButton>
          </Paragraph>
        </section>
      )}
      {(methods.staff || (methods.staffConnections?.length ?? 0) > 0) && (
        <section aria-labelledby="sign-in-staff">
          <Heading level={2} id="sign-in-staff">
            {m.staffHeading}
          </Heading>
          <Paragraph>{m.staffText}</Paragraph>
          {methods.staff && (
            <Paragraph>
              <SignInButton href={`/auth/staff/sign-in${query}`}>{m.staff}</SignInButton>
            </Paragraph>
          )}
          {/* One button per connection of STAFF_SIGN_IN_FILE (decision 028). */}
          {methods.staffConnections?.map((connection) => (
            <Paragraph key={connection.name}>
              <SignInButton href={`/auth/staff/${encodeURIComponent(connection.name)}/sign-in${query}`}>
                {m.staffWith(connection.label)}
              </SignInButton>
            </Paragraph>
          ))}
        </section>
      )}
    </>
  );
}
