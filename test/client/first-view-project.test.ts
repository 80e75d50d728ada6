/**
 * The first view's projection (client/first-view/project.ts) places `[lon, lat]` where MapLibre does for the same
 * camera: the centre in the middle of the map area, one world pixel per CSS pixel, north up, Web Mercator.
 */
import { describe, expect, it } from 'vitest';
import { projector, worldOffset } from '../../client/first-view/project.ts';

const camera = { width: 800, height: 600, center: [112.62, 38.45] as [number, number], zoom: 9.4 };

/** Web Mercator world pixels of `[lon, lat]` at `zoom`, 512-pixel tiles (the textbook formula). */
function mercator([lon, lat]: [number, number], zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return [((lon + 180) / 360) * size, ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * size];
}

describe('first-view projector', () => {
  it('puts the camera centre in the middle of the map area', () => {
    const [x, y] = projector(camera)(camera.center);
    expect(x).toBeCloseTo(400, 9);
    expect(y).toBeCloseTo(300, 9);
  });

  it('moves one CSS pixel right for one world pixel east, at the same height', () => {
    const worldPixelDegrees = 360 / (512 * 2 ** camera.zoom);
    const project = projector(camera);
    const [x0, y0] = project([112.7, 38.5]);
    const [x1, y1] = project([112.7 + worldPixelDegrees, 38.5]);
    expect(x1 - x0).toBeCloseTo(1, 9);
    expect(y1 - y0).toBeCloseTo(0, 9);
  });

  it('draws north up and east right', () => {
    const project = projector(camera);
    const [, yNorth] = project([112.62, 38.6]);
    const [, ySouth] = project([112.62, 38.3]);
    const [xEast] = project([112.8, 38.45]);
    expect(yNorth).toBeLessThan(300);
    expect(ySouth).toBeGreaterThan(300);
    expect(xEast).toBeGreaterThan(400);
  });

  it('matches the Web Mercator formula at any zoom', () => {
    for (const zoom of [3, 9.4, 12, 15.5]) {
      const at: [number, number] = [112.734, 38.416];
      const [x, y] = projector({ ...camera, zoom })(at);
      const [wx, wy] = mercator(at, zoom);
      const [cx, cy] = mercator(camera.center, zoom);
      expect(x).toBeCloseTo(wx - cx + 400, 6);
      expect(y).toBeCloseTo(wy - cy + 300, 6);
      expect(worldOffset({ ...camera, zoom })[0]).toBeCloseTo(cx - 400, 6);
    }
  });
});
