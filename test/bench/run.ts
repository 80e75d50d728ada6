import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench [-- name]`: runs every test/bench/*.bench.ts in turn (or those whose name
 * contains the argument: `-- load` for the HTTP load benchmark, LOAD_SECONDS=5 to shorten its
 * runs). Each prints its own figures with a naive baseline from the same run.
 */
const dir = fileURLToPath(new URL('./', import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
for (const file of files) {
  console.log(`\n== ${file}`);
  await import(`./${file}`);
}
