import { describe, expect, it } from 'vitest';
import { AQI_LEVELS } from '../../server/aq/aqi-level.ts';
import { buildDeckLayers, COUNT_CHARACTERS } from '../../client/layers/build-deck-layers.ts';
import type { LayerFeature } from '../../client/layers/feature-filter.ts';
import { badgeLegendFor, legendFor, pointSymbology } from '../../client/layers/symbology.ts';
import { exportLegend, scaleBar } from '../../client/map/export-legend.ts';
import { defaultState } from '../../client/state/app-state.ts';
import type { LayerSummary } from '../../server/schema/layer-catalogue.ts';

const point = (id: string, properties: Record<string, unknown>, lon = 112.7, lat = 38.4) =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties }) as LayerFeature;

describe('the stations legend', () => {
  it('is the HJ 633 AQI scale the stations are drawn in, six levels with their ranges, and no reading', () => {
    const legend = legendFor('stations');
    expect(legend.map((e) => e.color)).toEqual([...AQI_LEVELS.map((b) => b.color), '#adb5bd']);
    expect(legend.map((e) => e.label('zh'))).toEqual([
      '优（AQI 0–50）',
      '良（AQI 51–100）',
      '轻度污染（AQI 101–150）',
      '中度污染（AQI 151–200）',
      '重度污染（AQI 201–300）',
      '严重污染（AQI > 300）',
      '无读数',
    ]);
    expect(legend[2]?.label('en')).toBe('Lightly polluted (AQI 101–150)');
  });

  it('matches each station by the level it is coloured in', () => {
    const station = { kind: 'micro', aqi: { level: 3, color: '#FF7E00', value: 120 } };
    const entry = legendFor('stations').find((e) => e.matches(station));
    expect(entry?.color).toBe(pointSymbology.stations?.colorOf(station));
  });

  it('explains the grade letter badge beside an enterprise', () => {
    const badges = badgeLegendFor('enterprises');
    expect(badges.map((b) => b.badge)).toEqual(['A', 'B', 'C', 'D']);
    expect(badges[0]?.label('zh')).toBe('角标字母 A：绩效A级');
    expect(badges[3]?.label('en')).toBe('badge letter D: performance grade D');
  });
});

describe('the map text', () => {
  it('has every character it writes in its font atlas (the clusters’ ×, the AQI digits)', () => {
    const machines = Array.from({ length: 6 }, (_, i) =>
      point(`M${i}`, { banned: i % 2 === 0 }, 112.7 + i * 0.0001, 38.4),
    );
    const stations = [point('S1', { kind: 'national', aqi: { value: 123, level: 3, color: '#FF7E00' } })];
    const layers = buildDeckLayers({
      data: { machines, stations },
      state: { ...defaultState, zoom: 9 },
      townshipLabels: [],
      countyLabels: [],
    });
    const texts = layers.filter((l) => l.constructor.name === 'TextLayer');
    const counts = texts.find((l) => l.id === 'point-cluster-counts');
    expect(counts).toBeDefined();
    for (const layer of texts) {
      const props = layer.props as unknown as {
        data: unknown[];
        getText: (d: unknown) => string;
        characterSet: string | string[];
      };
      if (props.characterSet === 'auto') continue;
      const atlas = new Set(props.characterSet);
      for (const d of props.data)
        for (const ch of props.getText(d).replace(/\n/g, '')) expect(atlas.has(ch), `${layer.id}: ${ch}`).toBe(true);
    }
    expect(COUNT_CHARACTERS).toContain('×');
  });
});

describe('the exported map legend', () => {
  const catalogue = [
    { id: 'stations', nameZh: '空气质量监测站', nameEn: 'Air-quality stations' },
    { id: 'enterprises', nameZh: '工业企业', nameEn: 'Enterprises' },
  ] as LayerSummary[];
  it('lists the visible layers with their rows, in the console language', () => {
    const legend = exportLegend(['stations'], catalogue, 'zh');
    expect(legend.title).toBe('图例');
    expect(legend.blocks.map((b) => b.title)).toEqual(['空气质量监测站']);
    expect(legend.blocks[0]?.rows[0]?.label).toBe('优（AQI 0–50）');
    const en = exportLegend(['stations', 'enterprises'], catalogue, 'en');
    expect(en.blocks.map((b) => b.title)).toEqual(['Enterprises', 'Air-quality stations']);
    expect(en.blocks[0]?.rows.some((r) => r.label.startsWith('badge letter A'))).toBe(true);
  });
  it('has a round scale bar no longer than asked', () => {
    expect(scaleBar(20, 120)).toEqual({ meters: 2000, px: 100, label: '2 km' });
    expect(scaleBar(1.5, 120)).toEqual({ meters: 100, px: 100 / 1.5, label: '100 m' });
  });
});
