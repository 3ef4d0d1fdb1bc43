import { NameTable } from './name-table.ts';

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

const NEWLINE = 10;
const CR = 13;
const COMMA = 44;
const SEMICOLON = 59;
const DOT = 46;
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Streaming parser of an edge-list CSV: feed UTF-8 byte chunks (or strings) in any sizes, then call
 * `finish()`. The header must start with source and target (weight optional); `,` or `;` separates
 * fields. Quoting is not supported: node ids are plain tokens. Works on bytes, not strings, because
 * a general CSV parser (or even String.split and a Map) is several times slower on millions of lines.
 */
export class EdgeListParser {
  private rest: Uint8Array | null = null;
  private lineNumber = 0;
  private separator = COMMA;
  private hasWeight = false;
  private count = 0;
  private src = new Int32Array(1024);
  private dst = new Int32Array(1024);
  private weight = new Float64Array(1024);
  private readonly nodes = new NameTable();

  push(chunk: Uint8Array | string): void {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    const data = this.rest ? concat(this.rest, bytes) : bytes;
    let start = 0;
    for (let end = data.indexOf(NEWLINE); end >= 0; end = data.indexOf(NEWLINE, start)) {
      this.line(data, start, end);
      start = end + 1;
    }
    this.rest = start < data.length ? data.slice(start) : null;
  }

  finish(): EdgeList {
    if (this.rest) this.line(this.rest, 0, this.rest.length);
    this.rest = null;
    if (this.lineNumber === 0) throw new EdgeListError(1, 'файл пуст, ожидался заголовок source,target,weight');
    const n = this.count;
    return { names: this.nodes.names, src: this.src.slice(0, n), dst: this.dst.slice(0, n), weight: this.weight.slice(0, n) };
  }

  private line(data: Uint8Array, from: number, to: number): void {
    this.lineNumber++;
    const end = to > from && data[to - 1] === CR ? to - 1 : to;
    if (this.lineNumber === 1) return this.header(decoder.decode(data.subarray(from, end)).replace(/^\uFEFF/, ''));
    const first = data.indexOf(this.separator, from);
    if (first < 0 || first >= end) {
      if (isBlank(data, from, end)) return;
      throw new EdgeListError(this.lineNumber, 'ожидалось 2 или 3 поля, найдено 1');
    }
    let second = data.indexOf(this.separator, first + 1);
    if (second >= end) second = -1;
    if (second >= 0) this.checkFieldCount(data, second, end);
    const targetEnd = second >= 0 ? second : end;
    const u = this.node(data, from, first);
    const v = this.node(data, first + 1, targetEnd);
    const w = second >= 0 && this.hasWeight ? this.parseWeight(data, second + 1, end) : 1;
    this.append(u, v, w);
  }

  private checkFieldCount(data: Uint8Array, second: number, end: number): void {
    const third = data.indexOf(this.separator, second + 1);
    if (third >= 0 && third < end) throw new EdgeListError(this.lineNumber, 'ожидалось 2 или 3 поля, найдено больше');
  }

  private header(text: string): void {
    const separator = text.includes(';') && !text.includes(',') ? ';' : ',';
    this.separator = separator === ';' ? SEMICOLON : COMMA;
    const columns = text.split(separator).map((c) => c.trim().toLowerCase());
    if (columns[0] !== 'source' || columns[1] !== 'target' || (columns.length > 2 && columns[2] !== 'weight') || columns.length > 3) {
      throw new EdgeListError(1, `заголовок должен быть source,target,weight (weight необязателен), найдено «${text}»`);
    }
    this.hasWeight = columns.length === 3;
  }

  private node(data: Uint8Array, from: number, to: number): number {
    let start = from;
    let end = to;
    while (start < end && (data[start] === 32 || data[start] === 9)) start++;
    while (end > start && (data[end - 1] === 32 || data[end - 1] === 9)) end--;
    if (start === end) throw new EdgeListError(this.lineNumber, 'пустой идентификатор узла');
    return this.nodes.intern(data, start, end);
  }

  /** Plain decimals ("7.34", "12") are read from the bytes; anything else goes through Number(). */
  private parseWeight(data: Uint8Array, from: number, to: number): number {
    const [start, end] = trimmed(data, from, to);
    if (start === end) return 1;
    const fast = plainDecimal(data, start, end);
    const value = Number.isNaN(fast) ? Number(decoder.decode(data.subarray(start, end))) : fast;
    if (!Number.isFinite(value) || value < 0) {
      throw new EdgeListError(this.lineNumber, `вес «${decoder.decode(data.subarray(start, end))}» не является неотрицательным числом`);
    }
    return value;
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

/**
 * digits[.digits] with at most 15 digits in all, else NaN. The integer of all digits divided by a
 * power of ten is one correctly rounded division, so the result equals Number(text) exactly.
 */
function plainDecimal(data: Uint8Array, from: number, to: number): number {
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (let i = from; i < to; i++) {
    const b = data[i];
    if (b === DOT && fraction < 0 && i > from) fraction = 0;
    else if (b >= 48 && b <= 57 && ++digits <= 15) {
      mantissa = mantissa * 10 + (b - 48);
      if (fraction >= 0) fraction++;
    } else return Number.NaN;
  }
  if (fraction === 0) return Number.NaN;
  return fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : mantissa;
}

function trimmed(data: Uint8Array, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && (data[start] === 32 || data[start] === 9)) start++;
  while (end > start && (data[end - 1] === 32 || data[end - 1] === 9)) end--;
  return [start, end];
}

function isBlank(data: Uint8Array, from: number, to: number): boolean {
  const [start, end] = trimmed(data, from, to);
  return start === end;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
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
