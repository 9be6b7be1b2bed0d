import type { Persona } from '../../shared/schemas/persona.ts';
import type { AuthUser } from '../identity/identity.types.ts';

/**
 * Whom to tell, by role. Staff only: residents are never looked up here, so no staff member (and
 * no job) learns which residents use an app (issue 12: a resident's use of apps is private).
 */
export function createRecipientDirectory(deps: {
  listUsers: () => Promise<AuthUser[]>;
  /** Demo personas count as known people, so they are told before their first sign-in. */
  personas: Persona[];
}) {
  async function everyone(): Promise<AuthUser[]> {
    const byId = new Map<string, AuthUser>();
    for (const p of deps.personas)
      byId.set(p.id, { id: p.id, profile: p.profile, memberships: p.memberships });
    for (const u of await deps.listUsers()) byId.set(u.id, u);
    return [...byId.values()];
  }
  const having = async (test: (user: AuthUser) => boolean) => (await everyone()).filter(test);
  return {
    reviewers: () => having((u) => u.memberships.some((m) => m.role === 'reviewer')),
    vendorMembers: (organisationId: string) =>
      having((u) => u.memberships.some((m) => m.role === 'vendor' && m.organisationId === organisationId)),
    municipalityAdmins: (codes: string[]) =>
      having((u) =>
        u.memberships.some((m) => m.role === 'municipality-admin' && codes.includes(m.municipality)),
      ),
  };
}

export type RecipientDirectory = ReturnType<typeof createRecipientDirectory>;
