import { field } from './field-spec.ts';
import { parseInn } from './parse-identifiers.ts';
import { parseNonNegative, parseText, parseYear } from './parse-values.ts';

/**
 * Intermediate purchases (RULES.md, pp779: functional dependence and import share): one row per organisation and
 * year, everything it bought as inputs and the imported part of it, in roubles.
 */
export const PURCHASE_COLUMNS = {
  inn: field({ header: 'inn', headerRu: 'ИНН организации', aliasesRu: ['инн', 'организация', 'инн покупателя', 'покупатель'], required: true, descriptionRu: 'ИНН организации-покупателя (должна быть в реестре)', descriptionEn: 'INN of the buying organisation (must be in the registry)', example: '3017270804', parse: parseInn }),
  year: field({ header: 'year', headerRu: 'Год', aliasesRu: ['отчетный год'], required: true, descriptionRu: 'Год закупок', descriptionEn: 'Year of the purchases', example: '2024', parse: parseYear }),
  intermediate_total: field({ header: 'intermediate_total', headerRu: 'Промежуточные закупки, руб.', aliasesRu: ['промежуточные закупки', 'закупки всего', 'промежуточное потребление', 'закупки сырья и комплектующих'], required: true, descriptionRu: 'Все закупки сырья, материалов и комплектующих за год, рублей', descriptionEn: 'All purchases of inputs in the year, roubles', example: '120 000 000', parse: parseNonNegative }),
  imported: field({ header: 'imported', headerRu: 'В т. ч. импорт, руб.', aliasesRu: ['в том числе импорт', 'импорт', 'импортные закупки', 'импорт руб'], required: true, descriptionRu: 'Из них импортные закупки, рублей (не больше промежуточных закупок)', descriptionEn: 'Of which imported, roubles (no more than the total)', example: '18 000 000', parse: parseNonNegative }),
  source: field({ header: 'source', headerRu: 'Источник', aliasesRu: ['источник сведений'], required: true, descriptionRu: 'Откуда сведения: отчётность, анкета, письмо предприятия', descriptionEn: 'Where the figures come from: reports, a survey, a letter', example: 'Анкета предприятия 2025', parse: parseText }),
};
