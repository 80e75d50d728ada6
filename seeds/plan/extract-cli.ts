/**
 * `npm run plan:extract`: reads the plan document beside this file, extracts the plan,
 * validates it with `planSchema` and writes `plan.json`.
 * `npm run plan:extract -- --check` writes nothing and exits 1 if `plan.json` is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planSchema } from '../../server/schema/plan.ts';
import { planAnnotations } from './annotations.ts';
import { extractPlan } from './extract-plan.ts';
import { formatPlanJson } from './format-plan-json.ts';

const documentPath = fileURLToPath(new URL(planAnnotations.document, import.meta.url));
const outputPath = fileURLToPath(new URL('plan.json', import.meta.url));

const result = planSchema.safeParse(extractPlan(readFileSync(documentPath, 'utf8')));
if (!result.success) {
  console.error(`plan.json would not match planSchema:\n${JSON.stringify(result.error.issues, null, 2)}`);
  process.exit(1);
}
const json = formatPlanJson(result.data);

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outputPath, 'utf8');
  } catch {
    // A missing plan.json is simply out of date.
  }
  if (current !== json) {
    console.error(`${outputPath} is out of date: run npm run plan:extract`);
    process.exit(1);
  }
  console.log(`${outputPath} is up to date (${result.data.tasks.length} tasks, ${result.data.targets.length} targets)`);
} else {
  writeFileSync(outputPath, json);
  console.log(`wrote ${outputPath} (${result.data.tasks.length} tasks, ${result.data.targets.length} targets)`);
}
