import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** An import a module makes that is evaluated at run time (not `import type` / `export type`). */
export interface RuntimeImport {
  specifier: string;
  /** The file it resolves to, for a relative specifier; null for a package. */
  file: string | null;
}

const STATIC = /^[ \t]*(import|export)[ \t]+(type[ \t]+)?([^'";]*?)[ \t\n]*from[ \t]*['"]([^'"]+)['"]/gm;
const BARE = /^[ \t]*import[ \t]*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveRelative(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/**
 * The runtime imports of a TypeScript module's text, by a text scan of its import and re-export
 * statements (`import type …` and `export type … from` are erased and skipped; with
 * verbatimModuleSyntax, `import { type A } from` still loads its module, so it counts).
 *
 * @example
 * runtimeImports("import type { A } from './a.ts';\nimport { b } from 'zod';", '/x/m.ts');
 * // [{ specifier: 'zod', file: null }]
 */
export function runtimeImports(text: string, path: string): RuntimeImport[] {
  const specifiers: string[] = [];
  for (const m of text.matchAll(STATIC)) {
    const [, keyword, typeOnly, clause, specifier] = m;
    if (typeOnly || !specifier || /\b(import|export)\b/.test(clause ?? '')) continue;
    if (keyword === 'export' && !/^(\*|\{)/.test((clause ?? '').trim())) continue;
    specifiers.push(specifier);
  }
  for (const m of text.matchAll(BARE)) if (m[1]) specifiers.push(m[1]);
  for (const m of text.matchAll(DYNAMIC)) if (m[1]) specifiers.push(m[1]);
  return specifiers.map((specifier) => ({
    specifier,
    file: specifier.startsWith('.') ? resolveRelative(path, specifier) : null,
  }));
}

/**
 * Follows the runtime imports from `entries` through relative TypeScript modules and returns, for
 * every package import matching `forbidden`, the chain of files that reaches it (entry first,
 * the package last).
 *
 * @example
 * forbiddenImportChains(['/repo/client/main.ts'], /^zod(\/|$)/); // [] when the client bundle is zod-free
 */
export function forbiddenImportChains(entries: readonly string[], forbidden: RegExp): string[][] {
  const chains: string[][] = [];
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { specifier, file: target } of runtimeImports(readFileSync(file, 'utf8'), file)) {
      if (target && /\.tsx?$/.test(target)) visit(target, [...chain, target]);
      else if (!specifier.startsWith('.') && forbidden.test(specifier)) chains.push([...chain, specifier]);
    }
  };
  for (const entry of entries) visit(entry, [entry]);
  return chains;
}
