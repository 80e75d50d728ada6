// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  DENSITY_BREAKS,
  DENSITY_LABEL_MIN_ZOOM,
  densityCellAt,
  densityCells,
  densityClass,
  densityFill,
  densityLegend,
  MACHINE_DENSITY_LABELS_ID,
  MACHINE_DENSITY_LAYER_ID,
} from '../../client/layers/machine-density.ts';
import { machineDensityLayers } from '../../client/layers/machine-density-layers.ts';
import { machineDensityMessages } from '../../client/i18n/machine-density.ts';
import type { MachineDensity } from '../../server/schema/machine-density.ts';

const density: MachineDensity = {
  to: '2023-07-15T11:00',
  after: '2023-06-15T11:00',
  window: '30d',
  cellMeters: 500,
  grid: { originLon: 112, originLat: 38, dLon: 0.0057, dLat: 0.0045 },
  positions: 1 + 9 + 10 + 1000,
  machines: 3,
  max: 1000,
  cells: [
    [100, 90, 1],
    [100, 91, 9],
    [101, 90, 10],
    [120, 95, 1000],
  ],
};

describe('机械作业密度, the layer factory (issue 18)', () => {
  it('classes counts at the legend bounds, each bound in the class it opens', () => {
    expect(densityClass(0)).toBe(-1);
    expect(DENSITY_BREAKS.map((b) => densityClass(b))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(DENSITY_BREAKS.slice(1).map((b) => densityClass(b - 1))).toEqual([0, 1, 2, 3, 4]);
    expect(densityClass(1_000_000)).toBe(5);
    expect(densityLegend.map((c) => [c.from, c.to])).toEqual([
      [1, 9],
      [10, 29],
      [30, 99],
      [100, 299],
      [300, 999],
      [1000, null],
    ]);
    expect(new Set(densityLegend.map((c) => c.colour)).size).toBe(6);
    expect(densityFill(9)).not.toEqual(densityFill(10));
  });

  it('outlines each cell from the grid the server sent, once per response', () => {
    const cells = densityCells(density);
    expect(densityCells(density)).toBe(cells);
    const big = cells.find((c) => c.id === '120,95')!;
    expect(big.count).toBe(1000);
    expect(big.polygon[0]![0]).toBeCloseTo(112 + 120 * 0.0057, 12);
    expect(big.polygon[0]![1]).toBeCloseTo(38 + 95 * 0.0045, 12);
    expect(big.polygon[2]![0]).toBeCloseTo(112 + 121 * 0.0057, 12);
    expect(big.polygon[2]![1]).toBeCloseTo(38 + 96 * 0.0045, 12);
    expect(big.polygon[4]).toEqual(big.polygon[0]);
    expect(densityCellAt(density, big.centre)?.id).toBe('120,95');
    expect(densityCellAt(density, [112 + 120.999 * 0.0057, 38 + 95.001 * 0.0045])?.id).toBe('120,95');
    expect(densityCellAt(density, [112.0001, 38.0001])).toBeUndefined();
  });

  it('draws nothing when off, not loaded or empty; the counts written in the cells from zoom 13', () => {
    expect(machineDensityLayers({ density: null, zoom: 12 })).toEqual([]);
    expect(machineDensityLayers({ density: { ...density, cells: [], positions: 0, max: 0 }, zoom: 12 })).toEqual([]);
    const far = machineDensityLayers({ density, zoom: DENSITY_LABEL_MIN_ZOOM - 0.5 });
    expect(far.map((l) => l.id)).toEqual([MACHINE_DENSITY_LAYER_ID]);
    const near = machineDensityLayers({ density, zoom: DENSITY_LABEL_MIN_ZOOM });
    expect(near.map((l) => l.id)).toEqual([MACHINE_DENSITY_LAYER_ID, MACHINE_DENSITY_LABELS_ID]);
    expect(near[0]!.props.pickable).toBe(true);
    expect(near[1]!.props.data).toBe(densityCells(density));
  });

  it('says what it counts in both languages, with the numbers of the window', () => {
    expect(machineDensityMessages('zh').windowRange(density.after, density.to)).toBe(
      '2023-06-15 11:00 之后至 2023-07-15 11:00（含）',
    );
    expect(machineDensityMessages('en').summary('1,020', '3', '4')).toBe('1,020 positions · 3 machines · 4 cells');
    expect(machineDensityMessages('zh').cellNote(500)).toContain('本平台约定');
  });
});
