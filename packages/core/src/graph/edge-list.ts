/** An edge list read from `source,target[,weight]` text, node names numbered in order of appearance. */
export interface EdgeList {
  names: string[];
  src: Int32Array;
  dst: Int32Array;
  weight: Float64Array;
}

/** A line of the edge list that cannot be read; `line` is 1-based, counting the header. */
export class EdgeListError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`строка ${line}: ${reason}`);
  }
}

/**
 * Streaming parser of an edge-list CSV: feed text chunks in any sizes, then call `finish()`.
 * The header must start with source and target (weight optional); `,` or `;` separates fields.
 * Quoting is not supported: node ids are plain tokens. Hand-written because a general CSV parser
 * is several times slower on millions of three-field lines.
 */
export class EdgeListParser {
  private rest = '';
  private lineNumber = 0;
  private separator = ',';
  private hasWeight = false;
  private count = 0;
  private src = new Int32Array(1024);
  private dst = new Int32Array(1024);
  private weight = new Float64Array(1024);
  private readonly index = new Map<string, number>();
  private readonly names: string[] = [];

  push(chunk: string): void {
    const text = this.rest + chunk;
    let start = 0;
    let end = text.indexOf('\n', start);
    while (end >= 0) {
      this.line(text.slice(start, end));
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    this.rest = text.slice(start);
  }

  finish(): EdgeList {
    if (this.rest.length > 0) this.line(this.rest);
    this.rest = '';
    if (this.lineNumber === 0) throw new EdgeListError(1, 'файл пуст, ожидался заголовок source,target,weight');
    const n = this.count;
    return { names: this.names, src: this.src.slice(0, n), dst: this.dst.slice(0, n), weight: this.weight.slice(0, n) };
  }

  private line(raw: string): void {
    this.lineNumber++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (this.lineNumber === 1) return this.header(text.replace(/^\uFEFF/, ''));
    if (text.trim() === '') return;
    const fields = text.split(this.separator);
    if (fields.length < 2 || fields.length > 3) throw new EdgeListError(this.lineNumber, `ожидалось 2 или 3 поля, найдено ${fields.length}`);
    const source = fields[0].trim();
    const target = fields[1].trim();
    if (!source || !target) throw new EdgeListError(this.lineNumber, 'пустой идентификатор узла');
    const weightText = this.hasWeight && fields.length === 3 ? fields[2].trim() : '';
    const weight = weightText === '' ? 1 : Number(weightText);
    if (!Number.isFinite(weight) || weight < 0) throw new EdgeListError(this.lineNumber, `вес «${weightText}» не является неотрицательным числом`);
    this.append(this.node(source), this.node(target), weight);
  }

  private header(text: string): void {
    this.separator = text.includes(';') && !text.includes(',') ? ';' : ',';
    const columns = text.split(this.separator).map((c) => c.trim().toLowerCase());
    if (columns[0] !== 'source' || columns[1] !== 'target' || (columns.length > 2 && columns[2] !== 'weight') || columns.length > 3) {
      throw new EdgeListError(1, `заголовок должен быть source,target,weight (weight необязателен), найдено «${text}»`);
    }
    this.hasWeight = columns.length === 3;
  }

  private node(name: string): number {
    let id = this.index.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.index.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  private append(u: number, v: number, w: number): void {
    if (this.count === this.src.length) {
      this.src = grow(this.src, new Int32Array(this.count * 2));
      this.dst = grow(this.dst, new Int32Array(this.count * 2));
      this.weight = grow(this.weight, new Float64Array(this.count * 2));
    }
    this.src[this.count] = u;
    this.dst[this.count] = v;
    this.weight[this.count++] = w;
  }
}

function grow<T extends Int32Array | Float64Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

/** Parses a whole edge-list text at once (small inputs and tests). */
export function parseEdgeList(text: string): EdgeList {
  const parser = new EdgeListParser();
  parser.push(text);
  return parser.finish();
}
