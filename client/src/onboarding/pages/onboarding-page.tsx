import { useState } from 'react';
import '../onboarding.css';
import type { InvitationView, MembershipView } from '../../../../shared/schemas/onboarding.ts';
import { LoadError, Loading } from '../../identity/components/load-error.tsx';
import { useSession } from '../../identity/session-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { isProblem } from '../../lib/api-problem.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { Heading } from '../../ui/heading.tsx';
import { RouteLink } from '../../ui/link.tsx';
import { type Notice, NoticeRegion } from '../../ui/notice-region.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { removeMembership, revokeInvitation } from '../api.ts';
import { InvitationsTable, MembersTable } from '../components/access-tables.tsx';
import { AddMunicipalityForm } from '../components/add-municipality-form.tsx';
import { InviteForm } from '../components/invite-form.tsx';
import { RegisterOrganisationForm } from '../components/register-organisation-form.tsx';
import { onboardingMessages } from '../messages.ts';
import { useOnboardingData } from '../use-onboarding-data.ts';

/** `/beheer`: municipalities, organisations, invitations and memberships (issue 14). */
export function OnboardingPage() {
  const m = useMessages(onboardingMessages);
  usePageTitle(m.title);
  const { session } = useSession();
  const roles = session?.roles ?? [];
  const platformAdmin = roles.some((r) => r.role === 'platform-admin');
  const vendor = roles.some((r) => r.role === 'vendor');
  const allowed = platformAdmin || vendor || roles.some((r) => r.role === 'municipality-admin');
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const data = useOnboardingData(`${session?.user?.id ?? ''}:${version}`, platformAdmin, vendor);

  const done = (ok: boolean, text: string) => {
    setNotice({ type: ok ? 'ok' : 'error', text });
    if (ok) setVersion((v) => v + 1);
  };
  const revoke = async (invitation: InvitationView) => {
    try {
      await revokeInvitation(invitation.id);
      done(true, m.status.revoked);
    } catch {
      done(false, m.failed);
    }
  };
  const remove = async (membership: MembershipView) => {
    try {
      await removeMembership(membership.id);
      done(true, m.members.removed(membership.name));
    } catch (error) {
      done(false, isProblem(error, 409) ? m.members.lastAdmin : m.failed);
    }
  };

  if (!session?.user || !allowed) {
    return (
      <>
        <Heading level={1}>{m.title}</Heading>
        <Paragraph>{session?.user ? m.notForYou : m.signInFirst}</Paragraph>
        {!session?.user && (
          <Paragraph>
            <RouteLink to="/inloggen?terug=/beheer">{m.signInLink}</RouteLink>
          </Paragraph>
        )}
      </>
    );
  }
  const ready = data.state.status === 'ready' ? data.state.data : null;
  const names = {
    municipalities: new Map((ready?.municipalities ?? []).map((x) => [x.code, x.name])),
    organisations: new Map((ready?.organisations ?? []).map((x) => [x.id, x.name])),
  };
  return (
    <>
      <Heading level={1}>{m.title}</Heading>
      <Paragraph lead>{m.intro}</Paragraph>
      <NoticeRegion notice={notice} />
      {data.state.status === 'loading' && <Loading />}
      {data.state.status === 'error' && <LoadError error={data.state.error} onRetry={data.reload} />}
      {ready && (
        <>
          {platformAdmin && (
            <AddMunicipalityForm key={`m${version}`} register={ready.register} onDone={done} />
          )}
          {platformAdmin && <RegisterOrganisationForm onDone={done} />}
          <InviteForm
            key={`i${version}`}
            roles={roles}
            municipalities={ready.municipalities}
            organisations={ready.organisations}
            onDone={done}
          />
          <InvitationsTable invitations={ready.invitations} names={names} onRevoke={(i) => void revoke(i)} />
          <MembersTable memberships={ready.memberships} names={names} onRemove={(x) => void remove(x)} />
        </>
      )}
    </>
  );
}
