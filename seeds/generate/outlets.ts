import { findEmissionStandard, uleTargets } from '../../server/monitoring/emission-standards.ts';
import type { OutletLimits } from '../../server/schema/devices.ts';
import type { Rng } from '../random.ts';
import type { EnterpriseRow } from './row-types.ts';

/** An `outlets` row (server/db/migrations/0009-live-monitoring.sql). */
export type OutletRow = {
  id: string;
  enterprise_id: string;
  code: string;
  name: string;
  standard: string;
  reference_o2: number | null;
  limits: string;
  ule_limits: string | null;
  lon: number;
  lat: number;
  provenance: string;
  source: string;
};

export const OUTLETS_SOURCE =
  'seeds/generate/outlets.ts: synthetic demo outlets; limits from server/monitoring/emission-standards.ts (unverified)';

/** ULE statuses whose enterprise is judged against its ultra-low-emission limits. */
const ULE_DONE = new Set(['accepted', 'monitoring-done']);

function limitsOf(standardId: string): { referenceO2: number | null; limits: OutletLimits } {
  const standard = findEmissionStandard(standardId);
  if (!standard) throw new Error(`outlets: unknown emission standard ${standardId}`);
  return { referenceO2: standard.referenceO2, limits: standard.limits };
}

function uleOf(id: string): OutletLimits {
  const target = uleTargets.find((t) => t.id === id);
  if (!target) throw new Error(`outlets: unknown ULE target ${id}`);
  return target.limits;
}

interface OutletPlan {
  name: string;
  standard: string;
  ule: OutletLimits | null;
}

function plansFor(rng: Rng, e: EnterpriseRow): OutletPlan[] {
  const uleDone = ULE_DONE.has(e.ule_status);
  switch (e.industry) {
    case 'cement-grinding': {
      const mills = rng.int(1, 2);
      return Array.from({ length: mills }, (_, i) => ({
        name: `${i + 1}#水泥磨排气筒`,
        standard: 'gb4915-2013-grinding',
        ule: uleDone ? uleOf('ule-cement-grinding') : null,
      }));
    }
    case 'coking':
      return [
        { name: '焦炉烟囱', standard: 'gb16171-2012-coke-oven', ule: uleDone ? uleOf('ule-coking') : null },
        { name: '装煤推焦地面站排气筒', standard: 'gb16171-2012-loading', ule: null },
      ];
    case 'coal-gasification':
      return [{ name: '1#锅炉排气筒', standard: 'gb13271-2014-coal', ule: null }];
    case 'heat-power':
      return Array.from({ length: rng.int(1, 2) }, (_, i) => ({
        name: `${i + 1}#锅炉烟囱`,
        standard: 'gb13223-2011-coal',
        ule: uleOf('ule-power'),
      }));
    default:
      return [];
  }
}

/**
 * The demo stack outlets (排放口) of the enterprises that would have CEMS: every cement grinding station (1–2 mill
 * outlets, particulate only; ULE limits when its ULE status is accepted or monitoring done), the coking plants (coke
 * oven chimney with particulate/SO2/NOx, and a charging/pushing dust outlet), the coal gasification plants (a
 * boiler outlet under GB 13271, 禹王 among them) and the heat-power plants (1–2 boiler outlets under GB 13223 with the
 * ULE limits). Closed enterprises have none. Deterministic (one PRNG fork per enterprise); synthetic; at the
 * enterprise's point. Ids are `${enterpriseId}-${code}` (as `POST /api/devices` makes them).
 *
 * @example
 * generateOutlets((label) => rng.fork(label), enterprises)[0]; // { id: 'E0001-DA001', name: '1#水泥磨排气筒', … }
 */
export function generateOutlets(rngFor: (label: string) => Rng, enterprises: readonly EnterpriseRow[]): OutletRow[] {
  return enterprises
    .filter((e) => e.operating_status !== 'closed')
    .flatMap((e) =>
      plansFor(rngFor(`outlets/${e.id}`), e).map((plan, i): OutletRow => {
        const { referenceO2, limits } = limitsOf(plan.standard);
        const code = `DA${String(i + 1).padStart(3, '0')}`;
        return {
          id: `${e.id}-${code}`,
          enterprise_id: e.id,
          code,
          name: plan.name,
          standard: plan.standard,
          reference_o2: referenceO2,
          limits: JSON.stringify(limits),
          ule_limits: plan.ule ? JSON.stringify(plan.ule) : null,
          lon: e.lon,
          lat: e.lat,
          provenance: 'synthetic',
          source: OUTLETS_SOURCE,
        };
      }),
    );
}
