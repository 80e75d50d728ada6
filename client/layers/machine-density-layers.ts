/**
 * 机械作业密度's deck.gl layers (issue 18): the cells of machine-density.ts as square polygons in their class's
 * colour, and their counts from {@link DENSITY_LABEL_MIN_ZOOM}. Pure over its inputs; loaded with the map (the first
 * view is drawn before deck.gl arrives).
 *
 * @module
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { SolidPolygonLayer, TextLayer } from '@deck.gl/layers';
import type { MachineDensity } from '../../server/schema/machine-density.ts';
import {
  DENSITY_LABEL_MIN_ZOOM,
  densityCells,
  densityFill,
  MACHINE_DENSITY_LABELS_ID,
  MACHINE_DENSITY_LAYER_ID,
  type DensityCell,
} from './machine-density.ts';

export interface MachineDensityLayerInput {
  /** The server's counts; null (off, or not loaded yet): no layer. */
  density: MachineDensity | null;
  /** The map's zoom: counts are written in the cells from {@link DENSITY_LABEL_MIN_ZOOM}. */
  zoom: number;
  /** A cell hovered (null: none) at `[x, y]` pixels of the map. */
  onHover?: (cell: DensityCell | null, at: [number, number]) => void;
  /** A cell clicked. */
  onClick?: (cell: DensityCell, at: [number, number]) => void;
}

/** The density's deck layers (beneath the data layers): the cells, then their counts when zoomed in. */
export function machineDensityLayers({ density, zoom, onHover, onClick }: MachineDensityLayerInput): Layer[] {
  if (!density || density.cells.length === 0) return [];
  const cells = densityCells(density);
  const layers: Layer[] = [
    new SolidPolygonLayer<DensityCell>({
      id: MACHINE_DENSITY_LAYER_ID,
      data: cells,
      getPolygon: (c) => c.polygon,
      getFillColor: (c) => densityFill(c.count),
      pickable: true,
      autoHighlight: true,
      highlightColor: [255, 204, 0, 200],
      onHover: (info: PickingInfo<DensityCell>) => onHover?.(info.object ?? null, [info.x, info.y]),
      onClick: (info: PickingInfo<DensityCell>) => {
        if (info.object) onClick?.(info.object, [info.x, info.y]);
      },
    }),
  ];
  if (zoom >= DENSITY_LABEL_MIN_ZOOM)
    layers.push(
      new TextLayer<DensityCell>({
        id: MACHINE_DENSITY_LABELS_ID,
        data: cells,
        getPosition: (c) => c.centre,
        getText: (c) => String(c.count),
        getSize: 13,
        getColor: [20, 20, 20, 255],
        characterSet: '0123456789',
        fontSettings: { sdf: true },
        outlineWidth: 2,
        outlineColor: [255, 255, 255, 255],
        getTextAnchor: 'middle',
        getAlignmentBaseline: 'center',
      }),
    );
  return layers;
}
