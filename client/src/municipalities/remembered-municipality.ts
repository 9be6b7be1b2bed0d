import { isMunicipalityCode } from '../../../shared/municipality-code.ts';
import type { MunicipalityCode } from '../../../shared/schemas/common.ts';
import { readStored, writeStored } from '../lib/storage.ts';

export const MUNICIPALITY_STORAGE_KEY = 'inwonercloud.municipality';

/** The municipality the resident chose earlier, if it is still a valid CBS code. */
export function readRememberedMunicipality(): MunicipalityCode | null {
  const stored = readStored(MUNICIPALITY_STORAGE_KEY);
  return isMunicipalityCode(stored) ? stored : null;
}

export function rememberMunicipality(code: MunicipalityCode | null): void {
  writeStored(MUNICIPALITY_STORAGE_KEY, code);
}
