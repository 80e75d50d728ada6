/**
 * Path tracing for the first view: GeoJSON rings and lines added to a Canvas 2D path through the projector.
 *
 * @module
 */
import type { Projector } from './project.ts';

type Positions = readonly (readonly number[])[];

/** Adds one line (or ring, left open: a ring's last position repeats its first) to the current path. */
export function traceLine(ctx: CanvasRenderingContext2D, project: Projector, line: Positions): void {
  let first = true;
  for (const position of line) {
    const [x, y] = project(position);
    if (first) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
    first = false;
  }
}

/** The lines a geometry draws as a line layer: a line's own, a polygon's rings. */
export function linesOfGeometry(g: GeoJSON.Geometry): Positions[] {
  switch (g.type) {
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    case 'GeometryCollection':
      return g.geometries.flatMap(linesOfGeometry);
    default:
      return [];
  }
}

/** The polygons (each its ring list) of a geometry, for a fill. */
export function polygonsOfGeometry(g: GeoJSON.Geometry): Positions[][] {
  switch (g.type) {
    case 'Polygon':
      return [g.coordinates];
    case 'MultiPolygon':
      return g.coordinates;
    case 'GeometryCollection':
      return g.geometries.flatMap(polygonsOfGeometry);
    default:
      return [];
  }
}

/** Fills the polygons of `geometries` with the current fill style (holes left open, whatever the ring winding). */
export function fillPolygons(ctx: CanvasRenderingContext2D, project: Projector, geometries: GeoJSON.Geometry[]): void {
  for (const g of geometries)
    for (const rings of polygonsOfGeometry(g)) {
      ctx.beginPath();
      for (const ring of rings) traceLine(ctx, project, ring);
      ctx.fill('evenodd');
    }
}

/** Strokes the lines (a polygon's rings) of `geometries` with the current stroke style, one path for them all. */
export function strokeLines(ctx: CanvasRenderingContext2D, project: Projector, geometries: GeoJSON.Geometry[]): void {
  ctx.beginPath();
  for (const g of geometries)
    for (const line of linesOfGeometry(g)) {
      traceLine(ctx, project, line);
      if (g.type === 'Polygon' || g.type === 'MultiPolygon') ctx.closePath();
    }
  ctx.stroke();
}
