import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react';
import type { Locale, LocalizedText } from '../../../shared/schemas/common.ts';
import { readStored, writeStored } from '../lib/storage.ts';
import { en } from './messages-en.ts';
import { type MessageKey, type Messages, nl } from './messages-nl.ts';

export const LOCALE_STORAGE_KEY = 'inwonercloud.locale';

const MESSAGES: Record<Locale, Messages> = { nl, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18nContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18nContextValue | null>(null);

function readStoredLocale(): Locale {
  return readStored(LOCALE_STORAGE_KEY) === 'en' ? 'en' : 'nl';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  // Screen readers pick their voice from <html lang>, so it must follow the choice.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    writeStored(LOCALE_STORAGE_KEY, next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nContextValue>(() => {
    const messages = MESSAGES[locale];
    const t: Translate = (key, params) =>
      params
        ? messages[key].replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match))
        : messages[key];
    return { locale, setLocale, t };
  }, [locale, setLocale]);

  return <I18nContext value={value}>{children}</I18nContext>;
}

function useI18n(): I18nContextValue {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider> above it');
  return value;
}

/** The translate function for the current language. */
export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): { locale: Locale; setLocale: (locale: Locale) => void } {
  const { locale, setLocale } = useI18n();
  return { locale, setLocale };
}

/** Picks the current language from listing content, which the API sends as `{nl, en}`. */
export function useLocalized(): (text: LocalizedText) => string {
  const { locale } = useI18n();
  return useCallback((text: LocalizedText) => text[locale], [locale]);
}
