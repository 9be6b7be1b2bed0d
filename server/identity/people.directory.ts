import { displayName } from './identity.types.ts';
import type { SessionRepository } from './session.repository.ts';

/** Display names of people by id, for reviewers' and admins' views (never for vendors or the public). */
export function createPeopleDirectory(repository: SessionRepository) {
  return {
    async name(id: string): Promise<string> {
      const user = await repository.findUser(id);
      return user ? displayName(user) : id;
    },
  };
}

export type PeopleDirectory = ReturnType<typeof createPeopleDirectory>;
