import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'lantian-roads-'));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function freshRouter() {
  const { roadRouter } = await import('../../server/services/road-router.ts');
  return roadRouter();
}

describe('roadRouter', () => {
  it('loads the shipped synthetic network by default', async () => {
    const router = await freshRouter();
    expect(router.graph).not.toBeNull();
    expect(router.route([112.7283, 38.4153], [112.645, 38.56]).method).toBe('road');
  });

  it('loads a real network from LANTIAN_ROADS instead', async () => {
    const file = join(dir, 'roads.geojson');
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { highway: 'primary' },
            geometry: {
              type: 'LineString',
              coordinates: [
                [112.7, 38.4],
                [112.75, 38.4],
              ],
            },
          },
        ],
      }),
    );
    vi.stubEnv('LANTIAN_ROADS', file);
    const router = await freshRouter();
    expect(router.graph?.nodeCount).toBe(2);
    const route = router.route([112.7, 38.4], [112.75, 38.4]);
    expect(route.method).toBe('road');
    expect(route.distanceM).toBeGreaterThan(4_000);
    expect(route.distanceM).toBeLessThan(4_500);
  });

  it('falls back to straight lines, flagged, when the file is unusable', async () => {
    const file = join(dir, 'broken.geojson');
    writeFileSync(
      file,
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},' +
        '"geometry":{"type":"Point","coordinates":[1,2]}}]}',
    );
    vi.stubEnv('LANTIAN_ROADS', file);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = await freshRouter();
    expect(router.graph).toBeNull();
    expect(router.route([112.7, 38.4], [112.75, 38.4]).method).toBe('straight-line');
    rmSync(dir, { recursive: true, force: true });
  });
});
