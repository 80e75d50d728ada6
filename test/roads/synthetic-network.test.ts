import { readFileSync } from 'node:fs';
import type { FeatureCollection, LineString, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSyntheticRoads, type RoadSeat } from '../../geodata/scripts/roads/build-roads.ts';
import { loadRoadInputs } from '../../geodata/scripts/roads/load-road-inputs.ts';
import { importRoadNetwork } from '../../server/roads/import-roads.ts';
import type { RoadGraph } from '../../server/roads/road-graph.ts';
import { createRoadRouter } from '../../server/roads/road-router.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { preparePolygon } from '../../server/spatial/prepared-polygon.ts';
import { createRandom } from '../../server/routing/random.ts';

const geodata = new URL('../../geodata/', import.meta.url);
const readText = (name: string): string => readFileSync(new URL(name, geodata), 'utf8');
const { county, seats } = loadRoadInputs(readText);
const committed = readText('xinfu-roads.synthetic.geojson');
const collection = JSON.parse(committed) as FeatureCollection<LineString>;

let graph: RoadGraph;
beforeAll(() => {
  const result = importRoadNetwork(collection);
  if (!result.ok) throw new Error(result.error.problems.map((e) => e.message).join('\n'));
  graph = result.value.graph;
});

function nodeAt(lon: number, lat: number): number {
  for (let n = 0; n < graph.nodeCount; n++) if (graph.nodeLon[n] === lon && graph.nodeLat[n] === lat) return n;
  return -1;
}

/** Nodes reached from `start` following arcs forward, or backward when `reverse`. */
function reach(start: number, reverse: boolean): boolean[] {
  const seen = new Array<boolean>(graph.nodeCount).fill(false);
  seen[start] = true;
  const stack = [start];
  while (stack.length) {
    const n = stack.pop() as number;
    for (let e = 0; e < graph.edgeCount; e++) {
      const a = graph.edgeFrom[e] as number,
        b = graph.edgeTo[e] as number;
      const steps: [number, number][] = [];
      if (graph.edgeForward[e]) steps.push(reverse ? [b, a] : [a, b]);
      if (graph.edgeBackward[e]) steps.push(reverse ? [a, b] : [b, a]);
      for (const [from, to] of steps) if (from === n && !seen[to]) (seen[to] = true), stack.push(to);
    }
  }
  return seen;
}

describe('geodata/xinfu-roads.synthetic.geojson', () => {
  it('equals the generator output, and two builds give identical bytes', () => {
    const first = buildSyntheticRoads(county, seats);
    expect(buildSyntheticRoads(county, seats)).toBe(first);
    expect(first).toBe(committed);
  });

  it('is marked synthetic, with classes, speeds and a few one-ways, one feature per line, 6 decimals', () => {
    const speeds: Record<string, number> = { trunk: 60, primary: 50, local: 30 };
    for (const feature of collection.features) {
      const p = feature.properties as Record<string, unknown>;
      expect(p.provenance).toBe('synthetic');
      expect(p.speedKmh).toBe(speeds[p.class as string]);
      expect([false, 'yes']).toContain(p.oneway);
    }
    const classes = new Set(collection.features.map((f) => f.properties?.class));
    expect([...classes].sort()).toEqual(['local', 'primary', 'trunk']);
    expect(collection.features.filter((f) => f.properties?.oneway === 'yes').length).toBeGreaterThan(0);
    expect(committed.split('\n').length).toBe(collection.features.length + 3);
    expect(committed).not.toMatch(/\d\.\d{7,}/);
  });

  it('lies inside the county (every vertex and every segment midpoint)', () => {
    const county2 = preparePolygon(county);
    for (const feature of collection.features) {
      const c = feature.geometry.coordinates;
      c.forEach((p, i) => {
        expect(pointInPolygon(p, county)).toBe(true);
        const q = c[i + 1];
        if (q)
          expect(
            county2.contains(((p[0] as number) + (q[0] as number)) / 2, ((p[1] as number) + (q[1] as number)) / 2),
          ).toBe(true);
      });
    }
  });

  it('reaches every township seat, and every node is reachable from and to the city seat', () => {
    const city = seats.find((s) => s.code === '140902001') as RoadSeat;
    const cityNode = nodeAt(city.lon, city.lat);
    expect(cityNode).toBeGreaterThanOrEqual(0);
    for (const seat of seats) expect(nodeAt(seat.lon, seat.lat), seat.name).toBeGreaterThanOrEqual(0);
    expect(reach(cityNode, false).every(Boolean)).toBe(true);
    expect(reach(cityNode, true).every(Boolean)).toBe(true);
  });

  it('covers the county: seeded random points lie within 1.5 km of a road', () => {
    const router = createRoadRouter(graph);
    const inside = preparePolygon(county);
    const [minLon, minLat, maxLon, maxLat] = inside.bbox;
    const rng = createRandom(2026);
    let tested = 0;
    let worst = 0;
    while (tested < 3000) {
      const p: Position = [minLon + rng.next() * (maxLon - minLon), minLat + rng.next() * (maxLat - minLat)];
      if (!inside.contains(p[0] as number, p[1] as number)) continue;
      tested++;
      worst = Math.max(worst, router.snap(p)?.distanceM ?? Infinity);
    }
    expect(worst).toBeLessThan(1500);
  });

  it('has 4 exit roads that end within 100 m of the county boundary', () => {
    const exits = collection.features.filter((f) => String(f.properties?.id).startsWith('X-'));
    expect(exits.map((f) => f.properties?.id).sort()).toEqual(['X-dingxiang', 'X-jingle', 'X-yangqu', 'X-yuanping']);
    const ring = (county.type === 'Polygon' ? county.coordinates[0] : county.coordinates[0]?.[0]) as Position[];
    for (const exit of exits) {
      const c = exit.geometry.coordinates;
      const ends = [c[0] as Position, c[c.length - 1] as Position];
      const nearest = Math.min(
        ...ends.map((e) =>
          Math.min(
            ...ring.map((v) =>
              Math.hypot(
                ((v[0] as number) - (e[0] as number)) * 87_000,
                ((v[1] as number) - (e[1] as number)) * 111_000,
              ),
            ),
          ),
        ),
      );
      // Distance to the nearest boundary vertex (≈ 313 m spacing) bounds the distance to the boundary from above.
      expect(nearest).toBeLessThan(400);
    }
  });

  it('gives plausible travel times across the district (city → 合索镇 seat by road, 15–60 min)', () => {
    const router = createRoadRouter(graph);
    const hesuo = seats.find((s) => s.code === '140902108') as RoadSeat;
    const city = seats.find((s) => s.code === '140902001') as RoadSeat;
    const route = router.route([city.lon, city.lat], [hesuo.lon, hesuo.lat]);
    expect(route.durationS / 60).toBeGreaterThan(15);
    expect(route.durationS / 60).toBeLessThan(60);
  });
});
