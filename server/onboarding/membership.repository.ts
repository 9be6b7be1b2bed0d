import { randomUUID } from 'node:crypto';
import type { GrantedRole } from '../../shared/schemas/onboarding.ts';
import type { Membership } from '../../shared/schemas/persona.ts';
import { DuplicateKeyError, type Store } from '../store/store.port.ts';

/** A role granted to a person (bound to a connection's iss + sub through the person id). */
export interface MembershipDoc {
  _id: string;
  personId: string;
  role: GrantedRole;
  municipality: string | null;
  organisationId: string | null;
  /** What the role is over, e.g. `municipality-admin:GM0344`: the unit "the last admin" is counted in. */
  scope: string;
  /** personId + scope, unique: a role is granted once. */
  key: string;
  grantedAt: string;
  grantedBy: string;
}

export type Grant = Pick<MembershipDoc, 'role' | 'municipality' | 'organisationId'>;

export const MEMBERSHIPS = 'memberships';

export function scopeOf(grant: Grant): string {
  if (grant.role === 'municipality-admin') return `${grant.role}:${grant.municipality}`;
  if (grant.role === 'vendor') return `${grant.role}:${grant.organisationId}`;
  return grant.role;
}

export function toMembership(doc: Grant): Membership {
  switch (doc.role) {
    case 'municipality-admin':
      return { role: doc.role, municipality: doc.municipality ?? '' };
    case 'vendor':
      return { role: doc.role, organisationId: doc.organisationId ?? '' };
    default:
      return { role: doc.role };
  }
}

export async function createMembershipRepository(store: Store) {
  const memberships = await store.collection<MembershipDoc>(MEMBERSHIPS, [
    { field: 'personId' },
    { field: 'scope' },
    { field: 'key', unique: true },
  ]);
  return {
    /** Grants a role; false when the person has it already. */
    async grant(personId: string, grant: Grant, grantedBy: string): Promise<MembershipDoc | null> {
      const scope = scopeOf(grant);
      const doc: MembershipDoc = {
        _id: randomUUID(),
        personId,
        role: grant.role,
        municipality: grant.municipality,
        organisationId: grant.organisationId,
        scope,
        key: `${personId}|${scope}`,
        grantedAt: new Date().toISOString(),
        grantedBy,
      };
      try {
        await memberships.insertOne(doc);
        return doc;
      } catch (error) {
        if (error instanceof DuplicateKeyError) return null;
        throw error;
      }
    },
    find: (id: string) => memberships.findOne({ _id: id }),
    listByPerson: (personId: string) => memberships.find({ personId }, { sort: { grantedAt: 1 } }),
    listByScope: (scope: string) => memberships.find({ scope }, { sort: { grantedAt: 1 } }),
    listByRole: (role: GrantedRole) => memberships.find({ role }, { sort: { grantedAt: 1 } }),
    list: () => memberships.find({}, { sort: { grantedAt: 1 } }),
    countInScope: (scope: string) => memberships.count({ scope }),
    remove: (id: string) => memberships.deleteOne({ _id: id }),
  };
}

export type MembershipRepository = Awaited<ReturnType<typeof createMembershipRepository>>;
