import { readCsvTable } from './read-csv.ts';
import { readXlsxTable } from './read-xlsx.ts';
import { TableReadError, emptyFileError, type ReadTableOptions, type Table } from './table.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const BINARY_SAMPLE = 8192;

/**
 * Reads an import file into a Table. The format comes from the bytes, not the name:
 * a zip container is XLSX, anything else must be text (CSV).
 * Async because exceljs reads workbooks asynchronously. Throws only TableReadError.
 */
export async function readTable(data: Buffer, fileName: string, opts: ReadTableOptions = {}): Promise<Table> {
  if (isBlank(data)) throw emptyFileError();
  if (startsWith(data, ZIP_MAGIC)) return readXlsxTable(data, fileName, opts);
  if (startsWith(data, OLE_MAGIC)) {
    throw new TableReadError(
      'legacy_xls',
      'Формат XLS (Excel 97–2003) не поддерживается: сохраните файл как XLSX или CSV',
      'The XLS format (Excel 97–2003) is not supported: save the file as XLSX or CSV',
    );
  }
  if (looksBinary(data)) {
    throw new TableReadError('binary_file', 'Файл не похож на таблицу CSV или XLSX (двоичные данные)', 'The file is neither CSV nor XLSX (binary data)');
  }
  try {
    return readCsvTable(data, fileName, opts);
  } catch (err) {
    if (err instanceof TableReadError) throw err;
    throw new TableReadError('binary_file', 'Файл не удалось прочитать как CSV', `The file could not be read as CSV (${String(err)})`);
  }
}

function startsWith(data: Buffer, magic: number[]): boolean {
  return data.length >= magic.length && magic.every((b, i) => data[i] === b);
}

/** Nothing but an optional UTF-8 BOM and ASCII whitespace; stops at the first other byte. */
function isBlank(data: Buffer): boolean {
  const start = startsWith(data, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  for (let i = start; i < data.length; i++) {
    const byte = data[i]!;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return true;
}

/** Text files never hold NUL and hardly any other C0 control bytes. */
function looksBinary(data: Buffer): boolean {
  const sample = data.subarray(0, BINARY_SAMPLE);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  return controls > sample.length * 0.01;
}
