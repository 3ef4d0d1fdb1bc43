const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Neighbour {
  index: number;
  distanceKm: number;
}

const LEAF_SIZE = 8;

/**
 * Nearest-neighbour index of points on the sphere: a k-d tree over unit-sphere coordinates
 * (x, y, z), where straight-line (chord) distance grows with great-circle distance. A tree rather
 * than a fixed grid because organisations crowd into cities: a grid cell sized for the countryside
 * holds tens of thousands of points in Moscow. No special case at the antimeridian is needed.
 */
export class SphereIndex {
  private readonly xyz: Float64Array;
  private readonly order: Int32Array;

  constructor(lat: ArrayLike<number>, lon: ArrayLike<number>) {
    const n = lat.length;
    this.xyz = new Float64Array(3 * n);
    const valid: number[] = [];
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(lat[i]) || !Number.isFinite(lon[i])) continue;
      const phi = (lat[i] * Math.PI) / 180;
      const lambda = (lon[i] * Math.PI) / 180;
      this.xyz[3 * i] = Math.cos(phi) * Math.cos(lambda);
      this.xyz[3 * i + 1] = Math.cos(phi) * Math.sin(lambda);
      this.xyz[3 * i + 2] = Math.sin(phi);
      valid.push(i);
    }
    this.order = Int32Array.from(valid);
    this.build(0, this.order.length, 0);
  }

  /** Splits order[lo, hi) at its middle along axis depth % 3 (median by quickselect), recursively. */
  private build(lo: number, hi: number, depth: number): void {
    if (hi - lo <= LEAF_SIZE) return;
    const mid = (lo + hi) >> 1;
    this.select(lo, hi - 1, mid, depth % 3);
    this.build(lo, mid, depth + 1);
    this.build(mid + 1, hi, depth + 1);
  }

  private select(left: number, right: number, k: number, axis: number): void {
    const { order, xyz } = this;
    while (right > left) {
      const pivot = xyz[3 * order[(left + right) >> 1] + axis];
      let i = left;
      let j = right;
      while (i <= j) {
        while (xyz[3 * order[i] + axis] < pivot) i++;
        while (xyz[3 * order[j] + axis] > pivot) j--;
        if (i <= j) {
          const t = order[i];
          order[i++] = order[j];
          order[j--] = t;
        }
      }
      if (k <= j) right = j;
      else if (k >= i) left = i;
      else return;
    }
  }

  /**
   * The k nearest points to point `from` within radiusKm that pass `accept`, nearest first
   * (equal distances: lower index first). `from` itself is never returned.
   */
  nearest(from: number, k: number, radiusKm: number, accept: (index: number) => boolean): Neighbour[] {
    const chord = 2 * Math.sin(Math.min(Math.PI / 2, radiusKm / (2 * EARTH_RADIUS_KM)));
    const search = new KnnSearch(this.xyz, this.order, from, k, chord * chord, accept);
    search.visit(0, this.order.length, 0);
    return search.result();
  }
}

/** True when (index, d2) ranks after `other`: farther, or as far with a higher index. */
function worse(index: number, d2: number, other: { index: number; d2: number }): boolean {
  return d2 > other.d2 || (d2 === other.d2 && index > other.index);
}

/** One k-nearest query: a bounded max-heap of candidates and a pruned walk of the tree. */
class KnnSearch {
  private readonly found: { index: number; d2: number }[] = [];
  private readonly qx: number;
  private readonly qy: number;
  private readonly qz: number;

  constructor(
    private readonly xyz: Float64Array,
    private readonly order: Int32Array,
    private readonly from: number,
    private readonly k: number,
    private readonly limit2: number,
    private readonly accept: (index: number) => boolean,
  ) {
    this.qx = xyz[3 * from];
    this.qy = xyz[3 * from + 1];
    this.qz = xyz[3 * from + 2];
  }

  /** Squared chord within which a point can still enter the result. */
  private bound(): number {
    return this.found.length < this.k ? this.limit2 : this.found[0].d2;
  }

  private consider(index: number): void {
    if (index === this.from) return;
    const dx = this.xyz[3 * index] - this.qx;
    const dy = this.xyz[3 * index + 1] - this.qy;
    const dz = this.xyz[3 * index + 2] - this.qz;
    const d2 = dx * dx + dy * dy + dz * dz;
    if (d2 > this.bound() || !this.accept(index)) return;
    // k is small: keep the candidates sorted worst-first by insertion rather than in a heap.
    let at = this.found.length;
    while (at > 0 && worse(index, d2, this.found[at - 1])) at--;
    this.found.splice(at, 0, { index, d2 });
    if (this.found.length > this.k) this.found.shift();
  }

  visit(lo: number, hi: number, depth: number): void {
    if (hi - lo <= LEAF_SIZE) {
      for (let p = lo; p < hi; p++) this.consider(this.order[p]);
      return;
    }
    const mid = (lo + hi) >> 1;
    const axis = depth % 3;
    const diff = (axis === 0 ? this.qx : axis === 1 ? this.qy : this.qz) - this.xyz[3 * this.order[mid] + axis];
    if (diff < 0) this.visit(lo, mid, depth + 1);
    else this.visit(mid + 1, hi, depth + 1);
    this.consider(this.order[mid]);
    if (diff * diff > this.bound()) return;
    if (diff < 0) this.visit(mid + 1, hi, depth + 1);
    else this.visit(lo, mid, depth + 1);
  }

  result(): Neighbour[] {
    return this.found
      .map(({ index, d2 }) => ({ index, distanceKm: 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(d2) / 2)) }))
      .sort((a, b) => a.distanceKm - b.distanceKm || a.index - b.index);
  }
}
