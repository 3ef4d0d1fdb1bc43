import { useMemo } from 'react';
import { useOkved } from '../../lib/reference.ts';

/** OKVED2 code → "C — Обрабатывающие производства" (its section), through the classifier's classes. */
export function useSectionOf(unknown: string): ((okved: string) => string) | null {
  const okved = useOkved();
  return useMemo(() => {
    if (!okved) return null;
    // The classifier spells section names in capitals; a legend reads better in sentence case.
    const sentence = (name: string) => (name === name.toUpperCase() ? name.charAt(0) + name.slice(1).toLowerCase() : name);
    const sectionNames = new Map(okved.filter((e) => e.level === 'section').map((e) => [e.code, sentence(e.name_ru)]));
    const sectionOfClass = new Map(okved.filter((e) => e.level === 'class').map((e) => [e.code, e.section]));
    return (code: string) => {
      const section = sectionOfClass.get(code.slice(0, 2));
      if (!section) return unknown;
      const name = sectionNames.get(section);
      return name ? `${section} — ${name.length > 48 ? name.slice(0, 46) + '…' : name}` : section;
    };
  }, [okved, unknown]);
}
