import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ru, type MessageKey } from './ru.ts';
import { en } from './en.ts';

export type Lang = 'ru' | 'en';
const STORAGE_KEY = 'klaster.lang';
const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { ru, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
  /** Label of an enumerated value (kind, status, role…); the raw value when the dictionary has none. */
  label(prefix: string, value: string | null | undefined): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'ru';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dict = DICTIONARIES[lang];
    const t: Translate = (key, vars) =>
      vars ? dict[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : dict[key];
    const label = (prefix: string, v: string | null | undefined) => {
      if (!v) return dict['common.none'];
      const key = `${prefix}.${v}`;
      return key in dict ? dict[key as MessageKey] : v;
    };
    return { lang, setLang, t, label };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
