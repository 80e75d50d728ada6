/**
 * Lists source lines wider than 120 columns and exits 1 if there are any (`npm run lint`).
 *
 * Biome wraps code at 120 columns (biome.jsonc) but never breaks a string, a template literal or a comment, so
 * this check catches what the formatter leaves. Width is counted the way Biome counts it: a CJK (East Asian wide
 * or fullwidth) character takes two columns, everything else one.
 *
 * `tsx test/lint/max-line-length.ts [--max N] [files or folders…]`: by default every `.ts`/`.tsx`/`.mjs` file at the
 * top level and under the folders Biome formats (node_modules, dist and test-output left out).
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_MAX = 120;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** East Asian Wide and Fullwidth ranges (Unicode UAX #11): CJK ideographs, kana, hangul, fullwidth forms, emoji. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function charWidth(codePoint: number): number {
  if (codePoint >= 0x0300 && codePoint <= 0x036f) return 0; // combining diacritical marks
  for (const [from, to] of WIDE_RANGES) if (codePoint >= from && codePoint <= to) return 2;
  return 1;
}

/** Display width of one line in columns. */
export function lineWidth(line: string): number {
  let width = 0;
  for (const char of line) width += charWidth(char.codePointAt(0) as number);
  return width;
}

/** One line over the limit. */
export interface LongLine {
  file: string;
  line: number;
  width: number;
}

/** The lines of `text` wider than `max` columns. */
export function longLines(file: string, text: string, max: number): LongLine[] {
  const found: LongLine[] = [];
  text.split('\n').forEach((line, i) => {
    const width = lineWidth(line.endsWith('\r') ? line.slice(0, -1) : line);
    if (width > max) found.push({ file, line: i + 1, width });
  });
  return found;
}

/** Folders Biome formats (biome.jsonc `files.includes`), walked without git so that a plain copy checks too. */
const SOURCE_ROOTS = ['server', 'client', 'seeds', 'geodata/scripts', 'test'];
const SOURCE_FILE = /\.(ts|tsx|mjs)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'test-output', '.git']);

/** Every source file under `path` (a file or a folder, relative to the repository root). */
function sourceFilesUnder(path: string): string[] {
  const full = resolve(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .filter((entry) => !(entry.isDirectory() && SKIPPED_DIRS.has(entry.name)))
    .filter((entry) => entry.isDirectory() || SOURCE_FILE.test(entry.name))
    .flatMap((entry) => sourceFilesUnder(join(path, entry.name)));
}

/** The default set: the formatted folders plus the top-level TypeScript files. */
function sourceFiles(): string[] {
  const topLevel = readdirSync(root).filter((name) => SOURCE_FILE.test(name));
  return [...topLevel, ...SOURCE_ROOTS.flatMap(sourceFilesUnder)];
}

function main(argv: readonly string[]): number {
  let max = DEFAULT_MAX;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--max') max = Number(argv[++i]);
    else paths.push(arg);
  }
  if (!Number.isInteger(max) || max < 1) {
    console.error('max-line-length: --max takes a positive whole number of columns');
    return 2;
  }
  const files = paths.length > 0 ? paths.flatMap(sourceFilesUnder) : sourceFiles();
  const found = files.flatMap((file) => longLines(file, readFileSync(resolve(root, file), 'utf8'), max));
  for (const { file, line, width } of found) console.log(`${file}:${line}: ${width} columns (limit ${max})`);
  if (found.length === 0) return 0;
  const fileCount = new Set(found.map((f) => f.file)).size;
  console.error(`max-line-length: ${found.length} lines in ${fileCount} files are wider than ${max} columns.`);
  console.error('Wrap long strings with + or a template per clause, and long comments by hand.');
  return 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
