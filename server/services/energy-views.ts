/**
 * The energy API's views of the repository's records: standard-coal equivalents and shares of ledger rows, the
 * substitution ratio of coal projects, the unmet checks of 两高 projects, and the district summary by year.
 *
 * @module
 */
import type { CoalProjectRecord, HighEnergyRecord, LedgerRecord } from '../db/energy-repository.ts';
import { substitutionRatio, substitutionShort } from '../energy/coal-substitution.ts';
import { shareOf, sumEnergy, yearChange } from '../energy/energy-shares.ts';
import { conversionFactors, type EnergyCarrier, toStandardCoal } from '../energy/standard-coal.ts';
import type { CoalProject, EnergySummary, HighEnergyProject, LedgerRow } from '../schema/energy.ts';
import { policyChecks } from '../schema/enums/energy.ts';

/** The conversion factors as the API lists them. */
export function factorList(): LedgerRowFactors {
  return (Object.keys(conversionFactors) as EnergyCarrier[]).map((carrier) => ({
    carrier,
    ...conversionFactors[carrier],
  }));
}
type LedgerRowFactors = EnergySummary['factors'];

/** A ledger row with its standard coal and shares. */
export function ledgerRowView({ lon, lat, ...r }: LedgerRecord): LedgerRow {
  const tce = toStandardCoal(r);
  return {
    ...r,
    position: [lon, lat],
    tce,
    coalShare: shareOf(tce.coal, tce.total),
    nonFossilShare: shareOf(tce.nonFossil, tce.total),
  };
}

/** A coal project with its substitution ratio and whether it falls short. */
export function coalProjectView({ lon, lat, ...p }: CoalProjectRecord): CoalProject {
  return {
    ...p,
    position: [lon, lat],
    substitutionRatio: substitutionRatio(p.newCoalT, p.substitutionT),
    substitutionShort: substitutionShort(p.newCoalT, p.substitutionT),
  };
}

/** A 两高 project with the checks failed or pending. */
export function highEnergyView({ lon, lat, ...p }: HighEnergyRecord): HighEnergyProject {
  return {
    ...p,
    position: [lon, lat],
    unmet: policyChecks.filter((c) => p.checks[c] === 'failed' || p.checks[c] === 'pending'),
  };
}

/**
 * The district by year (coal t, total tce, coal and non-fossil shares, change from the previous year), and by
 * industry and by township for `year` (default: the latest year held).
 */
export function energySummary(rows: readonly LedgerRecord[], year: number | undefined): EnergySummary {
  const byYear = groupBy(rows, (r) => r.year);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const yearTotals = years.map((y) => ({ year: y, rows: byYear.get(y) ?? [], totals: sumEnergy(byYear.get(y) ?? []) }));
  const chosen = year ?? years.at(-1) ?? null;
  const ofYear = chosen === null ? [] : (byYear.get(chosen) ?? []);
  const byIndustry = [...groupBy(ofYear, (r) => r.industry)].map(([industry, list]) => ({
    industry,
    enterprises: list.length,
    ...sumEnergy(list),
  }));
  const byTownship = [...groupBy(ofYear, (r) => r.township)].map(([township, list]) => ({
    township,
    townshipName: list[0]?.townshipName ?? township,
    enterprises: list.length,
    ...sumEnergy(list),
  }));
  const byCoal = (a: { tce: { coal: number } }, b: { tce: { coal: number } }) => b.tce.coal - a.tce.coal;
  return {
    years: yearTotals.map((t, i) => {
      const previous = yearTotals[i - 1];
      const adjacent = previous && previous.year === t.year - 1 ? previous : undefined;
      return {
        year: t.year,
        enterprises: t.rows.length,
        ...t.totals,
        coalChange: yearChange(adjacent?.totals.quantities.coalT, t.totals.quantities.coalT),
        totalChange: yearChange(adjacent?.totals.tce.total, t.totals.tce.total),
      };
    }),
    year: chosen,
    byIndustry: byIndustry.sort(byCoal),
    byTownship: byTownship.sort(byCoal),
    factors: factorList(),
  };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k) ?? [];
    list.push(item);
    map.set(k, list);
  }
  return map;
}
