import type { ListEntryRecord } from '../../server/emergency/contract.ts';
import type { ListMeasure, Reductions } from '../../server/schema/emergency-list.ts';

export const tonnes = (pm: number, so2: number, nox: number, vocs = 0): Reductions => ({ pm, so2, nox, vocs });

export const measure = (line: string, kind: ListMeasure['kind'], extra: Partial<ListMeasure> = {}): ListMeasure => ({
  line,
  kind,
  limitPct: kind === 'limit' ? 30 : null,
  outletCode: null,
  text: `${line} ${kind}`,
  ...extra,
});

/** A listed enterprise: a D-grade kiln line stopped at every level unless overridden. */
export function entry(enterpriseId: string, extra: Partial<ListEntryRecord> = {}): ListEntryRecord {
  return {
    enterpriseId,
    enterpriseName: `企业${enterpriseId}`,
    grade: 'D',
    industry: '水泥',
    builtUpArea: false,
    heavyPolluter: false,
    contact: null,
    measures: {
      yellow: [measure('1#窑', 'stop', { outletCode: 'DA001' })],
      orange: [measure('1#窑', 'stop', { outletCode: 'DA001' })],
      red: [measure('1#窑', 'stop', { outletCode: 'DA001' })],
    },
    reductions: { yellow: tonnes(0.1, 0.2, 0.3), orange: tonnes(0.2, 0.4, 0.6), red: tonnes(0.3, 0.6, 0.9) },
    ...extra,
  };
}
