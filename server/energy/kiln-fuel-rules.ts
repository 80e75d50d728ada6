/**
 * Which kilns task 8 speaks of, and which fuels it counts as high-polluting. Pure.
 *
 * @module
 */
import type { KilnFuel } from '../schema/enums/kiln-fuel.ts';

/**
 * The fuels this console counts as 高污染燃料 for task 8: coal, and fuel oil (重油、渣油 are in class II of the
 * 《高污染燃料目录》 (国环规大气〔2017〕2号); the register does not tell heavy from light oil, so all fuel oil counts).
 * Coke-oven gas, natural gas, alcohol-based fuel, biomass, electricity and waste heat do not.
 */
export const highPollutingFuels: readonly KilnFuel[] = ['coal', 'fuel-oil'];

/** Words of the purposes T8.1 names (加热炉、热处理炉、干燥炉、熔化炉) and their common variants. */
const t81Purpose =
  /加热炉|热处理|干燥炉|干燥窑|烘干炉|烘干窑|熔化炉|熔炼炉|冲天炉|heating furnace|heat[- ]treat|dry|melt/i;

/**
 * Whether a kiln's purpose is one of T8.1's furnaces: heating, heat-treatment, drying or melting (spaces and case
 * ignored).
 *
 * @example
 * isT81Furnace('1#熔化炉（中频）'); // true
 * isT81Furnace('石灰窑'); // false
 */
export function isT81Furnace(purpose: string): boolean {
  return t81Purpose.test(purpose.replace(/\s+/g, ' '));
}

/**
 * Whether a fuel is high-polluting in the sense of task 8 ({@link highPollutingFuels}).
 *
 * @example
 * isHighPollutingFuel('coal'); // true
 */
export function isHighPollutingFuel(fuel: KilnFuel): boolean {
  return highPollutingFuels.includes(fuel);
}
