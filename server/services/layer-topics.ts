/**
 * Which change-feed topics (server/services/change-feed.ts) each map-layer response depends on, so
 * that the layer cache drops a body only when something it shows may have changed.
 *
 * A layer depends on its own entities (`layer:<id>`), the townships (names, the township filter)
 * and the meta (the default as-of), plus what it joins: stations their latest `readings`, dustfall
 * points their `dustfall` readings, machines their `positions`. A layer whose features carry rule
 * hits (`problems`, from the rules over every kind of fact, outlets' stack data included) depends on every data
 * topic.
 * Sessions, accounts, alerts and the plan never drop a layer.
 *
 * @module
 */
import { layerIds, type LayerId } from '../schema/enums/layer-id.ts';
import { ruleHitLayers } from '../schema/enums/rule-id.ts';

/** Every topic a map layer can depend on. */
export const dataTopics: readonly string[] = [
  'positions',
  'readings',
  'dustfall',
  'townships',
  'meta',
  // the outlets' hourly stack data and their limits feed the stack rules (enterprises' `problems`)
  'outlet-readings',
  'outlets',
  // the heavy-pollution response (issue 15) feeds the task-15 rules (enterprises' `problems`)
  'emergency',
  // muck trucks' GPS positions (issue 16) move the trucks and feed the muck-truck rules
  'muck-positions',
  // issue 17: enforcement cases (overdue rectifications), the energy ledger and coal projects, carbon and VOC materials
  'cases',
  'energy',
  'voc',
  ...layerIds.map((id) => `layer:${id}`),
];

const joined: Partial<Record<LayerId, string>> = {
  stations: 'readings',
  'dustfall-points': 'dustfall',
  machines: 'positions',
  'muck-trucks': 'muck-positions',
};
const withRules: ReadonlySet<LayerId> = new Set(ruleHitLayers);

/**
 * The topics layer `id`'s responses depend on.
 *
 * @example
 * layerTopics('stations'); // ['layer:stations', 'townships', 'meta', 'readings']
 * layerTopics('enterprises').length === dataTopics.length; // true: its features carry rule hits
 */
export function layerTopics(id: LayerId): readonly string[] {
  if (withRules.has(id)) return dataTopics;
  const extra = joined[id];
  return [`layer:${id}`, 'townships', 'meta', ...(extra ? [extra] : [])];
}
