import { stackPollutantNames } from '../monitoring/data-quality.ts';
import { exceedanceEpisodes } from '../monitoring/exceedance-episodes.ts';
import { judgeHour } from '../monitoring/judge-hour.ts';
import { type StackPollutantKey, stackPollutantKeys } from '../schema/devices.ts';
import type { JudgedValue } from '../schema/outlets.ts';
import type { Localized } from '../schema/localized.ts';
import { addMinutes } from '../time/cst.ts';
import type { OutletFacts, RuleFinding, RuleFacts } from './rule-definition.ts';

/** The requirement naming 禹王 (「污染物排放稳定达到排放标准」): its outlets are judged under task 3. */
export const STACK_STANDARD_REQUIREMENT = 'T3.3';

/** One pollutant of an outlet over its limit in its latest valid hour. */
export interface StackExceedance {
  facts: OutletFacts;
  pollutant: StackPollutantKey;
  /** The latest valid hour's label (hour end). */
  ts: string;
  value: JudgedValue;
  /** The start of the hour the over-limit run began ('YYYY-MM-DDTHH:00'). */
  since: string;
  hours: number;
}

/**
 * Which rule judges an outlet's pollutant: task 3 (`ule`) when the outlet has a ULE limit for it or belongs to
 * the enterprise the plan names for 「稳定达到排放标准」, else task 4 (`standard`).
 */
export function stackRuleOf(facts: OutletFacts, pollutant: StackPollutantKey): 'ule' | 'standard' {
  const { uleLimits, planRequirement } = facts.outlet;
  return uleLimits?.[pollutant] !== undefined || planRequirement === STACK_STANDARD_REQUIREMENT ? 'ule' : 'standard';
}

/**
 * For each outlet and pollutant `which` applies to: the latest hour up to as-of whose value is valid (flag N,
 * O2 correctable), when it is over its limit, with the over-limit run it ends.
 */
export function latestExceedances(facts: RuleFacts, which: 'ule' | 'standard'): StackExceedance[] {
  return facts.outlets.flatMap((outletFacts) => {
    const judged = outletFacts.hours.map((h) => judgeHour(h, outletFacts.outlet));
    const episodes = exceedanceEpisodes(judged);
    return stackPollutantKeys.flatMap((pollutant): StackExceedance[] => {
      if (stackRuleOf(outletFacts, pollutant) !== which) return [];
      const latest = judged.filter((h) => h[pollutant].corrected !== null).sort((a, b) => b.ts.localeCompare(a.ts))[0];
      if (!latest?.[pollutant].over) return [];
      const episode = episodes.find((e) => e.pollutant === pollutant && e.end === latest.ts);
      const start = episode?.start ?? latest.ts;
      return [
        {
          facts: outletFacts,
          pollutant,
          ts: latest.ts,
          value: latest[pollutant],
          since: addMinutes(start, -60),
          hours: episode?.hours ?? 1,
        },
      ];
    });
  });
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** 「DA001 1#水泥磨排气筒 颗粒物 13.2 mg/m³（折算）超过超低排放限值 10 mg/m³（2023-05-01 09:00 起 2 小时）」. */
export function describeExceedance(e: StackExceedance, limitName: Localized): Localized {
  const { outlet } = e.facts;
  const name = stackPollutantNames[e.pollutant];
  const corrected = outlet.referenceO2 !== null;
  const value = round(e.value.corrected ?? 0);
  const limit = round(e.value.limit ?? 0);
  const since = e.since.replace('T', ' ');
  return {
    zh:
      `${outlet.name} ${name.zh} ${value} mg/m³${corrected ? `（折算至${outlet.referenceO2}%氧）` : ''}` +
      `超过${limitName.zh} ${limit} mg/m³（${since} 起连续${e.hours}小时，最新 ${e.ts.replace('T', ' ')}）`,
    en:
      `${outlet.name} ${name.en} ${value} mg/m³${corrected ? ` (at ${outlet.referenceO2}% O2)` : ''} ` +
      `above the ${limitName.en} ${limit} mg/m³ (since ${since}, ${e.hours} h; latest ${e.ts.replace('T', ' ')})`,
  };
}

/** One finding per enterprise: its outlets' items joined, since the earliest. */
export function findingsByEnterprise(items: readonly { facts: OutletFacts; since: string; detail: Localized }[]) {
  const byEnterprise = new Map<string, RuleFinding>();
  for (const item of [...items].sort((a, b) => a.facts.outlet.id.localeCompare(b.facts.outlet.id))) {
    const { enterpriseId, township } = item.facts.outlet;
    const found = byEnterprise.get(enterpriseId);
    if (!found) {
      byEnterprise.set(enterpriseId, { entityId: enterpriseId, township, since: item.since, detail: item.detail });
      continue;
    }
    found.since = found.since !== null && found.since < item.since ? found.since : item.since;
    found.detail = { zh: `${found.detail.zh}；${item.detail.zh}`, en: `${found.detail.en}; ${item.detail.en}` };
  }
  return [...byEnterprise.values()];
}
