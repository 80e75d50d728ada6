/**
 * Which spent carbon the transfers (危险废物转移联单) cover (task 13, T13.4). Pure: no db, no http.
 *
 * Allocation: transfers in date order (then id); a transfer naming its replacement covers that replacement's spent
 * carbon first; what is left of it (and every transfer naming none) covers the oldest replacements on or before the
 * transfer's day that still have spent carbon uncovered (first in, first out).
 *
 * @module
 */
import { dayCount } from '../time/cst.ts';
import { round3 } from './carbon-quality.ts';

/**
 * Days after a replacement by which its spent carbon must be transferred: a console convention (the plan says
 * 及时; the law's outer limit for storing hazardous waste is one year).
 */
export const TRANSFER_WITHIN_DAYS = 90;

/** A replacement as the allocation needs it. */
export interface SpentCarbon {
  id: number;
  replacedOn: string;
  spentKg: number;
}

/** A transfer as the allocation needs it. */
export interface CarbonTransferFact {
  id: number;
  replacementId: number | null;
  quantityKg: number;
  transferredOn: string;
}

/** A replacement's spent carbon with what the transfers cover. */
export interface SpentCoverage {
  id: number;
  replacedOn: string;
  spentKg: number;
  transferredKg: number;
  untransferredKg: number;
  /** Days from the replacement to `day` (0 on the day itself). */
  daysSince: number;
  /** Spent carbon still uncovered more than {@link TRANSFER_WITHIN_DAYS} days after the replacement. */
  overdue: boolean;
}

/**
 * The coverage of each replacement's spent carbon by the transfers up to `day` (`YYYY-MM-DD`; records after it are
 * not known yet), in the replacements' order.
 *
 * @example
 * coverSpentCarbon([{ id: 1, replacedOn: '2023-05-01', spentKg: 500 }],
 *   [{ id: 9, replacementId: null, quantityKg: 300, transferredOn: '2023-06-01' }], '2023-12-31')[0];
 * // { …, transferredKg: 300, untransferredKg: 200, daysSince: 244, overdue: true }
 */
export function coverSpentCarbon(
  replacements: readonly SpentCarbon[],
  transfers: readonly CarbonTransferFact[],
  day: string,
): SpentCoverage[] {
  const known = replacements
    .filter((r) => r.replacedOn <= day)
    .sort((a, b) => a.replacedOn.localeCompare(b.replacedOn) || a.id - b.id);
  const left = new Map(known.map((r) => [r.id, r.spentKg]));
  const ordered = transfers
    .filter((t) => t.transferredOn <= day)
    .sort((a, b) => a.transferredOn.localeCompare(b.transferredOn) || a.id - b.id);
  for (const transfer of ordered) {
    let quantity = transfer.quantityKg;
    const take = (id: number) => {
      const open = left.get(id) ?? 0;
      const used = Math.min(open, quantity);
      left.set(id, open - used);
      quantity -= used;
    };
    if (transfer.replacementId !== null && left.has(transfer.replacementId)) take(transfer.replacementId);
    for (const r of known) {
      if (quantity <= 0) break;
      if (r.replacedOn <= transfer.transferredOn) take(r.id);
    }
  }
  return known.map((r) => {
    const untransferredKg = round3(Math.max(0, left.get(r.id) ?? 0));
    const daysSince = dayCount(r.replacedOn, day) - 1; // dayCount counts both ends
    return {
      id: r.id,
      replacedOn: r.replacedOn,
      spentKg: r.spentKg,
      transferredKg: round3(r.spentKg - untransferredKg),
      untransferredKg,
      daysSince,
      overdue: untransferredKg > 0 && daysSince > TRANSFER_WITHIN_DAYS,
    };
  });
}
