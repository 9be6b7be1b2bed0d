import type { CbsMunicipality } from '../../shared/schemas/onboarding.ts';
import { ConflictError, ValidationError } from '../http/errors.ts';
import {
  MUNICIPALITIES,
  MUNICIPALITY_INDEXES,
  type MunicipalityDoc,
} from '../municipalities/municipality.documents.ts';
import { DuplicateKeyError, type Store } from '../store/store.port.ts';

/** The CBS register beside the municipalities on the platform: onboarding adds from the one to the other. */
export async function createMunicipalityRegister(store: Store, cbs: CbsMunicipality[]) {
  const municipalities = await store.collection<MunicipalityDoc>(MUNICIPALITIES, MUNICIPALITY_INDEXES);
  const byCode = new Map(cbs.map((m) => [m.code, m]));
  return {
    find: (code: string) => municipalities.findOne({ _id: code }),
    async register(): Promise<(CbsMunicipality & { onboarded: boolean })[]> {
      const onboarded = new Set((await municipalities.find({})).map((m) => m._id));
      return cbs.map((m) => ({ ...m, onboarded: onboarded.has(m.code) }));
    },
    /** Adds a municipality of the register; 400 for a code not in it, 409 when it is on the platform already. */
    async onboard(code: string): Promise<CbsMunicipality> {
      const entry = byCode.get(code);
      if (!entry)
        throw new ValidationError([
          { in: 'body', field: 'code', message: 'not a municipality in the CBS list' },
        ]);
      try {
        await municipalities.insertOne({
          _id: code,
          name: entry.name,
          province: entry.province,
          offers: [],
          revision: 0,
        });
      } catch (error) {
        if (error instanceof DuplicateKeyError)
          throw new ConflictError(`${entry.name} is on the platform already.`);
        throw error;
      }
      return entry;
    },
  };
}

export type MunicipalityRegister = Awaited<ReturnType<typeof createMunicipalityRegister>>;
