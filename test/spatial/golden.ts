/**
 * Golden GeoJSON fixtures: `test/fixtures/<function>/in/*.geojson` are inputs, `out/*.geojson`
 * the committed expected outputs. `UPDATE_GOLDEN=1 npx vitest run test/spatial` rewrites the
 * outputs (then review the diff); otherwise a missing or different output fails the test.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
const updating = process.env.UPDATE_GOLDEN === '1';

/** One fixture: its name, parsed input and where its expected output lives. */
export interface GoldenCase {
  name: string;
  input: unknown;
  outPath: string;
}

/** The fixtures of `fn` (a folder name under test/fixtures), sorted by name. */
export function goldenCases(fn: string): GoldenCase[] {
  const dir = `${root}${fn}/in/`;
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .sort();
  if (names.length === 0) throw new Error(`no fixtures in ${dir}`);
  return names.map((file) => ({
    name: file.replace(/\.geojson$/, ''),
    input: JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as unknown,
    outPath: `${root}${fn}/out/${file}`,
  }));
}

/**
 * Numbers rounded to 10 significant digits (coordinates ~1e-8°, areas ~1e-7 relative), so outputs are stable across
 * platforms.
 */
function canonical(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? Number(value.toPrecision(10)) : String(value);
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
  return value;
}

/** A FeatureCollection with one feature per line, as geodata/ writes them. */
function format(value: unknown): string {
  const fc = value as { type?: string; features?: unknown[] };
  if (fc.type === 'FeatureCollection' && Array.isArray(fc.features)) {
    return `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  }
  return `${JSON.stringify(value)}\n`;
}

/** Compares `actual` with the committed output (or writes it under UPDATE_GOLDEN=1). */
export function expectGolden(testCase: GoldenCase, actual: unknown): void {
  const text = format(canonical(actual));
  if (updating) {
    mkdirSync(dirname(testCase.outPath), { recursive: true });
    writeFileSync(testCase.outPath, text);
    return;
  }
  expect(
    existsSync(testCase.outPath),
    `${testCase.outPath} is missing; run UPDATE_GOLDEN=1 npx vitest run test/spatial`,
  ).toBe(true);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(testCase.outPath, 'utf8')));
}
