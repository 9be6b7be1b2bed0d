import { useId } from 'react';
import { isMunicipalityCode } from '../../../shared/municipality-code.ts';
import { useT } from '../i18n/i18n-provider.tsx';
import { FormField } from '../ui/form-field.tsx';
import { Select } from '../ui/select.tsx';
import { useMunicipality } from './municipality-provider.tsx';

/**
 * Where the resident says which municipality they live in. The choice only changes what
 * the storefront shows (a preference, not a new page), so it applies as soon as it is picked.
 */
export function MunicipalityChooser() {
  const t = useT();
  const id = useId();
  const { code, setCode, list } = useMunicipality();

  return (
    <FormField inputId={id} label={t('municipality.label')} className="ic-municipality-chooser">
      <Select
        id={id}
        value={code ?? ''}
        aria-busy={list.status === 'loading' || undefined}
        onChange={(event) => {
          const value = event.target.value;
          setCode(isMunicipalityCode(value) ? value : null);
        }}
      >
        <option value="">
          {list.status === 'loading'
            ? t('municipality.loading')
            : list.status === 'error'
              ? t('municipality.error')
              : t('municipality.none')}
        </option>
        {list.status === 'ready' &&
          list.municipalities.map((municipality) => (
            <option key={municipality.code} value={municipality.code}>
              {municipality.name}
            </option>
          ))}
      </Select>
    </FormField>
  );
}
