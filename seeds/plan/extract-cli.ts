/**
 * `npm run plan:extract`: reads the plan document beside this file, extracts the plan and the
 * requirements register, validates them with `planSchema` and `requirementsRegisterSchema` and writes
 * `plan.json` and `requirements.json`.
 * `npm run plan:extract -- --check` writes nothing and exits 1 if either file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planSchema } from '../../server/schema/plan.ts';
import { requirementsRegisterSchema } from '../../server/schema/plan-requirements.ts';
import { planAnnotations } from './annotations.ts';
import { extractPlan } from './extract-plan.ts';
import { extractRequirements, formatRequirementsJson } from './extract-requirements.ts';
import { formatPlanJson } from './format-plan-json.ts';

const documentPath = fileURLToPath(new URL(planAnnotations.document, import.meta.url));
const documentText = readFileSync(documentPath, 'utf8');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const plan = planSchema.safeParse(extractPlan(documentText));
if (!plan.success) fail(`plan.json would not match planSchema:\n${JSON.stringify(plan.error.issues, null, 2)}`);
const register = requirementsRegisterSchema.safeParse(extractRequirements(documentText, plan.data));
if (!register.success) {
  fail(
    `requirements.json would not match requirementsRegisterSchema:\n${JSON.stringify(register.error.issues, null, 2)}`,
  );
}

const outputs = [
  {
    path: fileURLToPath(new URL('plan.json', import.meta.url)),
    json: formatPlanJson(plan.data),
    summary: `${plan.data.tasks.length} tasks, ${plan.data.targets.length} targets`,
  },
  {
    path: fileURLToPath(new URL('requirements.json', import.meta.url)),
    json: formatRequirementsJson(register.data),
    summary: `${register.data.requirements.length} requirements, ${register.data.paragraphs.length} paragraphs`,
  },
];

if (process.argv.includes('--check')) {
  let stale = false;
  for (const { path, json, summary } of outputs) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // A missing file is simply out of date.
    }
    if (current === json) {
      console.log(`${path} is up to date (${summary})`);
    } else {
      console.error(`${path} is out of date: run npm run plan:extract`);
      stale = true;
    }
  }
  if (stale) process.exit(1);
} else {
  for (const { path, json, summary } of outputs) {
    writeFileSync(path, json);
    console.log(`wrote ${path} (${summary})`);
  }
}
