/**
 * `npx tsx geodata/scripts/built-up/cli.ts [--check]`: regenerates `geodata/xinfu-built-up-area.approx.geojson`
 * from the county boundary and the approximate subdistrict seats. With `--check` nothing is written; the exit
 * code is 1 if the committed file differs from the build output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBuiltUpArea } from './build-built-up-area.ts';

const geodataDir = fileURLToPath(new URL('../../', import.meta.url));
const target = `${geodataDir}xinfu-built-up-area.approx.geojson`;
const text = buildBuiltUpArea({
  countyWgs84: readFileSync(`${geodataDir}xinfu-county.wgs84.geojson`, 'utf8'),
  seatsCsv: readFileSync(`${geodataDir}xinfu-township-seats.approx.csv`, 'utf8'),
});
let current: string | null = null;
try {
  current = readFileSync(target, 'utf8');
} catch {
  current = null;
}
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error('geodata/xinfu-built-up-area.approx.geojson differs from the build output');
    process.exitCode = 1;
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote geodata/xinfu-built-up-area.approx.geojson (${(text.length / 1024).toFixed(1)} KiB)`);
}
