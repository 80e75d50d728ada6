import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { DISTRICT_ENTITY } from '../../server/schema/enums/rule-id.ts';
import { layerIds, type LayerId } from '../../server/schema/layer-catalogue.ts';
import { layerFeatureCollectionSchemas } from '../../server/schema/layer-feature-collection.ts';
import { ruleHitsResponseSchema } from '../../server/schema/rules.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Caller } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let app: Caller;

beforeAll(() => {
  seeded = createSeededDbFile();
  app = asUser(createApp({ db: seeded.db }), seeded.db, 'official');
});
afterAll(() => seeded.dispose());

async function getJson(path: string): Promise<unknown> {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return res.json();
}

/** `entity id → rule ids`, from the features' `problems` (entities without problems left out). */
async function problemsOfLayer(layer: LayerId, asOf: string): Promise<Record<string, string[]>> {
  const body = layerFeatureCollectionSchemas[layer].parse(await getJson(`/api/layers/${layer}?asOf=${asOf}`));
  return Object.fromEntries(
    body.features.filter((f) => f.properties.problems.length > 0).map((f) => [String(f.id), f.properties.problems]),
  );
}

/**
 * The oracle: `entity id → rule ids` of GET /api/rules's hits on `layer`, in rule order; a district-level hit
 * (entity {@link DISTRICT_ENTITY}) is on no township feature, so it is left out.
 */
async function hitsOfLayer(layer: LayerId, asOf: string): Promise<Record<string, string[]>> {
  const { hits } = ruleHitsResponseSchema.parse(await getJson(`/api/rules?asOf=${asOf}`));
  const byEntity: Record<string, string[]> = {};
  for (const h of hits.filter((hit) => hit.layer === layer && hit.entityId !== DISTRICT_ENTITY)) {
    const rules = (byEntity[h.entityId] ??= []);
    if (!rules.includes(h.rule)) rules.push(h.rule);
  }
  return byEntity;
}

// Winter (no ozone control, deadlines passed), a summer working hour (ozone controls in force), before the deadlines.
const moments = ['2023-12-31T23:00', '2023-07-12T11:00', '2023-03-01T09:00'];

describe('GET /api/layers/:id problems', () => {
  it.each(moments.flatMap((asOf) => layerIds.map((layer) => [layer, asOf] as const)))(
    '%s at %s: the features with problems are exactly the entities GET /api/rules hits, with the same rules',
    async (layer, asOf) => {
      expect(await problemsOfLayer(layer, asOf)).toEqual(await hitsOfLayer(layer, asOf));
    },
  );

  it('marks problems on the layers the rules look at (the oracle is not vacuous)', async () => {
    const asOf = moments[0] ?? '';
    for (const layer of ['enterprises', 'villages', 'construction-sites', 'fuel-points'] as const) {
      expect(Object.keys(await problemsOfLayer(layer, asOf)).length, layer).toBeGreaterThan(0);
    }
  });

  it('a filtered request marks the same problems as the whole layer', async () => {
    const asOf = moments[1] ?? '';
    const all = await problemsOfLayer('enterprises', asOf);
    const body = layerFeatureCollectionSchemas.enterprises.parse(
      await getJson(`/api/layers/enterprises?asOf=${asOf}&grade=D`),
    );
    for (const f of body.features) expect(f.properties.problems).toEqual(all[String(f.id)] ?? []);
  });
});
