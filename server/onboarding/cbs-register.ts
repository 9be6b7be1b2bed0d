import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { type CbsMunicipality, CbsMunicipalitySchema } from '../../shared/schemas/onboarding.ts';

export const CBS_REGISTER_FILE = 'cbs-municipalities.json';

/** The CBS list of Dutch municipalities shipped in catalog/ (docs/decisions/024). */
export async function loadCbsRegister(catalogDir: string): Promise<CbsMunicipality[]> {
  const text = await readFile(path.join(catalogDir, CBS_REGISTER_FILE), 'utf8');
  return z.array(CbsMunicipalitySchema).parse(JSON.parse(text));
}
