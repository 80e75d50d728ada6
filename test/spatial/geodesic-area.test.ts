import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { geodesicAreaKm2, geodesicPerimeterKm } from '../../server/spatial/geodesic-area.ts';

// Reference values are computed here from closed forms on the WGS84 ellipsoid, independently of
// Karney's PolygonArea algorithm that the module under test uses.
const A = 6378137; // semi-major axis, m
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);
const B = A * (1 - F);
const RAD = Math.PI / 180;

/** Area (km²) between the equator and latitude φ over dLon degrees of longitude: the ellipsoidal zone formula. */
function zoneKm2(latDeg: number, dLonDeg: number): number {
  const s = Math.sin(latDeg * RAD);
  return (((B * B) / 2) * (s / (1 - E2 * s * s) + Math.atanh(E * s) / E) * dLonDeg * RAD) / 1e6;
}

/** Meridian arc length (km) from the equator to latitude φ, by Simpson's rule on M(φ) = a(1−e²)/(1−e²sin²φ)^{3/2}. */
function meridianArcKm(latDeg: number): number {
  const n = 2000;
  const h = (latDeg * RAD) / n;
  const m = (phi: number) => (A * (1 - E2)) / (1 - E2 * Math.sin(phi) ** 2) ** 1.5;
  let sum = m(0) + m(latDeg * RAD);
  for (let i = 1; i < n; i++) sum += (i % 2 ? 4 : 2) * m(i * h);
  return (sum * h) / 3 / 1e3;
}

/** Length (km) of the parallel at latitude φ over dLon degrees: N(φ) cos φ Δλ. */
function parallelKm(latDeg: number, dLonDeg: number): number {
  const s = Math.sin(latDeg * RAD);
  return ((A / Math.sqrt(1 - E2 * s * s)) * Math.cos(latDeg * RAD) * dLonDeg * RAD) / 1e3;
}

/** A counter-clockwise lon/lat box whose north and south sides follow the parallels with `steps` vertices each. */
function box(west: number, south: number, east: number, north: number, steps: number): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i <= steps; i++) ring.push([west + ((east - west) * i) / steps, south]);
  for (let i = 0; i <= steps; i++) ring.push([east - ((east - west) * i) / steps, north]);
  ring.push([west, south]);
  return ring;
}

/**
 * Oracle: area (km²) of a ring with geodesic edges by the shoelace formula in the Lambert cylindrical
 * equal-area projection of the ellipsoid, each edge densified along its geodesic into `pieces` parts.
 */
function equalAreaOracleKm2(ring: readonly Position[], pieces: number): number {
  const q = (latDeg: number) => {
    const s = Math.sin(latDeg * RAD);
    return (1 - E2) * (s / (1 - E2 * s * s) + Math.atanh(E * s) / E);
  };
  const points: Array<[number, number]> = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [lon1 = 0, lat1 = 0] = ring[i] ?? [];
    const [lon2 = 0, lat2 = 0] = ring[i + 1] ?? [];
    const line = geodesic.Geodesic.WGS84.InverseLine(lat1, lon1, lat2, lon2);
    for (let k = 0; k < pieces; k++) {
      const p = line.Position((line.s13 * k) / pieces);
      points.push([A * (p.lon2 ?? 0) * RAD, (A * q(p.lat2 ?? 0)) / 2]);
    }
  }
  let twice = 0;
  points.forEach(([x1, y1], i) => {
    const [x2, y2] = points[(i + 1) % points.length] as [number, number];
    twice += x1 * y2 - x2 * y1;
  });
  return Math.abs(twice) / 2 / 1e6;
}

const polygon = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });
const reversed = (ring: Position[]): Position[] => ring.slice().reverse();

describe('geodesicAreaKm2', () => {
  it('gives the zone-formula area of a 1°×1° cell at the equator whose north side follows the parallel', () => {
    const expected = zoneKm2(1, 1); // 12,308.46 km²
    expect(Math.abs(geodesicAreaKm2(polygon(box(0, 0, 1, 1, 1000))) - expected)).toBeLessThan(1e-5);
  });

  it('gives ≈ 12,308.78 km² for the 4-vertex 1°×1° cell, whose north side is a geodesic bulging poleward', () => {
    const cell = box(0, 0, 1, 1, 1);
    const area = geodesicAreaKm2(polygon(cell));
    expect(area).toBeCloseTo(12308.78, 2);
    expect(Math.abs(area - equalAreaOracleKm2(cell, 1000))).toBeLessThan(1e-5);
    expect(area - zoneKm2(1, 1)).toBeGreaterThan(0.3); // the lens between geodesic and parallel
  });

  it('subtracts holes', () => {
    const outer = box(10, 30, 12, 32, 500);
    const hole = box(10.5, 30.5, 11.5, 31.5, 500);
    const expected = zoneKm2(32, 2) - zoneKm2(30, 2) - (zoneKm2(31.5, 1) - zoneKm2(30.5, 1));
    expect(Math.abs(geodesicAreaKm2(polygon(outer, reversed(hole))) - expected)).toBeLessThan(1e-5);
  });

  it('does not depend on ring orientation', () => {
    const outer = box(112, 38, 113, 39, 50);
    const hole = box(112.2, 38.2, 112.4, 38.4, 50);
    const standard = geodesicAreaKm2(polygon(outer, reversed(hole)));
    expect(geodesicAreaKm2(polygon(reversed(outer), hole))).toBeCloseTo(standard, 9);
    expect(geodesicAreaKm2(polygon(outer, hole))).toBeCloseTo(standard, 9);
    expect(geodesicAreaKm2(polygon(reversed(outer), reversed(hole)))).toBeCloseTo(standard, 9);
  });

  it('sums the polygons of a MultiPolygon', () => {
    const north = box(0, 0, 1, 1, 1000);
    const south = box(5, -2, 7, 0, 1000);
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[north], [reversed(south)]] };
    const expected = zoneKm2(1, 1) + zoneKm2(2, 2);
    expect(Math.abs(geodesicAreaKm2(multi) - expected)).toBeLessThan(2e-5);
  });

  it('gives 1,984.318 km² for the WGS84 county boundary of 忻府区, matching an independent oracle', () => {
    const text = readFileSync(new URL('../../geodata/xinfu-county.wgs84.geojson', import.meta.url), 'utf8');
    const county = (JSON.parse(text) as { features: Array<{ geometry: MultiPolygon }> }).features[0]?.geometry;
    if (!county) throw new Error('no county feature');
    const area = geodesicAreaKm2(county);
    // Official figure about 1,982 km²; this Amap-derived outline is 1,984.3 km² on the ellipsoid.
    expect(area).toBeGreaterThan(1982);
    expect(area).toBeLessThan(1987);
    expect(area).toBeCloseTo(1984.318, 3);
    expect(Math.abs(area - equalAreaOracleKm2(county.coordinates[0]?.[0] ?? [], 32))).toBeLessThan(1e-5);
  });

  it('rejects a ring with fewer than 4 positions', () => {
    expect(() =>
      geodesicAreaKm2(
        polygon([
          [0, 0],
          [1, 0],
          [0, 0],
        ]),
      ),
    ).toThrow(/at least 4 positions/);
  });
});

describe('geodesicPerimeterKm', () => {
  it('adds the equator, two meridian arcs and the parallel of a 1°×1° cell', () => {
    const expected = parallelKm(0, 1) + 2 * meridianArcKm(1) + parallelKm(1, 1);
    expect(Math.abs(geodesicPerimeterKm(polygon(box(0, 0, 1, 1, 1000))) - expected)).toBeLessThan(1e-6);
  });

  it('counts hole rings too', () => {
    const outer = box(0, 0, 1, 1, 1000);
    const hole = box(0, 0.25, 0.5, 0.75, 1000);
    const holeKm = parallelKm(0.25, 0.5) + parallelKm(0.75, 0.5) + 2 * (meridianArcKm(0.75) - meridianArcKm(0.25));
    const withHole = geodesicPerimeterKm(polygon(outer, reversed(hole)));
    expect(Math.abs(withHole - geodesicPerimeterKm(polygon(outer)) - holeKm)).toBeLessThan(1e-6);
  });
});
