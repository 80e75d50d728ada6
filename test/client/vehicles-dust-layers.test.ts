import { describe, expect, it } from 'vitest';
import type { MuckTrackResponse } from '../../server/schema/muck-track.ts';
import { buildDeckLayers } from '../../client/layers/build-deck-layers.ts';
import { builtUpAreaLayers, roadSegmentLayers } from '../../client/layers/dust-deck-layers.ts';
import { checkpointSize, roadColor, roadWidth, vehicleColor } from '../../client/layers/dust-symbology.ts';
import type { LayerFeature } from '../../client/layers/feature-filter.ts';
import { muckTrackBounds, muckTrackLayers } from '../../client/layers/muck-track-layers.ts';
import { showMuckTrack } from '../../client/layers/muck-track-overlay.ts';
import { legendFor } from '../../client/layers/symbology.ts';
import { dashPath, planarMeters } from '../../client/map/dash-path.ts';
import { detailRows, relatedTasks } from '../../client/panels/feature-details.ts';
import { muckTrackPath } from '../../client/panels/muck-track-button.ts';
import { searchFeatures } from '../../client/panels/search-index.ts';
import { defaultState, type AppState } from '../../client/state/app-state.ts';

/** The data of the `i`-th deck layer. */
const dataOf = <T>(layers: { props: { data?: unknown } }[], i: number): T[] => (layers[i]?.props.data ?? []) as T[];
const point = (id: string, properties: Record<string, unknown>): LayerFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [112.73, 38.42] },
  properties,
});
const road = (id: string, properties: Record<string, unknown>): LayerFeature => ({
  type: 'Feature',
  id,
  geometry: {
    type: 'LineString',
    coordinates: [
      [112.7, 38.41],
      [112.72, 38.41],
    ],
  },
  properties,
});
const area = (provisional: boolean): LayerFeature => ({
  type: 'Feature',
  id: 'BUA-1',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [112.7, 38.4],
        [112.76, 38.4],
        [112.76, 38.45],
        [112.7, 38.45],
        [112.7, 38.4],
      ],
    ],
  },
  properties: { id: 'BUA-1', name: '忻府区城市建成区', provisional, provenance: 'approximate', source: '' },
});

const track: MuckTrackResponse = {
  truckId: 'MT-01',
  plate: '晋H·D1234',
  from: '2023-12-30T23:00:00',
  to: '2023-12-31T23:00:00',
  positions: [
    { ts: '2023-12-30T23:30:00', lon: 112.7, lat: 38.4, speedKmh: 30 },
    { ts: '2023-12-30T23:40:00', lon: 112.75, lat: 38.45, speedKmh: 25 },
  ],
  permit: {
    id: 'P-1',
    siteId: 'S-1',
    disposalSiteId: 'D-1',
    validFrom: '2023-12-01',
    validTo: '2024-01-31',
    hoursFrom: '22:00',
    hoursTo: '05:00',
    bufferM: 200,
    route: [
      [112.7, 38.4],
      [112.71, 38.41],
    ],
  },
  disposalSites: [{ id: 'D-1', name: '消纳场', lon: 112.71, lat: 38.41, radiusM: 150 }],
  violations: [
    {
      kind: 'off-route',
      from: '2023-12-30T23:40:00',
      to: '2023-12-30T23:55:00',
      lon: 112.75,
      lat: 38.45,
      detail: { zh: '偏离', en: 'off' },
    },
  ],
};

describe('muckTrackLayers', () => {
  it('draws the buffer in metres (twice the permit buffer), the route, sites, path, fixes, violations', () => {
    const layers = muckTrackLayers(track);
    expect(layers.map((l) => l.id)).toEqual([
      'muck-track-buffer',
      'muck-track-route',
      'muck-track-disposal',
      'muck-track-path',
      'muck-track-fixes',
      'muck-track-violations',
    ]);
    const buffer = layers[0]?.props as unknown as { widthUnits: string; getWidth: number };
    expect(buffer.widthUnits).toBe('meters');
    expect(buffer.getWidth).toBe(400);
    const disposal = layers[2]?.props as unknown as { radiusUnits: string };
    expect(disposal.radiusUnits).toBe('meters');
  });
  it('leaves out what the track lacks: no permit, no route; one fix, no path', () => {
    const bare = { ...track, permit: null, positions: track.positions.slice(0, 1), violations: [], disposalSites: [] };
    expect(muckTrackLayers(bare).map((l) => l.id)).toEqual(['muck-track-fixes']);
    expect(muckTrackLayers({ ...bare, positions: [] })).toEqual([]);
    expect(muckTrackBounds({ ...bare, positions: [] })).toBeNull();
  });
  it('bounds the fixes, the route and the violations', () => {
    expect(muckTrackBounds(track)).toEqual([112.7, 38.4, 112.75, 38.45]);
  });
  it('is drawn on the map only while its truck is selected', () => {
    const state: AppState = { ...defaultState, selected: { layer: 'muck-trucks', id: 'MT-01' } };
    const input = { data: {}, state, townshipLabels: [], countyLabels: [] };
    showMuckTrack(track);
    expect(buildDeckLayers(input).map((l) => l.id)).toContain('muck-track-buffer');
    expect(buildDeckLayers({ ...input, state: { ...state, selected: null } }).map((l) => l.id)).not.toContain(
      'muck-track-buffer',
    );
    showMuckTrack(null);
    expect(buildDeckLayers(input).map((l) => l.id)).not.toContain('muck-track-buffer');
  });
  it('asks for the 24 h up to the console’s as-of', () => {
    expect(muckTrackPath('MT 01', '2023-12-31T23:00')).toBe('/api/muck/trucks/MT%2001/track?to=2023-12-31T23%3A00');
    expect(muckTrackPath('MT-01', undefined)).toBe('/api/muck/trucks/MT-01/track');
  });
});

describe('dashPath', () => {
  it('cuts a line into dashes of the given length with gaps between', () => {
    const line: [number, number][] = [
      [112, 38],
      [112.01, 38],
    ];
    const total = planarMeters(line[0]!, line[1]!);
    expect(total).toBeCloseTo(877.3, 0);
    const dashes = dashPath(line, 100, 100);
    expect(dashes).toHaveLength(5);
    for (const d of dashes.slice(0, 4)) expect(planarMeters(d[0]!, d[d.length - 1]!)).toBeCloseTo(100, 6);
  });
  it('keeps a dash across a bend and gives a line whole for a non-positive length', () => {
    const bend: [number, number][] = [
      [112, 38],
      [112.001, 38],
      [112.001, 38.001],
    ];
    expect(dashPath(bend, 150, 1000)[0]).toHaveLength(3);
    expect(dashPath(bend, 0, 10)).toEqual([bend]);
    expect(dashPath(bend.slice(0, 1), 10, 10)).toEqual([]);
  });
});

describe('symbology of the issue-16 layers', () => {
  it('roads: behind red and wider, on schedule green, no standard grey; width by class', () => {
    expect(roadColor({ behind: true, sweepIntervalH: 24 })).toBe('#e03131');
    expect(roadColor({ behind: false, sweepIntervalH: 24, washIntervalH: null })).toBe('#2f9e44');
    expect(roadColor({ behind: false, sweepIntervalH: null, washIntervalH: null })).toBe('#868e96');
    expect(roadWidth({ roadClass: 'arterial', behind: false })).toBe(5);
    expect(roadWidth({ roadClass: 'arterial', behind: true })).toBe(7);
    expect(roadWidth({ roadClass: 'branch', behind: false })).toBe(3);
  });
  it('road segments are pickable lines with their feature ids; high dust load gets a casing', () => {
    const layers = roadSegmentLayers(
      [
        road('R1', { behind: true, sweepIntervalH: 24, problems: ['road-sweeping-behind', 'road-dust-load-high'] }),
        road('R2', { behind: false, sweepIntervalH: null, washIntervalH: null }),
      ],
      13,
    );
    expect(layers.map((l) => l.id)).toEqual(['road-segments-dust', 'road-segments']);
    const casing = dataOf<{ id: string }>(layers, 0);
    expect(casing.map((d) => d.id)).toEqual(['R1']);
    const pieces = dataOf<{ id: string }>(layers, 1);
    expect(pieces[0]?.id).toBe('R1');
    // R2 has no standard: dashed into several pieces
    expect(pieces.filter((p) => p.id === 'R2').length).toBeGreaterThan(5);
  });
  it('the built-up area: pickable fill under its layer id, dashed outline and 示意 label while provisional', () => {
    const provisional = builtUpAreaLayers([area(true)], 12, 'zh');
    expect(provisional.map((l) => l.id)).toEqual(['built-up-area', 'built-up-area-outline', 'built-up-area-labels']);
    expect(dataOf(provisional, 1).length).toBeGreaterThan(10);
    expect(dataOf<{ text: string }>(provisional, 2)[0]?.text).toBe('城市建成区（示意）');
    const imported = builtUpAreaLayers([area(false)], 12, 'zh');
    expect(dataOf(imported, 1).length).toBe(1);
    expect(dataOf<{ text: string }>(imported, 2)[0]?.text).toBe('城市建成区');
  });
  it('vehicles by stage; checkpoints grow with the hit rate up to 50 %', () => {
    expect(vehicleColor({ emissionStage: 'IV', status: 'in-use' })).toBe('#e8590c');
    expect(vehicleColor({ emissionStage: 'VI', status: 'in-use' })).toBe('#1c7ed6');
    expect(vehicleColor({ emissionStage: 'new-energy', status: 'in-use' })).toBe('#2f9e44');
    expect(vehicleColor({ emissionStage: 'III', status: 'scrapped' })).toBe('#adb5bd');
    expect(checkpointSize({ hitRate: null })).toBe(14);
    expect(checkpointSize({ hitRate: 0.25 })).toBe(21);
    expect(checkpointSize({ hitRate: 0.9 })).toBe(28);
  });
  it('every new layer has legend rows in Chinese, and vehicles are off by default', () => {
    for (const id of [
      'built-up-area',
      'vehicles',
      'checkpoints',
      'repair-shops',
      'muck-trucks',
      'road-segments',
      'stockyards',
    ] as const) {
      const rows = legendFor(id);
      expect(rows.length, id).toBeGreaterThan(0);
      for (const r of rows) expect(r.label('zh'), id).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(legendFor('built-up-area')[0]?.label('zh')).toContain('示意');
    expect(defaultState.layers).not.toContain('vehicles');
    expect(defaultState.layers).toContain('road-segments');
  });
  it('stockyard legend counts partition the stockyards', () => {
    const rows = legendFor('stockyards');
    for (const compliant of [true, false, null])
      expect(rows.filter((r) => r.matches({ compliant })).length, String(compliant)).toBe(1);
  });
});

describe('details of the issue-16 layers', () => {
  it('a muck truck: plate, permit with hours and buffer; tasks 10 and 11', () => {
    const p = {
      id: 'MT-01',
      plate: '晋H·D1234',
      company: '忻州某运输公司',
      fuel: 'diesel',
      emissionStage: 'VI',
      sealed: true,
      gpsDevice: 'GPS-1',
      township: '140902001',
      townshipName: '长征街街道',
      positionAt: '2023-12-31T22:58:00',
      speedKmh: 31,
      permit: track.permit,
    };
    const rows = detailRows('muck-trucks', p, 'zh');
    expect(rows).toContainEqual(['排放阶段', '国六']);
    expect(rows).toContainEqual(['燃料类型', '柴油']);
    expect(rows).toContainEqual(['核准运输时段', '22:00–05:00']);
    expect(rows).toContainEqual(['路线偏离容许距离', '200 m']);
    expect(rows).toContainEqual(['所属乡镇（街道）', '长征街街道']);
    expect(relatedTasks('muck-trucks', p)).toEqual([10, 11]);
    const none = detailRows('muck-trucks', { ...p, permit: null }, 'zh');
    expect(none).toContainEqual(['准运证', '无有效准运证', 'overdue']);
  });
  it('a road segment behind its schedule, with its dust load in g/m²', () => {
    const rows = detailRows(
      'road-segments',
      {
        roadClass: 'arterial',
        lengthKm: 2.345,
        sweepIntervalH: 24,
        washIntervalH: null,
        lastSweepAt: '2023-12-30T05:00',
        lastWashAt: null,
        behind: true,
        dustLoad: { measuredOn: '2023-12-20', loadGM2: 1.234 },
      },
      'zh',
    );
    expect(rows).toContainEqual(['道路等级', '主干路']);
    expect(rows).toContainEqual(['长度', '2.35 km']);
    expect(rows).toContainEqual(['机械化湿扫频次', '每 24 小时至少一次']);
    expect(rows).toContainEqual(['冲洗频次', '无要求']);
    expect(rows).toContainEqual(['清扫进度', '滞后（超过规定间隔未作业）', 'overdue']);
    expect(rows).toContainEqual(['道路积尘负荷', '1.23 g/m²（2023-12-20）']);
  });
  it('a stockyard without cover; a checkpoint’s hit rate; a vehicle in English', () => {
    const yard = detailRows(
      'stockyards',
      {
        kind: 'industrial',
        material: 'coal',
        areaM2: 12000,
        lastInspection: {
          date: '2023-12-28',
          inspector: 'inspector',
          checks: { enclosure: true, cover: false, spraying: true, wheelWashing: true, hardSurface: true },
        },
      },
      'zh',
    );
    expect(yard).toContainEqual(['堆存物料', '煤炭']);
    expect(yard).toContainEqual(['物料苫盖', '✗ 未到位', 'overdue']);
    expect(yard).toContainEqual(['围挡封闭', '✓ 到位']);
    expect(detailRows('checkpoints', { kind: 'fixed', checks: 40, hits: 6, hitRate: 0.15 }, 'zh')).toContainEqual([
      '命中率',
      '15%',
    ]);
    const car = detailRows('vehicles', { plate: '晋H12345', category: 'sanitation', emissionStage: 'IV' }, 'en');
    expect(car).toContainEqual(['Vehicle type', 'sanitation vehicle']);
    expect(car).toContainEqual(['Emission stage', 'China IV']);
  });
  it('the search finds a vehicle or muck truck by its plate', () => {
    const hits = searchFeatures({ 'muck-trucks': [point('MT-01', { plate: '晋H·D1234' })] }, 'D1234');
    expect(hits.map((h) => [h.layer, h.id, h.name])).toEqual([['muck-trucks', 'MT-01', '晋H·D1234']]);
  });
});
