/**
 * Interns byte strings (UTF-8 node names) to dense ids 0, 1, 2… without creating a JS string per
 * lookup: an open-addressing hash table over the raw bytes, names kept in one byte arena. A JS
 * string is decoded only once per distinct name. Built for millions of lookups of a few hundred
 * thousand names, where Map<string, number> spends most of its time hashing fresh strings.
 */
export class NameTable {
  /** Pairs (id, hash) side by side, so a probe touches one cache line; id −1 marks a free slot. */
  private slots = new Int32Array(2 << 16).fill(-1);
  private arena = new Uint8Array(1 << 20);
  private arenaUsed = 0;
  private starts = new Int32Array(1 << 12);
  private count = 0;
  private readonly decoder = new TextDecoder();
  readonly names: string[] = [];

  get size(): number {
    return this.count;
  }

  /** The id of bytes[from, to), adding the name if new. */
  intern(bytes: Uint8Array, from: number, to: number): number {
    const hash = fnv1a(bytes, from, to);
    const mask = (this.slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[2 * slot];
      if (id < 0) return this.add(slot, hash, bytes, from, to);
      if (this.slots[2 * slot + 1] === hash && this.equals(id, bytes, from, to)) return id;
    }
  }

  private equals(id: number, bytes: Uint8Array, from: number, to: number): boolean {
    const start = this.starts[id];
    if (this.starts[id + 1] - start !== to - from) return false;
    for (let i = 0; i < to - from; i++) if (this.arena[start + i] !== bytes[from + i]) return false;
    return true;
  }

  private add(slot: number, hash: number, bytes: Uint8Array, from: number, to: number): number {
    const id = this.count++;
    this.slots[2 * slot] = id;
    this.slots[2 * slot + 1] = hash;
    if (this.arenaUsed + (to - from) > this.arena.length) this.arena = grown(this.arena, this.arenaUsed + (to - from));
    this.arena.set(bytes.subarray(from, to), this.arenaUsed);
    if (id + 2 > this.starts.length) this.starts = grown(this.starts, id + 2);
    this.starts[id] = this.arenaUsed;
    this.arenaUsed += to - from;
    this.starts[id + 1] = this.arenaUsed;
    this.names.push(this.decoder.decode(bytes.subarray(from, to)));
    if (this.count * 4 > this.slots.length) this.rehash();
    return id;
  }

  /** Doubles the table when half full, so probes stay short. */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = (slots.length >> 1) - 1;
    for (let old = 0; old < this.slots.length; old += 2) {
      if (this.slots[old] < 0) continue;
      let slot = this.slots[old + 1] & mask;
      while (slots[2 * slot] >= 0) slot = (slot + 1) & mask;
      slots[2 * slot] = this.slots[old];
      slots[2 * slot + 1] = this.slots[old + 1];
    }
    this.slots = slots;
  }
}

function fnv1a(bytes: Uint8Array, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash | 0;
}

function grown<T extends Uint8Array | Int32Array>(array: T, needed: number): T {
  let length = array.length * 2;
  while (length < needed) length *= 2;
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
}
