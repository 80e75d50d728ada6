import type { Feature } from 'geojson';
import type { LngLatBoundsLike } from 'maplibre-gl';

/** The bounds of features' positions, for fitBounds; null when they have none. */
export function boundsOf(features: readonly Pick<Feature, 'geometry'>[]): LngLatBoundsLike | null {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      box[0] = Math.min(box[0] as number, x);
      box[1] = Math.min(box[1] as number, y);
      box[2] = Math.max(box[2] as number, x);
      box[3] = Math.max(box[3] as number, y);
    } else for (const child of c as unknown[]) visit(child);
  };
  for (const f of features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return Number.isFinite(box[0])
    ? [
        [box[0] as number, box[1] as number],
        [box[2] as number, box[3] as number],
      ]
    : null;
}
