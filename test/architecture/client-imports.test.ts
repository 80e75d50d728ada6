import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forbiddenImportChains, runtimeImports } from './runtime-imports.ts';

const root = resolve(import.meta.dirname, '../..');
const ZOD = /^(zod|@hono\/zod-validator)(\/|$)/;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const show = (chains: string[][]) =>
  chains.map((chain) => chain.map((p) => (p.startsWith('/') ? relative(root, p) : p)).join(' → '));

describe('the client bundle', () => {
  // labels come from the zod-free server/schema/enums, types by `import type`
  it('reaches zod through no runtime import', () => {
    expect(show(forbiddenImportChains(tsFiles(join(root, 'client')), ZOD))).toEqual([]);
  });
});

describe('the import scan', () => {
  it('finds zod behind a zod schema module, through a relative import', () => {
    const chains = forbiddenImportChains([join(root, 'server/schema/alerts.ts')], ZOD);
    expect(chains.length).toBeGreaterThan(0);
    expect(chains[0]?.at(-1)).toBe('zod');
  });

  it('skips import type and export type, keeps inline-type imports, re-exports, bare and dynamic imports', () => {
    const text = [
      "import type { A } from './a.ts';",
      "export type { B } from './b.ts';",
      "import { type C } from './c.ts';",
      'import {\n  d,\n  type E,\n} from "./d.ts";',
      "export { f } from './f.ts';",
      "import './g.css';",
      "const h = await import('./h.ts');",
      "export const i = 'from nowhere';",
    ].join('\n');
    expect(runtimeImports(text, join(root, 'client/x.ts')).map((i) => i.specifier)).toEqual([
      './c.ts',
      './d.ts',
      './f.ts',
      './g.css',
      './h.ts',
    ]);
  });
});
