import { field } from './field-spec.ts';
import { parseInn } from './parse-identifiers.ts';
import { parseOkpd2, parseRegion } from './parse-reference.ts';
import { listOf, parseBoolean, parseDate, parseEnum, parseNonNegative, parseText } from './parse-values.ts';

export const parseNeedStatus = parseEnum(['open', 'closed'] as const, { open: ['открыта', 'открыто', 'актуальна'], closed: ['закрыта', 'закрыто', 'неактуальна'] }, 'статус', 'status');

/** Needs: one row per need of a buyer (several OKPD2 codes in one cell, comma separated). */
export const NEED_COLUMNS = {
  buyer_inn: field({ header: 'buyer_inn', headerRu: 'ИНН покупателя', aliasesRu: ['покупатель', 'инн заказчика', 'заказчик'], required: true, descriptionRu: 'ИНН покупателя (организация должна быть в реестре)', descriptionEn: 'Buyer INN (the organisation must be in the registry)', example: '3017270804', parse: parseInn }),
  okpd2: field({ header: 'okpd2', headerRu: 'ОКПД2', aliasesRu: ['коды окпд2', 'код окпд2', 'продукция окпд2'], required: true, descriptionRu: 'Коды ОКПД2 нужной продукции через запятую', descriptionEn: 'OKPD2 codes of the needed products, comma separated', example: '25.62.20', parse: listOf(parseOkpd2) }),
  description: field({ header: 'description', headerRu: 'Описание', aliasesRu: ['наименование', 'что нужно', 'продукция'], required: false, descriptionRu: 'Что именно нужно', descriptionEn: 'What exactly is needed', example: 'Детали механической обработки', parse: parseText }),
  volume: field({ header: 'volume', headerRu: 'Объём в год', aliasesRu: ['объем', 'объем в год', 'объем закупки'], required: false, descriptionRu: 'Объём закупки в год (в единицах столбца «Единица», по умолчанию рубли)', descriptionEn: 'Yearly volume (in the unit column, roubles by default)', example: '40 000 000', parse: parseNonNegative }),
  unit: field({ header: 'unit', headerRu: 'Единица', aliasesRu: ['ед изм', 'единица измерения'], required: false, descriptionRu: 'Единица объёма (по умолчанию руб.)', descriptionEn: 'Unit of the volume (roubles by default)', example: 'руб.', parse: parseText }),
  delivery_region: field({ header: 'delivery_region', headerRu: 'Регион поставки', aliasesRu: ['регион', 'куда поставлять'], required: false, descriptionRu: 'Регион поставки: код или название (по умолчанию регион покупателя)', descriptionEn: 'Delivery region: code or name (the buyer\'s region by default)', example: '30', parse: parseRegion }),
  deadline: field({ header: 'deadline', headerRu: 'Срок', aliasesRu: ['срок поставки', 'до'], required: false, descriptionRu: 'Срок поставки, ДД.ММ.ГГГГ', descriptionEn: 'Deadline, YYYY-MM-DD or DD.MM.YYYY', example: '30.06.2026', parse: parseDate }),
  replaces_import: field({ header: 'replaces_import', headerRu: 'Импортозамещение', aliasesRu: ['замещает импорт', 'импорт'], required: false, descriptionRu: 'Замещает ли импорт: да или нет', descriptionEn: 'Replaces an import: yes or no', example: 'да', parse: parseBoolean }),
  status: field({ header: 'status', headerRu: 'Статус', aliasesRu: ['состояние'], required: false, descriptionRu: 'open — открыта, closed — закрыта (по умолчанию открыта)', descriptionEn: 'open or closed (open by default)', example: 'открыта', parse: parseNeedStatus }),
};
