import type { Db } from '../../server/db/open-database.ts';
import type { GeneratorContext } from './context.ts';
import { seedCems } from './emergency-cems.ts';
import type { Version } from './emergency-model.ts';
import { planWarnings, readDailyPm } from './emergency-plan-warnings.ts';
import { seedStagger } from './emergency-stagger.ts';
import { seedListVersions } from './emergency-versions.ts';
import { seedWarnings } from './emergency-warnings.ts';
import type { OutletRow } from './outlets.ts';
import type { EnterpriseRow } from './row-types.ts';

export { EMERGENCY_SOURCE } from './emergency-model.ts';

/**
 * The heavy-pollution response's demo data (issue 15), deterministic from the seed, provenance synthetic: the
 * required shares with a synthetic base inventory, two signed versions of the emergency reduction list (the
 * second a revision), the 2023-2024 staggered production, three warnings placed on the worst stretches of the
 * seeded PM2.5 in November–December (none in force at the present) with their mechanism's records, visits,
 * photos and gate records, and the CEMS hours of the listed outlets (continuous up to `to`, the last hour of the
 * demo year, so the stack data-quality check finds no gap) with a few violators.
 *
 * @example
 * seedEmergency(db, ctx, enterprises, outlets, '2024-01-01T00:00');
 */
export function seedEmergency(
  db: Db,
  ctx: GeneratorContext,
  enterprises: readonly EnterpriseRow[],
  outlets: readonly OutletRow[],
  to: string,
): void {
  const versions = seedListVersions(db, ctx, enterprises, outlets);
  const current = versions[versions.length - 1] as Version;
  seedStagger(db, ctx.rngFor('emergency/stagger'), current.entries);
  const warnings = planWarnings(ctx.rngFor('emergency/episodes'), readDailyPm(db), versions);
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const violators = seedWarnings(db, ctx, warnings, byId);
  seedCems(db, ctx, warnings, versions, outlets, violators, to);
}
