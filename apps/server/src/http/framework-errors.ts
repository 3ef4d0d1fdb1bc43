/**
 * Fastify's and its plugins' own request errors (a body that is not JSON, a malformed URL…) in Russian and
 * English: their messages are English only, and they would otherwise show inside Russian error panels.
 */
const KNOWN: Record<string, { ru: string; en: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { ru: 'Тело запроса — не JSON, хотя заголовок Content-Type говорит application/json', en: 'The body is not valid JSON, but Content-Type says application/json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { ru: 'Пустое тело запроса при Content-Type: application/json', en: 'Empty body with Content-Type: application/json' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { ru: 'Тип содержимого (Content-Type) не поддерживается: ожидается application/json или multipart/form-data', en: 'Unsupported Content-Type: expected application/json or multipart/form-data' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { ru: 'Заголовок Content-Length не совпадает с длиной тела запроса', en: 'Content-Length does not match the length of the body' },
  FST_ERR_BAD_URL: { ru: 'Адрес запроса содержит недопустимые символы', en: 'The request URL has invalid characters' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { ru: 'Ожидается файл в формате multipart/form-data', en: 'Expected a multipart/form-data upload' },
  FST_PROTO_VIOLATION: { ru: 'Недопустимое имя поля формы', en: 'A form field name is not allowed' },
  FST_MP_PREMATURE_CLOSE: { ru: 'Загрузка файла прервана до конца', en: 'The upload was closed before it ended' },
};

export function frameworkErrorText(error: { code?: string; message: string }): { ru: string; en: string } {
  const known = error.code ? KNOWN[error.code] : undefined;
  if (known) return known;
  // Something fastify says that we have not put into words: the Russian text names it by its code.
  return { ru: `Неверный запрос${error.code ? ` (${error.code})` : ''}`, en: `Bad request: ${error.message}` };
}
