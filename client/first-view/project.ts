/**
 * The first view's projection: `[lon, lat]` to CSS pixels of the map area, as MapLibre places them for the same
 * camera (Web Mercator, 512-pixel tiles, bearing 0, pitch 0, the centre at the middle of the area), so that the
 * Canvas 2D picture lies exactly where the WebGL map will draw.
 *
 * @module
 */
import { toPixels } from '../layers/cluster-points.ts';

/** The camera and the size of the map area, CSS pixels. */
export interface Camera {
  width: number;
  height: number;
  center: [number, number];
  zoom: number;
}

/** Maps `[lon, lat]` to `[x, y]` CSS pixels from the top left of the map area (y down). */
export type Projector = (position: readonly [number, number] | readonly number[]) => [number, number];

/** World pixel position (at the camera's zoom) of the area's top left corner. */
export function worldOffset({ width, height, center, zoom }: Camera): [number, number] {
  const [cx, cy] = toPixels(center, zoom);
  return [cx - width / 2, cy - height / 2];
}

/**
 * The projector of a camera: a point's world pixel position at the zoom, less the area's top left corner's.
 *
 * @example
 * projector({ width: 800, height: 600, center: [112.62, 38.45], zoom: 9.4 })([112.62, 38.45]); // [400, 300]
 */
export function projector(camera: Camera): Projector {
  const [left, top] = worldOffset(camera);
  return (position) => {
    const [x, y] = toPixels([position[0] ?? 0, position[1] ?? 0], camera.zoom);
    return [x - left, y - top];
  };
}
