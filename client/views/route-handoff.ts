import type { StopLayer } from '../../server/schema/routes.ts';

/** A place handed to the route planner. */
export interface HandedSite {
  layer: StopLayer;
  id: string;
  name: string;
}

let pending: HandedSite[] = [];

/** Hands sites to the 巡查 view (e.g. from the alerts list); it takes them when it mounts. */
export function handSitesToPlanner(sites: HandedSite[]): void {
  pending = sites;
}

/** Takes (and clears) the sites handed over. */
export function takeHandedSites(): HandedSite[] {
  const sites = pending;
  pending = [];
  return sites;
}
