/**
 * The disbursed share of a fund or a sum of funds, as a whole percent ('—' for nothing allocated).
 *
 * @example
 * disbursedShare({ amountWan: 200, disbursedWan: 50 }); // '25%'
 */
export function disbursedShare(sum: { amountWan: number; disbursedWan: number }): string {
  return sum.amountWan > 0 ? `${Math.round((sum.disbursedWan / sum.amountWan) * 100)}%` : '—';
}
