import type { InvitationView, MembershipView } from '../../../../shared/schemas/onboarding.ts';
import { useLocale } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { formatDateTime } from '../../lib/format-date.ts';
import { Button } from '../../ui/button.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Paragraph } from '../../ui/paragraph.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/table.tsx';
import { onboardingMessages } from '../messages.ts';

type Names = { municipalities: Map<string, string>; organisations: Map<string, string> };

function where(item: { municipality: string | null; organisation: string | null }, names: Names): string {
  if (item.municipality) return names.municipalities.get(item.municipality) ?? item.municipality;
  if (item.organisation) return names.organisations.get(item.organisation) ?? item.organisation;
  return '-';
}

export function InvitationsTable({
  invitations,
  names,
  onRevoke,
}: {
  invitations: InvitationView[];
  names: Names;
  onRevoke: (invitation: InvitationView) => void;
}) {
  const m = useMessages(onboardingMessages);
  const { locale } = useLocale();
  return (
    <section aria-labelledby="invitations">
      <Heading level={2} id="invitations">
        {m.invitations.heading}
      </Heading>
      {invitations.length === 0 ? (
        <Paragraph>{m.invitations.none}</Paragraph>
      ) : (
        <Table caption={m.invitations.heading} className="ic-access-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{m.invitations.email}</TableHeaderCell>
              <TableHeaderCell scope="col">{m.invitations.role}</TableHeaderCell>
              <TableHeaderCell scope="col">{m.invitations.status}</TableHeaderCell>
              <TableHeaderCell scope="col">{m.invitations.until}</TableHeaderCell>
              <TableHeaderCell scope="col">
                <span className="ic-visually-hidden">{m.invitations.revokeShort}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {invitations.map((invitation) => (
              <TableRow key={invitation.id}>
                <TableCell>{invitation.email}</TableCell>
                <TableCell>
                  {m.roles[invitation.role]}
                  {(invitation.municipality || invitation.organisation) && ` (${where(invitation, names)})`}
                </TableCell>
                <TableCell>{m.status[invitation.status]}</TableCell>
                <TableCell>{formatDateTime(invitation.expiresAt, locale)}</TableCell>
                <TableCell>
                  {invitation.status === 'open' && (
                    <Button
                      aria-label={m.invitations.revoke(invitation.email)}
                      onClick={() => onRevoke(invitation)}
                    >
                      {m.invitations.revokeShort}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

export function MembersTable({
  memberships,
  names,
  onRemove,
}: {
  memberships: MembershipView[];
  names: Names;
  onRemove: (membership: MembershipView) => void;
}) {
  const m = useMessages(onboardingMessages);
  return (
    <section aria-labelledby="members">
      <Heading level={2} id="members">
        {m.members.heading}
      </Heading>
      {memberships.length === 0 ? (
        <Paragraph>{m.members.none}</Paragraph>
      ) : (
        <Table caption={m.members.heading} className="ic-access-table">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{m.members.name}</TableHeaderCell>
              <TableHeaderCell scope="col">{m.members.role}</TableHeaderCell>
              <TableHeaderCell scope="col">{m.members.where}</TableHeaderCell>
              <TableHeaderCell scope="col">
                <span className="ic-visually-hidden">{m.members.remove}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {memberships.map((membership) => (
              <TableRow key={membership.id}>
                <TableCell>
                  {membership.name}
                  {membership.email && <div>{membership.email}</div>}
                </TableCell>
                <TableCell>{m.roles[membership.role]}</TableCell>
                <TableCell>{where(membership, names)}</TableCell>
                <TableCell>
                  <Button
                    aria-label={m.members.removeLabel(membership.name)}
                    onClick={() => onRemove(membership)}
                  >
                    {m.members.remove}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
