import { field } from './field-spec.ts';
import { parseInn } from './parse-identifiers.ts';
import { parseOkpd2, parseRegion } from './parse-reference.ts';
import { listOf, parseInRange, parseNonNegative, parseText } from './parse-values.ts';

/** Capabilities: one row per capability of a supplier. Location defaults to the organisation's. */
export const CAPABILITY_COLUMNS = {
  supplier_inn: field({ header: 'supplier_inn', headerRu: 'ИНН поставщика', aliasesRu: ['поставщик', 'инн исполнителя'], required: true, descriptionRu: 'ИНН поставщика (организация должна быть в реестре)', descriptionEn: 'Supplier INN (the organisation must be in the registry)', example: '3024922151', parse: parseInn }),
  okpd2: field({ header: 'okpd2', headerRu: 'ОКПД2', aliasesRu: ['коды окпд2', 'код окпд2', 'продукция окпд2'], required: true, descriptionRu: 'Коды ОКПД2 продукции, которую может выпускать, через запятую', descriptionEn: 'OKPD2 codes it can make, comma separated', example: '25.62.20, 25.61.11', parse: listOf(parseOkpd2) }),
  description: field({ header: 'description', headerRu: 'Описание', aliasesRu: ['наименование', 'продукция'], required: false, descriptionRu: 'Что может производить', descriptionEn: 'What it can make', example: 'Механическая обработка деталей', parse: parseText }),
  capacity: field({ header: 'capacity', headerRu: 'Мощность в год', aliasesRu: ['мощность', 'объем в год', 'объем'], required: false, descriptionRu: 'Сколько может поставить в год (в единицах столбца «Единица»)', descriptionEn: 'How much it can deliver a year (in the unit column)', example: '150 000 000', parse: parseNonNegative }),
  unit: field({ header: 'unit', headerRu: 'Единица', aliasesRu: ['ед изм', 'единица измерения'], required: false, descriptionRu: 'Единица мощности (по умолчанию руб.)', descriptionEn: 'Unit of the capacity (roubles by default)', example: 'руб.', parse: parseText }),
  region: field({ header: 'region', headerRu: 'Регион', aliasesRu: ['код региона', 'субъект рф'], required: false, descriptionRu: 'Регион производства (по умолчанию регион организации)', descriptionEn: 'Region of production (the organisation\'s by default)', example: '30', parse: parseRegion }),
  lat: field({ header: 'lat', headerRu: 'Широта', aliasesRu: ['широта'], required: false, descriptionRu: 'Широта площадки', descriptionEn: 'Latitude of the site', example: '46.35', parse: parseInRange(-90, 90, 'широта', 'latitude') }),
  lon: field({ header: 'lon', headerRu: 'Долгота', aliasesRu: ['долгота'], required: false, descriptionRu: 'Долгота площадки', descriptionEn: 'Longitude of the site', example: '48.04', parse: parseInRange(-180, 180, 'долгота', 'longitude') }),
};
