// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildDeckLayers } from '../../client/layers/build-deck-layers.ts';
import { toPixels } from '../../client/layers/cluster-points.ts';
import {
  CLUSTER_MAX_RADIUS,
  clusterRadius,
  declutterPoints,
  fromPixels,
  LabelBoard,
  textWidth,
} from '../../client/layers/declutter.ts';
import type { LayerFeature } from '../../client/layers/feature-filter.ts';
import {
  CLUSTER_BELOW_ZOOM,
  type DrawnLabel,
  isProblemFeature,
  lastLegibility,
  layoutPoints,
  placeMapLabels,
} from '../../client/layers/point-clusters.ts';
import { clusterLegend } from '../../client/layers/symbology.ts';
import { clusterBlock } from '../../client/panels/map-legend.ts';
import { defaultState } from '../../client/state/app-state.ts';

type P = { id: number; at: [number, number]; bad?: boolean };
let seed = 11;
const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296;
/** 2,000 points, half of them in a 3 km square (a town), the rest over the district. */
const points: P[] = Array.from({ length: 2000 }, (_, id) =>
  id % 2
    ? { id, at: [112.72 + random() * 0.03, 38.41 + random() * 0.03], bad: id % 7 === 0 }
    : { id, at: [112.3 + random() * 0.65, 38.22 + random() * 0.45], bad: id % 11 === 0 },
);

const feature = (id: string, properties: Record<string, unknown>, [lon, lat]: [number, number]) =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties }) as LayerFeature;

describe('declutterPoints', () => {
  it('draws far fewer symbols than points at district zoom, none touching another, every point in one', () => {
    const placed = declutterPoints(points, (p) => p.at, { zoom: 9.4, isProblem: (p) => p.bad === true });
    expect(placed.length).toBeLessThan(points.length / 10);
    expect(placed.flatMap((s) => s.members.map((m) => m.id)).sort((a, b) => a - b)).toEqual(points.map((p) => p.id));
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) {
        const [ax, ay] = toPixels(a.position, 9.4);
        const [bx, by] = toPixels(b.position, 9.4);
        expect(Math.hypot(ax - bx, ay - by)).toBeGreaterThanOrEqual(a.radius + b.radius + 2);
      }
  });

  it('counts the problems of each cluster and draws the clusters holding one last (above)', () => {
    const placed = declutterPoints(points, (p) => p.at, { zoom: 9.4, isProblem: (p) => p.bad === true });
    for (const s of placed) expect(s.problems).toBe(s.members.filter((m) => m.bad).length);
    const firstProblem = placed.findIndex((s) => s.problems > 0);
    expect(firstProblem).toBeGreaterThan(0);
    expect(placed.slice(firstProblem).every((s) => s.problems > 0)).toBe(true);
  });

  it('keeps singles where they are and each cluster disc within its maximum', () => {
    const placed = declutterPoints(points, (p) => p.at, { zoom: 13, isProblem: () => false });
    for (const s of placed.filter((s) => s.members.length === 1)) expect(s.position).toEqual(s.members[0]?.at);
    expect(Math.max(...placed.map((s) => s.radius))).toBeLessThanOrEqual(CLUSTER_MAX_RADIUS);
    expect(clusterRadius(2, 1)).toBeGreaterThan(clusterRadius(2, 0));
  });

  it('moves a cluster off a station’s circle, not a single', () => {
    const at: [number, number] = [112.7, 38.4];
    const three = [0, 1, 2].map((id) => ({ id, at }));
    const [cluster] = declutterPoints(three, (p) => p.at, {
      zoom: 10,
      isProblem: () => false,
      obstacles: [{ position: at, radius: 15 }],
    });
    const [sx, sy] = toPixels(at, 10);
    const [cx, cy] = toPixels(cluster?.position ?? at, 10);
    expect(Math.hypot(cx - sx, cy - sy)).toBeGreaterThanOrEqual(15 + (cluster?.radius ?? 0));
    const [single] = declutterPoints([{ id: 9, at }], (p) => p.at, {
      zoom: 10,
      isProblem: () => false,
      obstacles: [{ position: at, radius: 15 }],
    });
    expect(single?.position).toEqual(at);
  });

  it('inverts its pixel projection', () => {
    const [lon, lat] = fromPixels(toPixels([112.73, 38.42], 9.4), 9.4);
    expect(lon).toBeCloseTo(112.73, 9);
    expect(lat).toBeCloseTo(38.42, 9);
  });
});

describe('LabelBoard', () => {
  it('places labels by priority, moves one aside when its place is taken, drops one with no free place', () => {
    const board = new LabelBoard(12);
    const at: [number, number] = [112.7, 38.4];
    const first = board.place([{ datum: 'a', position: at, width: 40, height: 14, offsets: [[0, 0]] }]);
    const second = board.place([
      {
        datum: 'b',
        position: at,
        width: 40,
        height: 14,
        offsets: [
          [0, 0],
          [0, -20],
        ],
      },
    ]);
    const third = board.place([{ datum: 'c', position: at, width: 40, height: 14, offsets: [[0, 10]] }]);
    expect(first.map((l) => l.offset)).toEqual([[0, 0]]);
    expect(second.map((l) => l.offset)).toEqual([[0, -20]]);
    expect(third).toEqual([]);
  });

  it('keeps a label off a soft-blocked disc while it has another place, on it when it has none', () => {
    const board = new LabelBoard(12);
    const at: [number, number] = [112.7, 38.4];
    board.block([{ position: at, radius: 10 }], true);
    const offsets: [number, number][] = [
      [0, 0],
      [0, 30],
    ];
    expect(board.place([{ datum: 'a', position: at, width: 30, height: 12, offsets }])[0]?.offset).toEqual([0, 30]);
    expect(board.place([{ datum: 'b', position: at, width: 8, height: 8, offsets: [[0, 0]] }])[0]?.offset).toEqual([
      0, 0,
    ]);
  });

  it('keeps labels off blocked circles', () => {
    const board = new LabelBoard(12);
    board.block([{ position: [112.7, 38.4], radius: 10 }]);
    expect(board.place([{ datum: 'x', position: [112.7, 38.4], width: 8, height: 8, offsets: [[0, 0]] }])).toEqual([]);
    expect(textWidth('忻口镇', 13)).toBe(39);
    expect(textWidth('123', 10)).toBe(19);
  });
});

/** Screen boxes of drawn labels at a zoom (pixels), for overlap checks. */
function boxes(labels: readonly DrawnLabel[], zoom: number) {
  return labels.map((l) => {
    const [x, y] = toPixels(l.position, zoom);
    const cx = x + l.offset[0];
    const cy = y + l.offset[1];
    return { x0: cx - l.width / 2, y0: cy - l.height / 2, x1: cx + l.width / 2, y1: cy + l.height / 2, l };
  });
}

describe('the map’s point layers and labels', () => {
  const villages = points.map((p) =>
    feature(`V${p.id}`, { heatingStatus: 'stable', problems: p.bad ? ['coal-reburning'] : [] }, p.at),
  );
  const stations = [
    feature('S1', { kind: 'national', aqi: { value: 123, level: 3, color: '#FF7E00' } }, [112.735, 38.425]),
    feature('S2', { kind: 'micro', aqi: null }, [112.5, 38.3]),
  ];
  const townships = Array.from({ length: 20 }, (_, i) => ({
    position: [112.72 + (i % 5) * 0.008, 38.41 + Math.floor(i / 5) * 0.008] as [number, number],
    name: `第${i}街道`,
    nameEn: `Subdistrict ${i}`,
  }));

  it('clusters every point layer below street zoom and none from it on; the problems’ rows', () => {
    const data = { villages, 'construction-sites': [feature('C1', { compliant: false }, [112.721, 38.411])] };
    const below = layoutPoints(data, ['villages', 'construction-sites'], stations, 9.4);
    expect(below.clusters.length).toBeGreaterThan(0);
    expect(below.clusters.reduce((n, c) => n + c.count, 0) + (below.singles.villages?.length ?? 0)).toBeGreaterThan(
      villages.length,
    );
    expect(layoutPoints(data, ['villages', 'construction-sites'], stations, 9.4)).toBe(below); // memoised
    const street = layoutPoints(data, ['villages'], stations, CLUSTER_BELOW_ZOOM);
    expect(street.clusters).toEqual([]);
    expect(street.singles.villages?.length).toBe(villages.length);
    // problems drawn last within the layer
    const flags = (street.singles.villages ?? []).map((f) => isProblemFeature('villages', f.properties));
    expect(flags.indexOf(true)).toBeGreaterThan(0);
    expect(flags.slice(flags.indexOf(true)).every(Boolean)).toBe(true);
    expect(isProblemFeature('machines', { banned: true })).toBe(true);
    expect(isProblemFeature('dustfall-points', { exceeds: true })).toBe(true);
    expect(isProblemFeature('enterprises', { problems: [] })).toBe(false);
  });

  it('places labels that never overlap, township names moved or left out where the discs are', () => {
    for (const zoom of [9.4, 12]) {
      const layout = layoutPoints({ villages }, ['villages'], stations, zoom);
      const labels = placeMapLabels(
        {
          clusters: layout.clusters,
          stationLabels: [{ position: [112.735, 38.425], text: '123' }],
          stationCircles: stations.map((f) => ({
            position: f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : [0, 0],
            radius: f.properties.kind === 'national' ? 15 : 7,
          })),
          townships: townships.map((t) => ({ position: t.position, text: t.name })),
          counties: [{ position: [112.9, 38.6], text: '定襄县' }],
          builtUp: [{ position: [112.73, 38.42], text: '城市建成区（示意）' }],
        },
        zoom,
      );
      expect(labels.filter((l) => l.kind === 'cluster-count').length).toBe(layout.clusters.length);
      expect(labels.some((l) => l.kind === 'station-aqi')).toBe(true);
      const drawn = boxes(labels, zoom);
      for (const [i, a] of drawn.entries())
        for (const b of drawn.slice(i + 1))
          expect(
            a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0,
            `${a.l.kind} ${a.l.text} / ${b.l.kind} ${b.l.text} at ${zoom}`,
          ).toBe(true);
      if (zoom === 9.4) expect(labels.filter((l) => l.kind === 'township').length).toBeLessThan(townships.length);
    }
  });

  it('draws one cluster layer with counts and records what it drew for the browser tests', () => {
    const layers = buildDeckLayers({
      data: { villages, stations },
      state: { ...defaultState, zoom: 9.4, layers: ['villages', 'stations', 'townships'] },
      townshipLabels: townships,
      countyLabels: [],
    });
    const ids = layers.map((l) => l.id);
    expect(ids).toContain('point-clusters');
    expect(ids.indexOf('point-clusters')).toBeGreaterThan(ids.indexOf('villages'));
    expect(ids.indexOf('stations')).toBeGreaterThan(ids.indexOf('point-clusters'));
    expect(ids.indexOf('point-cluster-counts')).toBeGreaterThan(ids.indexOf('stations'));
    const drawn = lastLegibility();
    expect(drawn?.features).toBe(villages.length);
    expect(drawn?.symbols).toBeLessThan(villages.length / 10);
  });

  it('has legend rows for the clusters, the problem one not by colour alone', () => {
    expect(clusterLegend.map((e) => e.shape)).toEqual(['cluster', 'cluster-problem']);
    expect(clusterLegend[1]?.label('zh')).toContain('×N');
    expect(clusterLegend[1]?.label('en')).toContain('×N');
    expect(clusterBlock(['stations'], 'zh')).toBeNull();
    const block = clusterBlock(['villages'], 'zh');
    expect(block?.querySelectorAll('.legend-entry').length).toBe(2);
    expect(block?.textContent).toContain('聚合');
  });
});
