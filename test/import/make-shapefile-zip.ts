/**
 * Builds small zipped shapefiles in memory for the shapefile tests (shapes with @mapbox/shp-write,
 * the zip with fflate), so each test states the .prj, .cpg and coordinates it is about.
 */
import { write as writeShapefile } from '@mapbox/shp-write';
import { unzipSync, zipSync } from 'fflate';
import type { Position } from 'geojson';

/** What goes into the zip. */
export interface ShapefileZipSpec {
  /** Polygons as rings of source coordinates (x, y), outer rings clockwise as shapefiles have them. */
  polygons: Position[][][];
  /** Attribute rows (ASCII values), one per polygon. */
  rows?: Array<Record<string, string | number>>;
  /** .prj text; omitted when undefined. */
  prj?: string;
  /** .cpg text; omitted when undefined. */
  cpg?: string;
  /** Base name of the layer inside the zip. Default `layer`. */
  name?: string;
}

/** The .shp, .shx, .dbf (and .prj, .cpg) of one polygon layer, by file name. */
export function shapefileFiles(spec: ShapefileZipSpec): Record<string, Uint8Array> {
  const name = spec.name ?? 'layer';
  const rows = spec.rows ?? spec.polygons.map((_, i) => ({ ID: i + 1 }));
  const files: Record<string, Uint8Array> = {};
  writeShapefile(
    rows,
    'POLYGON',
    spec.polygons,
    (error: unknown, out: { shp: DataView; shx: DataView; dbf: DataView }) => {
      if (error) throw error;
      files[`${name}.shp`] = new Uint8Array(out.shp.buffer);
      files[`${name}.shx`] = new Uint8Array(out.shx.buffer);
      files[`${name}.dbf`] = new Uint8Array(out.dbf.buffer, out.dbf.byteOffset, out.dbf.byteLength);
    },
  );
  if (spec.prj !== undefined) files[`${name}.prj`] = new TextEncoder().encode(spec.prj);
  if (spec.cpg !== undefined) files[`${name}.cpg`] = new TextEncoder().encode(spec.cpg);
  return files;
}

/** A zip of {@link shapefileFiles}. */
export function makeShapefileZip(spec: ShapefileZipSpec): Uint8Array {
  return zipSync(shapefileFiles(spec));
}

/** A copy of a zip with entries replaced (Uint8Array) or removed (null), matched by the end of their path. */
export function editZip(zip: Uint8Array, edits: Record<string, Uint8Array | null>): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(zip);
  for (const [suffix, content] of Object.entries(edits)) {
    const path = Object.keys(files).find((p) => p.endsWith(suffix));
    if (content === null) {
      if (path) delete files[path];
    } else {
      files[path ?? suffix] = content;
    }
  }
  return zipSync(files);
}
