import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../../../../shared/categories.ts';
import { useLocalized } from '../../i18n/i18n-provider.tsx';
import { CheckboxField } from '../../ui/form/checkbox-field.tsx';
import { Fieldset } from '../../ui/form/fieldset.tsx';
import { TextField } from '../../ui/form/text-field.tsx';
import { bindText } from '../draft-form/bind.ts';
import { fieldId } from '../draft-form/field-key.ts';
import type { DraftFormApi } from '../draft-form/use-draft-form.ts';
import type { FormMessages } from '../form-messages.ts';

interface SectionProps {
  form: DraftFormApi;
  m: FormMessages;
}

export function DraftAboutFields({ form, m }: SectionProps) {
  const localized = useLocalized();
  const categories = form.field('categories');
  const toggleCategory = (id: CategoryId, checked: boolean) => {
    form.touch('categories');
    form.change('categories', (values) => ({
      ...values,
      categories: checked
        ? CATEGORY_IDS.filter((c) => c === id || values.categories.includes(c))
        : values.categories.filter((c) => c !== id),
    }));
  };
  return (
    <Fieldset id="sectie-over" legend={m.about.legend} className="ic-form-section">
      <TextField
        label={m.about.name}
        description={m.about.nameHint}
        required
        {...bindText(form, 'name', 'name')}
      />
      <TextField
        label={m.about.taglineNl}
        description={m.about.taglineHint}
        required
        {...bindText(form, 'tagline.nl', 'taglineNl')}
      />
      <TextField label={m.about.taglineEn} required {...bindText(form, 'tagline.en', 'taglineEn')} />
      <TextField
        label={m.about.descriptionNl}
        description={m.about.descriptionHint}
        required
        rows={6}
        {...bindText(form, 'description.nl', 'descriptionNl')}
      />
      <TextField
        label={m.about.descriptionEn}
        required
        rows={6}
        {...bindText(form, 'description.en', 'descriptionEn')}
      />
      <Fieldset
        id={categories.id}
        legend={m.about.categories}
        description={m.about.categoriesHint}
        error={categories.error}
      >
        {CATEGORY_IDS.map((id) => (
          <CheckboxField
            key={id}
            id={fieldId(`categories.${id}`)}
            label={localized(CATEGORIES[id].label)}
            checked={form.values.categories.includes(id)}
            onCheckedChange={(checked) => toggleCategory(id, checked)}
          />
        ))}
      </Fieldset>
      <TextField
        label={m.about.website}
        description={m.about.urlHint}
        required
        type="url"
        inputMode="url"
        {...bindText(form, 'website', 'website')}
      />
    </Fieldset>
  );
}
