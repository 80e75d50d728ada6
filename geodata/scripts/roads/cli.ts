/**
 * `npx tsx geodata/scripts/roads/cli.ts [--check]`: regenerates `geodata/xinfu-roads.synthetic.geojson`
 * from the county boundary and the approximate township seats. With `--check` nothing is written; the
 * exit code is 1 if the committed file differs from the build output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRoadInputs } from './load-road-inputs.ts';
import { buildSyntheticRoads } from './build-roads.ts';

const geodataDir = fileURLToPath(new URL('../../', import.meta.url));
const target = `${geodataDir}xinfu-roads.synthetic.geojson`;
const check = process.argv.includes('--check');
const { county, seats } = loadRoadInputs((name) => readFileSync(`${geodataDir}${name}`, 'utf8'));
const text = buildSyntheticRoads(county, seats);
let current: string | null = null;
try {
  current = readFileSync(target, 'utf8');
} catch {
  current = null;
}
if (check) {
  if (current !== text) {
    console.error('geodata/xinfu-roads.synthetic.geojson differs from the build output');
    process.exitCode = 1;
  }
} else {
  writeFileSync(target, text);
  console.log(
    `wrote geodata/xinfu-roads.synthetic.geojson (${text.split('\n').length - 3} features, ` +
      `${(text.length / 1024).toFixed(0)} KiB)`,
  );
}
