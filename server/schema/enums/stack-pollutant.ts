/**
 * The stack pollutants an outlet's limits name (mg/m³) and the console judges. Zod-free: the client imports it.
 *
 * @module
 */

export const stackPollutantKeys = ['pm', 'so2', 'nox'] as const;
export type StackPollutantKey = (typeof stackPollutantKeys)[number];
