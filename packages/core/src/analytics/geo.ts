const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

/** Great-circle distance in km (haversine). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A bucket index of points for "everything within R km" queries: latitude bands R km tall, and
 * longitude cells of a fixed width in degrees chosen per query from the widest latitude reached,
 * so no point within R is missed. Longitudes wrap at ±180° (Chukotka crosses the antimeridian).
 */
export class PointGrid {
  private readonly cells = new Map<string, number[]>();
  private readonly bandDegrees: number;
  private readonly lonDegrees: number;

  constructor(
    private readonly lat: Float64Array,
    private readonly lon: Float64Array,
    private readonly radiusKm: number,
  ) {
    this.bandDegrees = radiusKm / KM_PER_DEGREE;
    // Cells are the band height in longitude degrees; queries scan as many as the latitude needs.
    this.lonDegrees = this.bandDegrees;
    for (let i = 0; i < lat.length; i++) {
      if (Number.isNaN(lat[i]) || Number.isNaN(lon[i])) continue;
      const key = this.key(this.band(lat[i]), this.column(lon[i]));
      const cell = this.cells.get(key);
      if (cell) cell.push(i);
      else this.cells.set(key, [i]);
    }
  }

  private band(lat: number): number {
    return Math.floor((lat + 90) / this.bandDegrees);
  }
  private column(lon: number): number {
    return Math.floor((((lon % 360) + 540) % 360) / this.lonDegrees);
  }
  private key(band: number, column: number): string {
    return `${band}:${column}`;
  }

  /** Indexes of the points within the radius of point i (i itself excluded), with distances. */
  near(i: number, visit: (j: number, distanceKm: number) => void): void {
    const lat = this.lat[i];
    const lon = this.lon[i];
    const maxLat = Math.min(89.9, Math.abs(lat) + this.bandDegrees);
    const lonSpan = Math.min(180, this.radiusKm / (KM_PER_DEGREE * Math.cos((maxLat * Math.PI) / 180)));
    const columns = Math.ceil(360 / this.lonDegrees);
    const from = this.column(lon - lonSpan);
    const steps = Math.min(columns - 1, Math.ceil((2 * lonSpan) / this.lonDegrees) + 1);
    const band = this.band(lat);
    for (let b = band - 1; b <= band + 1; b++) {
      for (let s = 0; s <= steps; s++) {
        const cell = this.cells.get(this.key(b, (from + s) % columns));
        if (!cell) continue;
        for (const j of cell) {
          if (j === i) continue;
          const d = haversineKm(lat, lon, this.lat[j], this.lon[j]);
          if (d <= this.radiusKm) visit(j, d);
        }
      }
    }
  }
}
