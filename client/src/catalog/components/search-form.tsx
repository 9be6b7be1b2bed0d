import { useId } from 'react';
import { Form } from 'react-router';
import { useT } from '../../i18n/i18n-provider.tsx';
import { Button } from '../../ui/button.tsx';
import { FormField } from '../../ui/form-field.tsx';
import { Textbox } from '../../ui/textbox.tsx';

/** The search box on the home page: a plain GET form to /apps, so it also works before JS. */
export function SearchForm() {
  const t = useT();
  const id = useId();
  return (
    <Form method="get" action="/apps" role="search" className="ic-search-form">
      <FormField inputId={id} label={t('search.label')}>
        <div className="ic-search-form__row">
          <Textbox id={id} name="q" type="search" autoComplete="off" maxLength={200} />
          <Button type="submit" appearance="primary-action">
            {t('search.submit')}
          </Button>
        </div>
      </FormField>
    </Form>
  );
}
