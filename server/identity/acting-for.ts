import type { Membership } from '../../shared/schemas/persona.ts';
import type { ActingForChoice } from '../../shared/schemas/session.ts';

/** How a choice is kept with the session: `municipality:GM0344` or `organisation:<id>`. */
export function choiceKey(choice: ActingForChoice): string {
  return `${choice.kind}:${choice.id}`;
}

/** What a membership acts for: its municipality or organisation; null for roles without one (reviewer, ...). */
function scopeOf(membership: Membership): ActingForChoice | null {
  if (membership.role === 'vendor') return { kind: 'organisation', id: membership.organisationId };
  if (membership.role === 'municipality-admin' || membership.role === 'professional')
    return { kind: 'municipality', id: membership.municipality };
  return null;
}

/** The municipalities and organisations someone can act for, each once, in the order of their memberships. */
export function actingForChoices(memberships: Membership[]): ActingForChoice[] {
  const seen = new Map<string, ActingForChoice>();
  for (const membership of memberships) {
    const scope = scopeOf(membership);
    if (scope && !seen.has(choiceKey(scope))) seen.set(choiceKey(scope), scope);
  }
  return [...seen.values()];
}

/**
 * The memberships a request may use: with a choice made, the municipality and organisation
 * memberships of other scopes are set aside, so every check on the server (offering apps,
 * vendor listings, invitations) acts for the chosen one only (issue 14, decision 027). The
 * resident membership and the roles without a scope stay. A choice that no longer matches a
 * membership (removed since) counts as no choice; with one scope only, that one is the default.
 */
export function applyActingFor(
  memberships: Membership[],
  stored: string | null,
): { memberships: Membership[]; actingFor: ActingForChoice | null; choices: ActingForChoice[] } {
  const choices = actingForChoices(memberships);
  const chosen = choices.find((choice) => choiceKey(choice) === stored) ?? null;
  if (!chosen) return { memberships, actingFor: choices.length === 1 ? (choices[0] ?? null) : null, choices };
  const kept = memberships.filter((membership) => {
    if (membership.role === 'resident') return true;
    const scope = scopeOf(membership);
    return !scope || choiceKey(scope) === choiceKey(chosen);
  });
  return { memberships: kept, actingFor: chosen, choices };
}
