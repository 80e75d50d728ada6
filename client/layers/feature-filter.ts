import type { Feature, Geometry } from 'geojson';
import type { LayerId } from '../../server/schema/layer-catalogue.ts';
import type { AppState } from '../state/app-state.ts';

/** A feature as the API serves it. */
export type LayerFeature = Feature<Geometry, Record<string, unknown>>;

/** The task-13 deadline for the activated-carbon replacement. */
const CARBON_DEADLINE = '2023-05-31';

/**
 * Whether a feature shows a problem the plan asks officials to act on, for the "problems only"
 * filter: a site failing any six-100% check (task 11), a village re-burning coal, running
 * unstably or not yet retrofitted (task 7), a banned machine (task 10), dustfall above 7
 * (task 12), a station with AQI above 100, an open fuel report (task 17), a zone holding a banned
 * machine, and an enterprise with VOC checklist gaps, late activated carbon (task 13) or a key
 * vehicle-using unit without a networked gate system (task 16).
 */
export function hasProblem(layer: LayerId, p: Record<string, unknown>): boolean {
  switch (layer) {
    case 'construction-sites': return p.compliant === false;
    case 'villages': return p.heatingStatus !== 'stable';
    case 'machines': return p.banned === true;
    case 'dustfall-points': return p.exceeds === true;
    case 'stations': return typeof (p.aqi as { value?: number } | null)?.value === 'number' && (p.aqi as { value: number }).value > 100;
    case 'fuel-points': return p.status !== 'closed';
    case 'nrmm-zones': return Array.isArray(p.bannedMachinesInside) && p.bannedMachinesInside.length > 0;
    case 'enterprises':
      return (
        (typeof p.vocGaps === 'number' && p.vocGaps > 0) ||
        (p.activatedCarbon === true && (p.carbonReplacedOn === null || String(p.carbonReplacedOn) > CARBON_DEADLINE)) ||
        (p.keyVehicleUnit === true && p.gateSystem !== 'networked')
      );
    case 'townships': return true;
  }
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
    if (state.township && townshipOf(layer, p) !== state.township) return false;
    if (state.provenance.length && !state.provenance.includes(p.provenance as AppState['provenance'][number])) return false;
    if (layer === 'enterprises') {
      if (state.industries.length && !state.industries.includes(p.industryGroup as AppState['industries'][number])) return false;
      if (state.grades.length && !state.grades.includes(p.grade as AppState['grades'][number])) return false;
    }
    if (state.problemsOnly && !hasProblem(layer, p)) return false;
    return true;
  });
}

/** A feature's id as the API gives it (`feature.id`). */
export function featureId(f: LayerFeature): string {
  return String(f.id);
}
