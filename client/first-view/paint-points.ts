/**
 * What deck.gl draws under the labels, drawn with the Canvas 2D API in buildDeckLayers' order
 * (client/layers/build-deck-layers.ts): the built-up area and the road segments, the dustfall discs, every clustered
 * layer's single icons (with the enterprises' grade badges), the cluster discs and the stations. Keep it in step with
 * that file and with dust-deck-layers.ts.
 *
 * @module
 */
import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import {
  BUILT_UP_COLOR,
  ROAD_DUST_HIGH_COLOR,
  roadColor,
  roadDustHigh,
  roadHasStandard,
  roadWidth,
} from '../layers/dust-symbology.ts';
import { checkpointSize } from '../layers/dust-symbology.ts';
import { builtUpOutlines, type DashedPiece, dashed, linesOf, polygonsOf } from '../layers/dust-geometry.ts';
import type { LayerFeature } from '../layers/feature-filter.ts';
import { gradeBadgeIcon, iconFor } from '../layers/icons.ts';
import { clusteredLayers, type PointLayout, positionOf, stationRadius } from '../layers/point-clusters.ts';
import {
  CLUSTER_COLOR,
  CLUSTER_PROBLEM_COLOR,
  gradeColors,
  pointIconSize,
  pointSymbology,
  pointZoomScale,
} from '../layers/symbology.ts';
import { traceLine } from './draw-paths.ts';
import { iconSprite } from './icon-images.ts';
import type { Projector } from './project.ts';

/** A CSS colour of a `#rrggbb` colour at an alpha of 0–255, as deck.gl's `[r, g, b, a]`. */
export function cssColor(hex: string, alpha = 255): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha / 255})`;
}

/** An icon to draw: its image URL, size (its height, pixels), anchor row of its 48-px image and place. */
export interface IconDraw {
  url: string;
  at: [number, number];
  size: number;
  /** The image's size and anchor row in its own pixels (deck.gl's icon `width`, `height`, `anchorY`). */
  width: number;
  height: number;
  anchorY: number;
  offset: [number, number];
}

/** Everything drawn below the labels, in drawing order; the icons are only listed (drawn once decoded). */
export type PointDraw =
  | { kind: 'icon'; icon: IconDraw }
  | { kind: 'disc'; at: [number, number]; radius: number; fill: string | null; line: string; lineWidth: number };

/** What the points need: the data shown, the layout of buildDeckLayers, and which layers are on. */
export interface PointInput {
  data: Partial<Record<LayerId, LayerFeature[]>>;
  layout: PointLayout;
  stations: readonly LayerFeature[];
  showStations: boolean;
  zoom: number;
  project: Projector;
}

/** The symbols of the dustfall points, the clustered layers' singles, the clusters and the stations, bottom to top. */
export function pointDraws({ layout, stations, showStations, zoom, project }: PointInput): PointDraw[] {
  const draws: PointDraw[] = [];
  const dustfall = layout.singles['dustfall-points'];
  if (dustfall) {
    const symbology = pointSymbology['dustfall-points'];
    for (const f of dustfall)
      draws.push({
        kind: 'disc',
        at: project(positionOf(f)),
        radius: 3 + 2.4 * Math.sqrt(Number(f.properties.value ?? 0)),
        fill: cssColor(symbology?.colorOf(f.properties) ?? '#999', 200),
        line: '#ffffff',
        lineWidth: 1.5,
      });
  }
  const scale = pointZoomScale(zoom);
  for (const id of clusteredLayers) {
    const shown = layout.singles[id];
    const symbology = pointSymbology[id];
    if (id === 'dustfall-points' || !shown || !symbology) continue;
    for (const f of shown) {
      const icon = iconFor(symbology.shapeOf(f.properties), symbology.colorOf(f.properties));
      const size = (id === 'checkpoints' ? checkpointSize(f.properties) : (pointIconSize[id] ?? 14)) * scale;
      draws.push({ kind: 'icon', icon: { ...icon, at: project(positionOf(f)), size, offset: [0, 0] } });
    }
    if (id === 'enterprises' && zoom >= 10.5)
      for (const f of shown) {
        const grade = String(f.properties.grade);
        const icon = gradeBadgeIcon(grade, gradeColors[grade] ?? '#999');
        draws.push({ kind: 'icon', icon: { ...icon, at: project(positionOf(f)), size: 11, offset: [7, -7] } });
      }
  }
  for (const c of layout.clusters)
    draws.push({
      kind: 'disc',
      at: project(c.position),
      radius: c.radius,
      fill: cssColor(CLUSTER_COLOR, 225),
      line: c.problems > 0 ? CLUSTER_PROBLEM_COLOR : '#ffffff',
      lineWidth: c.problems > 0 ? 3.5 : 1.5,
    });
  if (showStations) {
    const symbology = pointSymbology.stations;
    for (const f of stations) {
      const icon = iconFor('circle', symbology?.colorOf(f.properties) ?? '#999');
      const size = 2 * stationRadius(f) - (f.properties.kind === 'national' ? 0 : 1);
      draws.push({ kind: 'icon', icon: { ...icon, at: project(positionOf(f)), size, offset: [0, 0] } });
    }
  }
  return draws;
}

/**
 * Draws the symbols. A disc as deck.gl's ScatterplotLayer: its line centred on its radius. An icon as its IconLayer
 * with pixel sizes: `size` pixels high, as wide as its image's proportion, its anchor on the place (`deviceScale`:
 * device pixels per CSS pixel, to pick the icon's mipmap level).
 */
export function paintPoints(
  ctx: CanvasRenderingContext2D,
  draws: readonly PointDraw[],
  images: ReadonlyMap<string, HTMLImageElement>,
  deviceScale: number,
): number {
  let drawn = 0;
  for (const d of draws) {
    if (d.kind === 'disc') {
      ctx.beginPath();
      ctx.arc(d.at[0], d.at[1], d.radius, 0, 2 * Math.PI);
      if (d.fill) {
        ctx.fillStyle = d.fill;
        ctx.fill();
      }
      ctx.strokeStyle = d.line;
      ctx.lineWidth = d.lineWidth;
      ctx.stroke();
      drawn++;
      continue;
    }
    const { url, at, size, width, height, anchorY, offset } = d.icon;
    const image = images.get(url);
    if (!image) continue;
    const k = size / height;
    const sprite = iconSprite(image, width * k * deviceScale, size * deviceScale);
    if (!sprite) continue;
    // whole device pixels: a copy, not a resampling (at most half a device pixel off deck.gl's place)
    const left = Math.round((at[0] + offset[0] - (width / 2) * k) * deviceScale) / deviceScale;
    const top = Math.round((at[1] + offset[1] - anchorY * k) * deviceScale) / deviceScale;
    ctx.drawImage(sprite, left, top, sprite.width / deviceScale, sprite.height / deviceScale);
    drawn++;
  }
  return drawn;
}

/** Strokes one path per piece, so overlapping pieces blend as deck.gl's paths do. */
function strokePieces(
  ctx: CanvasRenderingContext2D,
  project: Projector,
  pieces: readonly DashedPiece[],
  style: (f: LayerFeature) => { color: string; width: number },
): void {
  for (const piece of pieces) {
    const { color, width } = style(piece.feature);
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.beginPath();
    traceLine(ctx, project, piece.path);
    ctx.stroke();
  }
}

/** The built-up area (faint fill, its outline dashed while provisional), as dust-deck-layers.ts draws it. */
export function paintBuiltUp(
  ctx: CanvasRenderingContext2D,
  project: Projector,
  features: LayerFeature[],
  zoom: number,
): void {
  ctx.fillStyle = cssColor(BUILT_UP_COLOR, 22);
  for (const f of features)
    for (const rings of polygonsOf(f)) {
      ctx.beginPath();
      for (const ring of rings) traceLine(ctx, project, ring);
      ctx.fill('evenodd');
    }
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'miter';
  ctx.miterLimit = 4;
  const color = cssColor(BUILT_UP_COLOR, 220);
  strokePieces(ctx, project, builtUpOutlines(features, zoom), () => ({ color, width: 2 }));
}

/** The road segments: an orange casing where the dust load is too high, then the roads, dashed without a standard. */
export function paintRoads(
  ctx: CanvasRenderingContext2D,
  project: Projector,
  features: LayerFeature[],
  zoom: number,
): void {
  const lines = features.flatMap((feature) =>
    linesOf(feature).map((path): DashedPiece => ({ id: String(feature.id), path, feature })),
  );
  const standard = (l: DashedPiece) => roadHasStandard(l.feature.properties) || l.feature.properties.behind === true;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  const casing = cssColor(ROAD_DUST_HIGH_COLOR, 200);
  strokePieces(
    ctx,
    project,
    lines.filter((l) => roadDustHigh(l.feature.properties)),
    (f) => ({ color: casing, width: roadWidth(f.properties) + 6 }),
  );
  strokePieces(
    ctx,
    project,
    [
      ...lines.filter(standard),
      ...dashed(
        lines.filter((l) => !standard(l)),
        zoom,
      ),
    ],
    (f) => ({
      color: cssColor(roadColor(f.properties), 235),
      width: roadWidth(f.properties),
    }),
  );
}

/** A selected road or area: a wide translucent halo along its lines (build-deck-layers.ts's `selection-lines`). */
export function paintSelectedLines(ctx: CanvasRenderingContext2D, project: Projector, feature: LayerFeature): void {
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = 'rgba(13, 74, 122, 0.353)';
  ctx.lineWidth = 14;
  for (const path of [...linesOf(feature), ...polygonsOf(feature).flat()]) {
    ctx.beginPath();
    traceLine(ctx, project, path);
    ctx.stroke();
  }
}
