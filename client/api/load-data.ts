import type { BootstrapResponse } from '../../server/schema/bootstrap.ts';
import type { LayerCatalogue } from '../../server/schema/layer-catalogue.ts';
import { layerIds, type LayerId } from '../../server/schema/enums/layer-id.ts';
import type { MetaResponse } from '../../server/schema/meta.ts';
import type { PlanResponse } from '../../server/schema/plan.ts';
import type { LayerFeature } from '../layers/feature-filter.ts';
import type { ApiResult } from './api-result.ts';
import { fetchJson } from './fetch-json.ts';

/** What the console loads at start. */
export interface ConsoleData {
  catalogue: LayerCatalogue;
  plan: PlanResponse;
  meta: MetaResponse;
  layers: Partial<Record<LayerId, LayerFeature[]>>;
}

/** Layers whose features depend on the as-of moment: all of them, as each feature's `problems` (rule hits) does. */
export const timeDependentLayers: readonly LayerId[] = layerIds;

/** How time-dependent layers are asked for: the as-of moment (null = dataset default) and the stations' AQI period. */
export interface TimeOptions {
  asOf: string | null;
  aqiPeriod: 'hour' | 'day';
}

/** Fetches the given layers at a moment. */
export async function loadLayers(
  ids: readonly LayerId[],
  time: TimeOptions,
  signal?: AbortSignal,
): Promise<ApiResult<ConsoleData['layers']>> {
  const query = (id: LayerId) => {
    const q = new URLSearchParams();
    if (time.asOf && timeDependentLayers.includes(id)) q.set('asOf', time.asOf);
    if (id === 'stations' && time.aqiPeriod === 'day') q.set('aqiPeriod', 'day');
    return q.size ? `?${q.toString()}` : '';
  };
  const results = await Promise.all(
    ids.map(
      async (id) =>
        [id, await fetchJson<{ features: LayerFeature[] }>(`/api/layers/${id}${query(id)}`, signal)] as const,
    ),
  );
  const layers: ConsoleData['layers'] = {};
  for (const [id, result] of results) {
    if (!result.ok) return result;
    layers[id] = result.value.features;
  }
  return { ok: true, value: layers };
}

/**
 * The layers the first view needs, in catalogue order: the visible ones, the townships (names and outlines every
 * view uses) and the selected feature's layer. The others load after the first paint.
 *
 * @example
 * firstViewLayers({ layers: ['stations'], selected: null }); // ['townships', 'stations']
 */
export function firstViewLayers(state: { layers: readonly LayerId[]; selected: { layer: LayerId } | null }): LayerId[] {
  const wanted = new Set<LayerId>([...state.layers, 'townships']);
  if (state.selected) wanted.add(state.selected.layer);
  return layerIds.filter((id) => wanted.has(id));
}

/** The GET /api/bootstrap path for `ids` at a moment. */
export function bootstrapPath(ids: readonly LayerId[], time: TimeOptions): string {
  const q = new URLSearchParams();
  if (time.asOf) q.set('asOf', time.asOf);
  if (time.aqiPeriod === 'day') q.set('aqiPeriod', 'day');
  q.set('layers', ids.join(','));
  return `/api/bootstrap?${q.toString()}`;
}

/**
 * Loads the catalogue, the plan, the dataset meta and the features of `ids` (default: every layer) in one request
 * (GET /api/bootstrap, compressed and cached by the server). `layers` holds exactly the layers asked for: a layer
 * absent from it is not loaded yet. Fails as a whole with one message naming what failed, so the UI can show it and
 * offer a retry.
 */
export async function loadConsoleData(
  time: TimeOptions,
  ids: readonly LayerId[] = layerIds,
  signal?: AbortSignal,
): Promise<ApiResult<ConsoleData>> {
  const result = await fetchJson<BootstrapResponse>(bootstrapPath(ids, time), signal);
  if (!result.ok) return result;
  const { catalogue, plan, meta } = result.value;
  const layers: ConsoleData['layers'] = {};
  for (const id of ids) {
    const collection = result.value.layers[id];
    if (collection) layers[id] = collection.features as LayerFeature[];
  }
  return { ok: true, value: { catalogue, plan, meta, layers } };
}

/** A first-view load under way: what was asked (layers, moment) and the answer to come. */
export interface PendingLoad {
  first: LayerId[];
  time: TimeOptions;
  result: Promise<ApiResult<ConsoleData>>;
}

/**
 * Asks for the first view's data at once (GET /api/bootstrap for {@link firstViewLayers} of `state`), so that the
 * server answers while the console builds its map; the caller awaits `result` when it is ready for it.
 */
export function startFirstLoad(state: {
  layers: readonly LayerId[];
  selected: { layer: LayerId } | null;
  asOf: string | null;
  aqiPeriod: 'hour' | 'day';
}): PendingLoad {
  const first = firstViewLayers(state);
  const time = { asOf: state.asOf, aqiPeriod: state.aqiPeriod };
  return { first, time, result: loadConsoleData(time, first) };
}
