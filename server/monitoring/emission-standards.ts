/**
 * The emission standards the demo outlets are judged under, as data (issue 14): each with its limits in mg/m³
 * for particulate (`pm`), SO2 and NOx, at the reference O2 where the standard states one (else as measured).
 * Rules never hard-code a limit: an outlet row carries its own limits (copied from here when it is created);
 * this table is where those figures come from and what the console names a standard by.
 *
 * Confidence: every figure below is from memory and peer sources (domain.md §11 marks them [peer, verify]),
 * none checked against the published text of the standard; `verified` says so per entry and `confidence` per
 * figure. Verify before relying on any of them for enforcement.
 *
 * @module
 */
import type { Localized } from '../schema/localized.ts';
import type { OutletLimits } from '../schema/devices.ts';

/** How sure a figure is: `peer` (several public secondary sources agree), `memory` (recalled, unchecked). */
export type FigureConfidence = 'peer' | 'memory';

export interface EmissionStandard {
  /** Stable id stored in `outlets.standard`. */
  id: string;
  /** The standard's title and number, e.g. 《水泥工业大气污染物排放标准》（GB 4915-2013）. */
  name: Localized;
  /** The standard's number, e.g. GB 4915-2013; for ULE targets the policy they come from. */
  number: string;
  /** Which sources (outlets) of the industry the limits are for. */
  scope: Localized;
  /** Reference O2 in % the limits are stated at; null: judged as measured (no O2 correction). */
  referenceO2: number | null;
  limits: OutletLimits;
  /** Per pollutant, how sure the figure is. */
  confidence: Partial<Record<keyof OutletLimits, FigureConfidence>>;
  /** `true` only once checked against the published text; all false today. */
  verified: false;
  /** What the figures rest on and what to verify. */
  note: Localized;
}

const UNVERIFIED: Localized = {
  zh: '限值据记忆与公开二手资料整理，未与标准原文核对，使用前须核实',
  en: 'figures from memory and secondary public sources, not checked against the published text: verify before use',
};

/**
 * Every standard (and ultra-low-emission target) an outlet may name, by id.
 *
 * @example
 * emissionStandards.find((s) => s.id === 'gb13223-2011-coal')?.referenceO2; // 6
 */
export const emissionStandards: readonly EmissionStandard[] = [
  {
    id: 'gb4915-2013-grinding',
    name: {
      zh: '《水泥工业大气污染物排放标准》（GB 4915-2013）',
      en: 'Cement industry emission standard (GB 4915-2013)',
    },
    number: 'GB 4915-2013',
    scope: { zh: '水泥粉磨（水泥磨、包装等通风生产设备）', en: 'cement grinding (mills, packing and other vents)' },
    referenceO2: null,
    limits: { pm: 20 },
    confidence: { pm: 'peer' },
    verified: false,
    note: UNVERIFIED,
  },
  {
    id: 'gb4915-2013-grinding-special',
    name: {
      zh: '《水泥工业大气污染物排放标准》（GB 4915-2013）特别排放限值',
      en: 'Cement industry emission standard (GB 4915-2013), special limits',
    },
    number: 'GB 4915-2013',
    scope: { zh: '水泥粉磨，重点地区特别排放限值', en: 'cement grinding, special limits of key regions' },
    referenceO2: null,
    limits: { pm: 10 },
    confidence: { pm: 'peer' },
    verified: false,
    note: UNVERIFIED,
  },
  {
    id: 'gb16171-2012-coke-oven',
    name: {
      zh: '《炼焦化学工业污染物排放标准》（GB 16171-2012）',
      en: 'Coking industry emission standard (GB 16171-2012)',
    },
    number: 'GB 16171-2012',
    scope: { zh: '焦炉烟囱', en: 'coke oven chimney' },
    referenceO2: 8,
    limits: { pm: 30, so2: 50, nox: 500 },
    confidence: { pm: 'peer', so2: 'peer', nox: 'peer' },
    verified: false,
    note: UNVERIFIED,
  },
  {
    id: 'gb16171-2012-coke-oven-special',
    name: {
      zh: '《炼焦化学工业污染物排放标准》（GB 16171-2012）特别排放限值',
      en: 'Coking industry emission standard (GB 16171-2012), special limits',
    },
    number: 'GB 16171-2012',
    scope: { zh: '焦炉烟囱，重点地区特别排放限值', en: 'coke oven chimney, special limits of key regions' },
    referenceO2: 8,
    limits: { pm: 15, so2: 30, nox: 150 },
    confidence: { pm: 'peer', so2: 'peer', nox: 'peer' },
    verified: false,
    note: UNVERIFIED,
  },
  {
    id: 'gb16171-2012-loading',
    name: {
      zh: '《炼焦化学工业污染物排放标准》（GB 16171-2012）',
      en: 'Coking industry emission standard (GB 16171-2012)',
    },
    number: 'GB 16171-2012',
    scope: { zh: '装煤、推焦地面站（颗粒物）', en: 'coal charging and coke pushing dedusting stations (particulate)' },
    referenceO2: null,
    limits: { pm: 50 },
    confidence: { pm: 'memory' },
    verified: false,
    note: UNVERIFIED,
  },
  {
    id: 'gb13223-2011-coal',
    name: {
      zh: '《火电厂大气污染物排放标准》（GB 13223-2011）',
      en: 'Thermal power plant emission standard (GB 13223-2011)',
    },
    number: 'GB 13223-2011',
    scope: { zh: '燃煤锅炉（新建）', en: 'coal-fired boilers (new)' },
    referenceO2: 6,
    limits: { pm: 30, so2: 100, nox: 100 },
    confidence: { pm: 'peer', so2: 'peer', nox: 'peer' },
    verified: false,
    note: UNVERIFIED,
  },
  {
    id: 'gb13271-2014-coal',
    name: { zh: '《锅炉大气污染物排放标准》（GB 13271-2014）', en: 'Boiler emission standard (GB 13271-2014)' },
    number: 'GB 13271-2014',
    scope: { zh: '燃煤锅炉（新建）', en: 'coal-fired boilers (new)' },
    referenceO2: 9,
    limits: { pm: 50, so2: 300, nox: 300 },
    confidence: { pm: 'peer', so2: 'peer', nox: 'peer' },
    verified: false,
    note: UNVERIFIED,
  },
  {
    id: 'gb13271-2014-coal-special',
    name: {
      zh: '《锅炉大气污染物排放标准》（GB 13271-2014）特别排放限值',
      en: 'Boiler emission standard (GB 13271-2014), special limits',
    },
    number: 'GB 13271-2014',
    scope: { zh: '燃煤锅炉，重点地区特别排放限值', en: 'coal-fired boilers, special limits of key regions' },
    referenceO2: 9,
    limits: { pm: 30, so2: 200, nox: 200 },
    confidence: { pm: 'peer', so2: 'peer', nox: 'peer' },
    verified: false,
    note: UNVERIFIED,
  },
];

/**
 * Ultra-low-emission (超低排放) targets by industry: an outlet whose enterprise has them gets them as its
 * `ule_limits`, at the reference O2 of its standard.
 */
export const uleTargets: readonly (Omit<EmissionStandard, 'limits'> & { limits: OutletLimits })[] = [
  {
    id: 'ule-cement-grinding',
    name: { zh: '水泥行业超低排放（粉磨）', en: 'Cement ultra-low emission (grinding)' },
    number: '水泥行业超低排放改造要求',
    scope: { zh: '水泥粉磨排气筒', en: 'cement grinding vents' },
    referenceO2: null,
    limits: { pm: 10 },
    confidence: { pm: 'peer' },
    verified: false,
    note: UNVERIFIED,
  },
  {
    id: 'ule-coking',
    name: { zh: '焦化行业超低排放', en: 'Coking ultra-low emission' },
    number: '焦化行业超低排放改造要求',
    scope: { zh: '焦炉烟囱', en: 'coke oven chimney' },
    referenceO2: 8,
    limits: { pm: 10, so2: 30, nox: 130 },
    confidence: { pm: 'peer', so2: 'peer', nox: 'memory' },
    verified: false,
    note: UNVERIFIED,
  },
  {
    id: 'ule-power',
    name: { zh: '燃煤电厂超低排放', en: 'Coal power ultra-low emission' },
    number: '全面实施燃煤电厂超低排放和节能改造工作方案（2015）',
    scope: { zh: '燃煤锅炉（山西省及全国）', en: 'coal-fired boilers (Shanxi and national)' },
    referenceO2: 6,
    limits: { pm: 10, so2: 35, nox: 50 },
    confidence: { pm: 'peer', so2: 'peer', nox: 'peer' },
    verified: false,
    note: UNVERIFIED,
  },
];

/** The ids of {@link emissionStandards}, for validating `outlets.standard`. */
export const emissionStandardIds: readonly string[] = emissionStandards.map((s) => s.id);

/**
 * The standard named `id`, or undefined.
 *
 * @example
 * findEmissionStandard('gb4915-2013-grinding')?.limits.pm; // 20
 */
export function findEmissionStandard(id: string): EmissionStandard | undefined {
  return emissionStandards.find((s) => s.id === id);
}
