import { inflateSync } from 'node:zlib';

/**
 * Reads the text back out of a PDF written by pdfmake/pdfkit, for tests: the text is drawn as glyph ids of an
 * embedded font subset, so a byte search cannot find "Судостроительный"; the font's ToUnicode map turns the
 * ids back into characters, as a PDF reader does when one copies text. Handles what pdfkit writes (Flate
 * streams, hex strings in Tj/TJ, bfchar and bfrange maps), not PDF in general.
 */
interface PdfObject {
  dict: string;
  stream: string | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = text.indexOf('endobj', m.index);
    const body = text.slice(m.index + m[0].length, end);
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const start = m.index + m[0].length + at + 'stream'.length + (body[at + 6] === '\r' ? 2 : 1);
    const raw = pdf.subarray(start, m.index + m[0].length + body.lastIndexOf('endstream'));
    let stream: string;
    try {
      stream = inflateSync(raw).toString('latin1');
    } catch {
      stream = raw.toString('latin1');
    }
    objects.set(Number(m[1]), { dict: body.slice(0, at), stream });
  }
  return objects;
}

const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');

function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(src!, 16), utf16(dst!));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, rest] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const from = parseInt(lo!, 16);
      const to = parseInt(hi!, 16);
      if (rest!.startsWith('[')) [...rest!.matchAll(/<([0-9a-fA-F]+)>/g)].forEach(([, d], i) => map.set(from + i, utf16(d!)));
      else {
        const base = Buffer.from(rest!.slice(1, -1), 'hex');
        for (let code = from; code <= to; code++) {
          const b = Buffer.from(base);
          b.writeUInt16BE(b.readUInt16BE(b.length - 2) + (code - from), b.length - 2);
          map.set(code, b.swap16().toString('utf16le'));
        }
      }
    }
  return map;
}

/** Resource name (/F1) → character map of that font. */
function fontMaps(objects: Map<number, PdfObject>): Map<string, Map<number, string>> {
  const maps = new Map<string, Map<number, string>>();
  for (const o of objects.values())
    for (const [, name, ref] of o.dict.matchAll(/\/(F\d+)\s+(\d+) 0 R/g)) {
      const font = objects.get(Number(ref));
      const toUnicode = font?.dict.match(/\/ToUnicode (\d+) 0 R/);
      const cmap = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : null;
      if (cmap && !maps.has(name!)) maps.set(name!, parseCMap(cmap));
    }
  return maps;
}

/** All text of the document in drawing order, words joined by single spaces. */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const maps = fontMaps(objects);
  const words: string[] = [];
  for (const o of objects.values()) {
    if (!o.stream || !o.stream.includes(' Tf')) continue;
    let font: Map<number, string> | undefined;
    for (const [, fontName, strings] of o.stream.matchAll(/\/(F\d+) [\d.]+ Tf|(\[[^\]]*\]\s*TJ|<[0-9a-fA-F]*>\s*Tj)/g)) {
      if (fontName) font = maps.get(fontName);
      else if (font) {
        // the pieces of one TJ array are one run of text, split only for kerning
        const run = [...strings!.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => hex!.match(/.{4}/g)?.map((code) => font!.get(parseInt(code, 16)) ?? '\uFFFD').join('') ?? '');
        words.push(run.join(''));
      }
    }
  }
  return words.join(' ').replace(/\s+/g, ' ').trim();
}
