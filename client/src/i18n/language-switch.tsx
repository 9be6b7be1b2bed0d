import type { Locale } from '../../../shared/schemas/common.ts';
import { Button } from '../ui/button.tsx';
import { useLocale, useT } from './i18n-provider.tsx';

// Each language is named in itself, so someone who cannot read the current one still finds theirs.
const LANGUAGES: Array<{ locale: Locale; name: string }> = [
  { locale: 'nl', name: 'Nederlands' },
  { locale: 'en', name: 'English' },
];

export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <fieldset className="ic-language-switch">
      <legend className="ic-visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <Button
          key={language.locale}
          appearance="subtle"
          lang={language.locale}
          aria-pressed={language.locale === locale}
          onClick={() => setLocale(language.locale)}
        >
          {language.name}
        </Button>
      ))}
    </fieldset>
  );
}
