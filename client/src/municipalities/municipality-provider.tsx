import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react';
import type { MunicipalityCode } from '../../../shared/schemas/common.ts';
import type { Municipality } from '../../../shared/schemas/municipality.ts';
import { useSession } from '../identity/session-provider.tsx';
import { fetchMunicipalities } from './api.ts';
import { readRememberedMunicipality, rememberMunicipality } from './remembered-municipality.ts';

export type MunicipalityListState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; municipalities: Municipality[] };

interface MunicipalityContextValue {
  /** The CBS code of the resident's municipality, or null when none was chosen. */
  code: MunicipalityCode | null;
  setCode: (code: MunicipalityCode | null) => void;
  list: MunicipalityListState;
  /** The chosen municipality's record, once the list has loaded. */
  current: Municipality | undefined;
}

const MunicipalityContext = createContext<MunicipalityContextValue | null>(null);

export function MunicipalityProvider({ children }: { children: ReactNode }) {
  const [code, setCodeState] = useState<MunicipalityCode | null>(readRememberedMunicipality);
  const [list, setList] = useState<MunicipalityListState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetchMunicipalities(controller.signal).then(
      (municipalities) => {
        const sorted = [...municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
        setList({ status: 'ready', municipalities: sorted });
      },
      () => {
        if (!controller.signal.aborted) setList({ status: 'error' });
      },
    );
    return () => controller.abort();
  }, []);

  const setCode = useCallback((next: MunicipalityCode | null) => {
    rememberMunicipality(next);
    setCodeState(next);
  }, []);

  // A signed-in resident who never chose sees their own municipality's catalog.
  const residentCode = useSession().session?.roles.find((r) => r.role === 'resident')?.municipality;
  useEffect(() => {
    if (residentCode && readRememberedMunicipality() === null) setCodeState(residentCode);
  }, [residentCode]);

  const value = useMemo<MunicipalityContextValue>(() => {
    const current = list.status === 'ready' ? list.municipalities.find((m) => m.code === code) : undefined;
    return { code, setCode, list, current };
  }, [code, setCode, list]);

  return <MunicipalityContext value={value}>{children}</MunicipalityContext>;
}

/** The resident's municipality (remembered on this device) and the list to choose from. */
export function useMunicipality(): MunicipalityContextValue {
  const value = use(MunicipalityContext);
  if (!value) throw new Error('useMunicipality needs a <MunicipalityProvider> above it');
  return value;
}
