import type { Layer } from '@deck.gl/core';
import { PathLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { RoutePlanResponse } from '../../../server/schema/routes.ts';

type Rgb = [number, number, number];

/** One colour per inspector (ui.md: routes, one colour per inspector). */
export const ROUTE_COLORS: Rgb[] = [
  [214, 51, 132],
  [25, 113, 194],
  [47, 158, 68],
  [240, 140, 0],
  [112, 72, 232],
  [12, 166, 120],
];

/** The colour of an inspector's route. */
export const routeColor = (inspector: number): Rgb => ROUTE_COLORS[(inspector - 1) % ROUTE_COLORS.length] as Rgb;

/** `#rrggbb` of a colour. */
export const hexColor = (c: Rgb): string => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/** Drawn over everything already on the map, whatever its depth (clusters, choropleth, drawn shapes). */
const ON_TOP = { depthCompare: 'always' as const, depthWriteEnabled: false };

/**
 * The deck.gl layers of a plan, bottom to top: the roads driven, the depot, the stops and their numbers. The stops
 * and numbers ignore depth, so they stay visible above the clusters of the data layers.
 */
export function routeOverlayLayers(plan: RoutePlanResponse | null): Layer[] {
  if (!plan) return [];
  const stops = plan.routes.flatMap((r) => r.stops.map((s, i) => ({ ...s, n: i + 1, color: routeColor(r.inspector) })));
  return [
    new PathLayer({
      id: 'inspection-routes',
      data: plan.routes,
      getPath: (r) => r.geometry.coordinates,
      getColor: (r) => [...routeColor(r.inspector), 220] as [number, number, number, number],
      getWidth: 4,
      widthUnits: 'pixels',
      jointRounded: true,
      capRounded: true,
      parameters: ON_TOP,
    }),
    new ScatterplotLayer({
      id: 'inspection-depot',
      data: [plan.depot],
      getPosition: (d) => d,
      getRadius: 8,
      radiusUnits: 'pixels',
      getFillColor: [20, 20, 20],
      stroked: true,
      getLineColor: [255, 255, 255],
      lineWidthUnits: 'pixels',
      getLineWidth: 2,
      parameters: ON_TOP,
    }),
    new ScatterplotLayer({
      id: 'inspection-stops',
      data: stops,
      getPosition: (s) => s.position,
      getRadius: 10,
      radiusUnits: 'pixels',
      getFillColor: (s) => s.color,
      stroked: true,
      getLineColor: [255, 255, 255],
      lineWidthUnits: 'pixels',
      getLineWidth: 2,
      parameters: ON_TOP,
    }),
    new TextLayer({
      id: 'inspection-stop-numbers',
      data: stops,
      getPosition: (s) => s.position,
      getText: (s) => String(s.n),
      characterSet: '0123456789',
      getSize: 12,
      fontWeight: 700,
      getColor: [255, 255, 255],
      getTextAnchor: 'middle',
      getAlignmentBaseline: 'center',
      parameters: ON_TOP,
    }),
  ];
}

/** The bounds `[[west, south], [east, north]]` of a plan's roads, stops and depot; null when it has no route. */
export function planBounds(plan: RoutePlanResponse): [[number, number], [number, number]] | null {
  const points = [
    plan.depot,
    ...plan.routes.flatMap((r) => [...r.geometry.coordinates, ...r.stops.map((s) => s.position)]),
  ];
  if (plan.routes.length === 0) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}
