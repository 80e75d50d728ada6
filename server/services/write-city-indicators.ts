import type { Actor } from '../db/audit-log.ts';
import type { CoreStore } from '../db/store.ts';
import type { CityIndicatorsInput } from '../schema/city-indicators.ts';

/** The audit log's entity of these writes (entity id: the year). */
const ENTITY = 'city-indicators';

/**
 * Creates or replaces `year`'s city-assigned indicators and records before and after in the audit
 * log, in one unit of work. `at`: ISO 8601 UTC.
 *
 * @example
 * const { after, created } = await putCityIndicators(store, admin, 2024, input, new Date(now()).toISOString());
 */
export function putCityIndicators(
  store: CoreStore,
  actor: Actor,
  year: number,
  input: CityIndicatorsInput,
  at: string,
) {
  return store.transaction(async (tx) => {
    const before = await tx.cityIndicators.read(year);
    const after = await tx.cityIndicators.put(year, input, at, actor.username);
    await tx.audit.record(
      actor,
      { action: 'indicator.update', entity: ENTITY, entityId: year, before: before ?? null, after },
      at,
    );
    return { after, created: before === undefined };
  });
}

/**
 * Deletes `year`'s city-assigned indicators, audited in the same unit of work; false when the year
 * had none (nothing written).
 */
export function deleteCityIndicators(store: CoreStore, actor: Actor, year: number, at: string): Promise<boolean> {
  return store.transaction(async (tx) => {
    const before = await tx.cityIndicators.read(year);
    if (!before) return false;
    await tx.cityIndicators.remove(year);
    await tx.audit.record(actor, { action: 'indicator.delete', entity: ENTITY, entityId: year, before }, at);
    return true;
  });
}
