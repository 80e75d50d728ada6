/**
 * Totals of special funds (S5) by purpose and status, 万元. Pure: no db.
 *
 * @module
 */
import { fundPurposes, fundStatuses, type FundPurpose, type FundStatus } from '../schema/enums/department.ts';

/** A count with its allocated and disbursed sums (万元, two decimals). */
export interface FundTotal {
  count: number;
  amountWan: number;
  disbursedWan: number;
}

const round = (v: number) => Math.round(v * 100) / 100;
const empty = (): FundTotal => ({ count: 0, amountWan: 0, disbursedWan: 0 });

/**
 * @example
 * tallyFunds([{ purpose: 'monitoring', status: 'approved', amountWan: 50, disbursedWan: 0 }]).total;
 * // { count: 1, amountWan: 50, disbursedWan: 0 }
 */
export function tallyFunds(
  funds: readonly { purpose: FundPurpose; status: FundStatus; amountWan: number; disbursedWan: number }[],
): { total: FundTotal; byPurpose: Record<FundPurpose, FundTotal>; byStatus: Record<FundStatus, FundTotal> } {
  const total = empty();
  const byPurpose = Object.fromEntries(fundPurposes.map((p) => [p, empty()])) as Record<FundPurpose, FundTotal>;
  const byStatus = Object.fromEntries(fundStatuses.map((s) => [s, empty()])) as Record<FundStatus, FundTotal>;
  for (const f of funds) {
    for (const t of [total, byPurpose[f.purpose], byStatus[f.status]]) {
      t.count += 1;
      t.amountWan = round(t.amountWan + f.amountWan);
      t.disbursedWan = round(t.disbursedWan + f.disbursedWan);
    }
  }
  return { total, byPurpose, byStatus };
}
