import '../catalog-resident.css';
import { type FormEvent, useId } from 'react';
import { useNavigate } from 'react-router';
import { CATEGORIES, CATEGORY_IDS } from '../../../../shared/categories.ts';
import { useLocalized, useT } from '../../i18n/i18n-provider.tsx';
import { useMessages } from '../../identity/use-messages.ts';
import { useMunicipality } from '../../municipalities/municipality-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { CheckboxField } from '../../ui/form/checkbox-field.tsx';
import { FormField } from '../../ui/form-field.tsx';
import { Heading } from '../../ui/heading.tsx';
import { Select } from '../../ui/select.tsx';
import { Textbox } from '../../ui/textbox.tsx';
import { residentMessages } from '../resident-messages.ts';
import { ALL_MUNICIPALITIES } from '../search-params.ts';
import type { OwnMunicipality } from '../use-own-municipality.ts';
import { useUrlValue } from './use-url-value.ts';

interface FilterValues {
  q: string;
  category: string;
  /** A CBS code, or ALL_MUNICIPALITIES. */
  municipality: string;
}

export interface ResultsFiltersProps extends FilterValues {
  /**
   * A signed-in resident's own municipality: they get "Alleen apps van mijn gemeente" instead
   * of the list of every municipality, as only its apps can be opened (issue 11).
   */
  own?: OwnMunicipality | null;
}

/**
 * Search box and filters of the results page. Every filter lives in the URL: choosing an
 * option updates the URL at once (the list below changes, focus stays here); typing a
 * search term waits for the Zoeken button.
 */
export function ResultsFilters(props: ResultsFiltersProps) {
  const t = useT();
  const localized = useLocalized();
  const navigate = useNavigate();
  const { list } = useMunicipality();
  const headingId = useId();
  const r = useMessages(residentMessages);
  const ids = { q: useId(), category: useId(), municipality: useId() };
  const { own } = props;
  const [q, setQ] = useUrlValue(props.q);
  const [category, setCategory] = useUrlValue(props.category);
  const [municipality, setMunicipality] = useUrlValue(props.municipality);

  const apply = (values: FilterValues) => {
    const params = new URLSearchParams();
    const term = values.q.trim();
    if (term) params.set('q', term);
    if (values.category) params.set('category', values.category);
    params.set('municipality', values.municipality);
    // A new filter starts at the first page again, so `page` is left out on purpose.
    navigate(`/apps?${params}`);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply({ q, category, municipality });
  };

  return (
    <form className="ic-filters" aria-labelledby={headingId} onSubmit={onSubmit}>
      <Heading level={2} appearance={4} id={headingId}>
        {t('results.filtersHeading')}
      </Heading>
      <div className={own ? 'ic-filters__fields ic-filters__fields--two' : 'ic-filters__fields'}>
        <FormField inputId={ids.q} label={t('search.label')}>
          <Textbox
            id={ids.q}
            name="q"
            type="search"
            autoComplete="off"
            maxLength={200}
            value={q}
            onChange={(event) => setQ(event.target.value)}
          />
        </FormField>
        <FormField inputId={ids.category} label={t('results.category')}>
          <Select
            id={ids.category}
            name="category"
            value={category}
            onChange={(event) => {
              setCategory(event.target.value);
              apply({ q, category: event.target.value, municipality });
            }}
          >
            <option value="">{t('results.allCategories')}</option>
            {CATEGORY_IDS.map((id) => (
              <option key={id} value={id}>
                {localized(CATEGORIES[id].label)}
              </option>
            ))}
          </Select>
        </FormField>
        {!own && (
          <FormField inputId={ids.municipality} label={t('results.municipality')}>
            <Select
              id={ids.municipality}
              name="municipality"
              value={municipality}
              onChange={(event) => {
                setMunicipality(event.target.value);
                apply({ q, category, municipality: event.target.value });
              }}
            >
              <option value={ALL_MUNICIPALITIES}>{t('results.allMunicipalities')}</option>
              {list.status === 'ready' &&
                list.municipalities.map((m) => (
                  <option key={m.code} value={m.code}>
                    {m.name}
                  </option>
                ))}
            </Select>
          </FormField>
        )}
      </div>
      {own && (
        <CheckboxField
          id={ids.municipality}
          label={r.filterLabel}
          description={r.filterHelp(own.name)}
          checked={municipality === own.code}
          onCheckedChange={(checked) => {
            const next = checked ? own.code : ALL_MUNICIPALITIES;
            setMunicipality(next);
            apply({ q, category, municipality: next });
          }}
        />
      )}
      <Button type="submit" appearance="primary-action">
        {t('results.submit')}
      </Button>
    </form>
  );
}
