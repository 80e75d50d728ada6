import type { Feature, Geometry } from 'geojson';
import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import type { AppState } from '../state/app-state.ts';

/** A feature as the API serves it. */
export type LayerFeature = Feature<Geometry, Record<string, unknown>>;

/**
 * Whether a feature shows a problem, for the "problems only" filter and problem highlighting: the
 * server marks each feature with `problems`, the plan rules that hit it at as-of (the hits of
 * `GET /api/rules`), so the client decides nothing itself.
 *
 * @example
 * hasProblems({ problems: ['coal-reburning'] }); // true
 */
export function hasProblems(p: Record<string, unknown>): boolean {
  return Array.isArray(p.problems) && p.problems.length > 0;
}

/** Township code of a feature (townships carry it as `code`). */
export function townshipOf(layer: LayerId, p: Record<string, unknown>): string | undefined {
  return (layer === 'townships' ? p.code : p.township) as string | undefined;
}

/**
 * The features of `layer` that the filters in `state` let through. Pure: the map and the
 * legend both call it, so their counts always agree.
 */
export function filterFeatures(layer: LayerId, features: readonly LayerFeature[], state: AppState): LayerFeature[] {
  return features.filter((f) => {
    const p = f.properties;
    if (state.townships.length && !state.townships.includes(townshipOf(layer, p) ?? '')) return false;
    if (state.provenance.length && !state.provenance.includes(p.provenance as AppState['provenance'][number]))
      return false;
    if (layer === 'enterprises') {
      if (state.industries.length && !state.industries.includes(p.industryGroup as AppState['industries'][number]))
        return false;
      if (state.grades.length && !state.grades.includes(p.grade as AppState['grades'][number])) return false;
    }
    if (state.problemsOnly && !hasProblems(p)) return false;
    return true;
  });
}

/** Every layer's features that the filters in `state` let through (what the map draws). */
export function filterLayers(
  layers: Partial<Record<LayerId, readonly LayerFeature[]>>,
  state: AppState,
): Partial<Record<LayerId, LayerFeature[]>> {
  return Object.fromEntries(
    Object.entries(layers).map(([id, fs]) => [id, filterFeatures(id as LayerId, fs ?? [], state)]),
  );
}

/** A feature's id as the API gives it (`feature.id`). */
export function featureId(f: LayerFeature): string {
  return String(f.id);
}
