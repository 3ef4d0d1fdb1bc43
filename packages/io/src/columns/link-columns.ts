import { LINK_SOURCES, LINK_SOURCE_LABELS_RU, type LinkSource } from '@klaster/core';
import { field } from './field-spec.ts';
import { parseInn } from './parse-identifiers.ts';
import { parseOkpd2 } from './parse-reference.ts';
import { parseEnum, parseNonNegative, parseText, parseYear } from './parse-values.ts';

const SOURCE_ALIASES: Record<LinkSource, readonly string[]> = {
  declared: [LINK_SOURCE_LABELS_RU.declared, 'заявлена', 'декларация'],
  contract: [LINK_SOURCE_LABELS_RU.contract, 'контракт', 'договоры'],
  survey: [LINK_SOURCE_LABELS_RU.survey, 'анкета', 'анкетирование'],
};

export const parseLinkSource = parseEnum(LINK_SOURCES, SOURCE_ALIASES, 'источник', 'source');

/** Links: one row per supplier → buyer link and year. */
export const LINK_COLUMNS = {
  supplier_inn: field({ header: 'supplier_inn', headerRu: 'ИНН поставщика', aliasesRu: ['поставщик инн', 'поставщик'], required: true, descriptionRu: 'ИНН поставщика (организация должна быть в реестре или в файле организаций)', descriptionEn: 'Supplier INN (the organisation must be in the registry or in the organisations file)', example: '7707083893', parse: parseInn }),
  buyer_inn: field({ header: 'buyer_inn', headerRu: 'ИНН покупателя', aliasesRu: ['покупатель инн', 'покупатель', 'инн заказчика', 'заказчик'], required: true, descriptionRu: 'ИНН покупателя', descriptionEn: 'Buyer INN', example: '7736207543', parse: parseInn }),
  okpd2: field({ header: 'okpd2', headerRu: 'ОКПД2', aliasesRu: ['код окпд2', 'код продукции'], required: false, descriptionRu: 'Код ОКПД2 поставляемой продукции', descriptionEn: 'OKPD2 code of the supplied product', example: '25.11.23', parse: parseOkpd2 }),
  product: field({ header: 'product', headerRu: 'Продукция', aliasesRu: ['наименование продукции', 'товар'], required: false, descriptionRu: 'Наименование продукции', descriptionEn: 'Product name', example: 'Металлоконструкции', parse: parseText }),
  year: field({ header: 'year', headerRu: 'Год', aliasesRu: ['отчетный год'], required: true, descriptionRu: 'Год поставок', descriptionEn: 'Year of the supplies', example: '2024', parse: parseYear }),
  volume: field({ header: 'volume', headerRu: 'Объём, руб.', aliasesRu: ['объем', 'объем руб', 'объем поставок', 'сумма'], required: true, descriptionRu: 'Объём поставок за год, рублей', descriptionEn: 'Annual volume, roubles', example: '12 500 000', parse: parseNonNegative }),
  source: field({ header: 'source', headerRu: 'Источник', aliasesRu: ['источник сведений'], required: true, descriptionRu: 'Источник: ' + LINK_SOURCES.map((s) => `${s} — ${LINK_SOURCE_LABELS_RU[s]}`).join('; '), descriptionEn: 'Source: ' + LINK_SOURCES.join(', '), example: LINK_SOURCE_LABELS_RU.contract, parse: parseLinkSource }),
};
