/**
 * Fuel-sample enums (油品抽检, issue 17, task 17): sampling sites, products with their standard, results and
 * trace statuses. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const sampleSiteKinds = ['station', 'depot', 'enterprise', 'illegal-point'] as const;
export type SampleSiteKind = (typeof sampleSiteKinds)[number];

/**
 * @example
 * sampleSiteKindLabels.depot.zh; // '油库'
 */
export const sampleSiteKindLabels: Labels<SampleSiteKind> = {
  station: { zh: '加油站', en: 'fuel station' },
  depot: { zh: '油库', en: 'depot' },
  enterprise: { zh: '用油企业', en: 'enterprise' },
  'illegal-point': { zh: '非法加油点', en: 'illegal point' },
};

export const fuelProducts = [
  'gasoline-92',
  'gasoline-95',
  'gasoline-98',
  'diesel-0',
  'diesel-minus10',
  'diesel-minus20',
  'urea',
] as const;
export type FuelProduct = (typeof fuelProducts)[number];

/**
 * @example
 * fuelProductLabels['diesel-0'].zh; // '0号车用柴油'
 */
export const fuelProductLabels: Labels<FuelProduct> = {
  'gasoline-92': { zh: '92号车用汽油', en: 'gasoline 92' },
  'gasoline-95': { zh: '95号车用汽油', en: 'gasoline 95' },
  'gasoline-98': { zh: '98号车用汽油', en: 'gasoline 98' },
  'diesel-0': { zh: '0号车用柴油', en: 'diesel 0' },
  'diesel-minus10': { zh: '-10号车用柴油', en: 'diesel −10' },
  'diesel-minus20': { zh: '-20号车用柴油', en: 'diesel −20' },
  urea: { zh: '车用尿素溶液', en: 'AdBlue (urea)' },
};

/** The product standard each product is sampled against. */
export const fuelProductStandards: Readonly<Record<FuelProduct, string>> = {
  'gasoline-92': 'GB 17930-2016',
  'gasoline-95': 'GB 17930-2016',
  'gasoline-98': 'GB 17930-2016',
  'diesel-0': 'GB 19147-2016',
  'diesel-minus10': 'GB 19147-2016',
  'diesel-minus20': 'GB 19147-2016',
  urea: 'GB 29518-2013',
};

export const sampleResults = ['pending', 'pass', 'fail'] as const;
export type SampleResult = (typeof sampleResults)[number];

/**
 * @example
 * sampleResultLabels.fail.zh; // '不合格'
 */
export const sampleResultLabels: Labels<SampleResult> = {
  pending: { zh: '待检', en: 'pending' },
  pass: { zh: '合格', en: 'pass' },
  fail: { zh: '不合格', en: 'fail' },
};

export const traceStatuses = ['open', 'traced', 'referred', 'closed'] as const;
export type TraceStatus = (typeof traceStatuses)[number];

/**
 * @example
 * traceStatusLabels.referred.zh; // '已移送'
 */
export const traceStatusLabels: Labels<TraceStatus> = {
  open: { zh: '溯源中', en: 'tracing' },
  traced: { zh: '已查明来源', en: 'traced' },
  referred: { zh: '已移送', en: 'referred' },
  closed: { zh: '已办结', en: 'closed' },
};
