/**
 * The quality limits a failed fuel sample (油品抽检, task 17) may be recorded against: a small table of the items
 * this console supports, each with its product standard's limit. Only limits read from the standards themselves
 * are listed; an item not here cannot be recorded as failed (record it in the note of the trace instead).
 *
 * - GB 17930-2016《车用汽油》, 国VI (VIB from 2023-01-01): 硫含量 ≤ 10 mg/kg, 苯含量 ≤ 0.8 %(V/V), 烯烃含量
 *   ≤ 15 %(V/V), 芳烃含量 ≤ 35 %(V/V), 氧含量 ≤ 2.7 %(m/m), 甲醇含量 ≤ 0.3 %(m/m), 锰含量 ≤ 0.002 g/L, 铅含量
 *   ≤ 0.005 g/L, 铁含量 ≤ 0.01 g/L; 研究法辛烷值 ≥ the grade (92, 95, 98).
 * - GB 19147-2016《车用柴油》, 国VI: 硫含量 ≤ 10 mg/kg, 多环芳烃含量 ≤ 7 %(m/m), 脂肪酸甲酯含量 ≤ 1.0 %(V/V);
 *   十六烷值 ≥ 51 (0号, -10号) and ≥ 49 (-20号); 闪点（闭口） ≥ 60 ℃ (0号, -10号) and ≥ 50 ℃ (-20号).
 * - GB 29518-2013《柴油发动机氮氧化物还原剂 尿素水溶液（AUS 32）》: 尿素含量 31.8–33.2 %(m/m).
 *
 * Pure: no db, no http; the client may import it.
 *
 * @module
 */
import type { FuelProduct } from '../schema/enums/fuel-sample.ts';

/** One quality item with its limit: `max` (the value may not exceed it) and/or `min` (may not fall below it). */
export interface FuelLimit {
  item: string;
  unit: string;
  max?: number;
  min?: number;
}

const gasoline = (octane: number): readonly FuelLimit[] => [
  { item: '研究法辛烷值', unit: '', min: octane },
  { item: '硫含量', unit: 'mg/kg', max: 10 },
  { item: '苯含量', unit: '%(V/V)', max: 0.8 },
  { item: '烯烃含量', unit: '%(V/V)', max: 15 },
  { item: '芳烃含量', unit: '%(V/V)', max: 35 },
  { item: '氧含量', unit: '%(m/m)', max: 2.7 },
  { item: '甲醇含量', unit: '%(m/m)', max: 0.3 },
  { item: '锰含量', unit: 'g/L', max: 0.002 },
  { item: '铅含量', unit: 'g/L', max: 0.005 },
  { item: '铁含量', unit: 'g/L', max: 0.01 },
];

const diesel = (cetane: number, flashPoint: number): readonly FuelLimit[] => [
  { item: '硫含量', unit: 'mg/kg', max: 10 },
  { item: '多环芳烃含量', unit: '%(m/m)', max: 7 },
  { item: '脂肪酸甲酯含量', unit: '%(V/V)', max: 1.0 },
  { item: '十六烷值', unit: '', min: cetane },
  { item: '闪点（闭口）', unit: '℃', min: flashPoint },
];

/**
 * The supported items of each product, with their limits.
 *
 * @example
 * fuelLimits['diesel-0'].find((l) => l.item === '硫含量')?.max; // 10
 */
export const fuelLimits: Readonly<Record<FuelProduct, readonly FuelLimit[]>> = {
  'gasoline-92': gasoline(92),
  'gasoline-95': gasoline(95),
  'gasoline-98': gasoline(98),
  'diesel-0': diesel(51, 60),
  'diesel-minus10': diesel(51, 60),
  'diesel-minus20': diesel(49, 50),
  urea: [{ item: '尿素含量', unit: '%(m/m)', min: 31.8, max: 33.2 }],
};

/**
 * The bound `value` breaks (the limit a failed item is recorded with), or null when it is within the limit.
 *
 * @example
 * brokenLimit({ item: '硫含量', unit: 'mg/kg', max: 10 }, 10); // null (the limit itself is within)
 * brokenLimit({ item: '硫含量', unit: 'mg/kg', max: 10 }, 10.5); // 10
 */
export function brokenLimit(limit: FuelLimit, value: number): number | null {
  if (limit.max !== undefined && value > limit.max) return limit.max;
  if (limit.min !== undefined && value < limit.min) return limit.min;
  return null;
}
