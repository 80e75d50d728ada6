/**
 * Converts a concentration to the reference O2 of its standard: C_ref = C × (21 − O2_ref) / (21 − O2).
 * Without a reference O2 the value is judged as measured. Undefined (null) when O2 is missing, negative or
 * ≥ 21 % (then the hour cannot be judged: a data-quality problem, see data-quality.ts).
 *
 * @example
 * correctToReferenceO2(12, 11, 10); // 13.2 (12 × 11 / 10)
 * correctToReferenceO2(12, null, null); // 12
 * correctToReferenceO2(12, 21, 10); // null
 */
export function correctToReferenceO2(measured: number, o2: number | null, referenceO2: number | null): number | null {
  if (referenceO2 === null) return measured;
  if (o2 === null || !Number.isFinite(o2) || o2 < 0 || o2 >= 21) return null;
  return (measured * (21 - referenceO2)) / (21 - o2);
}
