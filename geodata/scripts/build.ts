/**
 * `npm run geodata:build [-- --source DIR] [-- --check]`: regenerates the files of `geodata/` from the
 * source files (default `geodata/sources/` of the repository; see its SOURCES.md). With `--check`
 * nothing is written; the exit code is 1 if any committed file differs from what the build produces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGeodata } from './build-geodata.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const outputDir = join(repoRoot, 'geodata');

function parseArgs(argv: readonly string[]): { sourceDir: string; check: boolean } {
  let sourceDir = join(repoRoot, 'geodata', 'sources');
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--check') check = true;
    else if (arg === '--source' && argv[i + 1] !== undefined) sourceDir = resolve(argv[++i] as string);
    else if (arg.startsWith('--source=')) sourceDir = resolve(arg.slice('--source='.length));
    else throw new Error(`unknown argument '${arg}'; usage: build.ts [--source DIR] [--check]`);
  }
  return { sourceDir, check };
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

const { sourceDir, check } = parseArgs(process.argv.slice(2));
const files = buildGeodata((name) => readFileSync(join(sourceDir, name)));
const changed = files.filter((file) => readOrNull(join(outputDir, file.name)) !== file.content);
if (check) {
  for (const file of changed) console.error(`geodata/${file.name} differs from the build output`);
  if (changed.length > 0) process.exitCode = 1;
  else console.log(`geodata: all ${files.length} files match the build from ${sourceDir}`);
} else {
  for (const file of changed) writeFileSync(join(outputDir, file.name), file.content);
  console.log(
    `geodata: built ${files.length} files from ${sourceDir}; ${changed.length} changed` +
      `${changed.length ? `: ${changed.map((f) => f.name).join(', ')}` : ''}`,
  );
}
