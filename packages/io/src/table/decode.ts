import iconv from 'iconv-lite';
import { TableReadError, type TableEncoding } from './table.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Cyrillic UTF-8 that was once read as Windows-1251 and saved again: "Р°", "Рѕ", "СЃ"…
 * The second characters are cp1251 bytes 0x80–0xBF that never follow Р/С in real Russian.
 */
const DOUBLE_ENCODED = /[РС][ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•˜™љ›њќћџЎўЈ¤Ґ¦§©Є¬®Ї°±Ііґµ¶·№єјЅѕї]/g;
/** The same accident through Windows-1252 / Latin-1: "Ð¾", "Ñ\u0081". */
const LATIN_MOJIBAKE = /[ÐÑ][\u0080-\u00BF\u0152-\u2122]/g;
const MOJIBAKE_THRESHOLD = 3;

export interface DecodedText {
  text: string;
  encoding: TableEncoding;
}

/** BOM first, then strict UTF-8, then Windows-1251: a cp1251 file is never turned into UTF-8 mojibake. */
export function decodeText(data: Buffer, forced?: TableEncoding): DecodedText {
  rejectUtf16(data);
  const hasBom = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
  const body = hasBom ? data.subarray(3) : data;
  const decoded = forced ? decodeAs(body, forced) : detectAndDecode(body, hasBom);
  rejectMojibake(decoded.text);
  return decoded;
}

function detectAndDecode(body: Buffer, hasBom: boolean): DecodedText {
  try {
    return { text: strictUtf8.decode(body), encoding: 'utf-8' };
  } catch {
    if (hasBom) {
      throw new TableReadError(
        'mojibake',
        'Файл помечен как UTF-8, но содержит байты не в UTF-8: сохраните его заново в UTF-8',
        'The file is marked UTF-8 but holds bytes that are not UTF-8: save it again as UTF-8',
      );
    }
    return { text: iconv.decode(body, 'win1251'), encoding: 'windows-1251' };
  }
}

function decodeAs(body: Buffer, encoding: TableEncoding): DecodedText {
  const text = encoding === 'utf-8' ? body.toString('utf8') : iconv.decode(body, 'win1251');
  return { text, encoding };
}

function rejectUtf16(data: Buffer): void {
  const le = data.length >= 2 && data[0] === 0xff && data[1] === 0xfe;
  const be = data.length >= 2 && data[0] === 0xfe && data[1] === 0xff;
  if (le || be) {
    throw new TableReadError(
      'unsupported_encoding',
      'Файл в кодировке UTF-16 («Текст Юникод»): сохраните его как CSV UTF-8 или CSV (разделители — точка с запятой)',
      'The file is UTF-16 ("Unicode text"): save it as CSV UTF-8 or CSV (semicolon delimited)',
    );
  }
}

function rejectMojibake(text: string): void {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const hits = (sample.match(DOUBLE_ENCODED)?.length ?? 0) + (sample.match(LATIN_MOJIBAKE)?.length ?? 0);
  const replacement = sample.includes('\uFFFD');
  if (replacement || hits >= MOJIBAKE_THRESHOLD) {
    throw new TableReadError(
      'mojibake',
      'Текст в файле искажён («кракозябры»): файл в Windows-1251 был открыт и сохранён как UTF-8 (или наоборот). Выгрузите исходные данные заново',
      'The text in the file is garbled (mojibake): a Windows-1251 file was opened and saved as UTF-8 or vice versa. Export the source data again',
    );
  }
}
