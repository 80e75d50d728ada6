import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The storage seam (issue 19), checked on the source text: SQL and connections only in
// server/db/, transactions only there and in server/services/, db/ never reaches the demo
// generator (seeds/), and the pure domain modules never reach HTTP, SQLite or the repositories.

const root = resolve(import.meta.dirname, '../..');

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The text without comments (doc examples may show SQL), line numbers kept. */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' '))
    .split('\n')
    .map((line) => (/^\s*\/\//.test(line) ? '' : line))
    .join('\n');
}

/** A connection call: `x.prepare(`, `x.pragma(`, `x.exec('…` (SQL text: RegExp#exec takes no literal). */
const SQL_CALL = /\.(prepare|pragma)\s*[<(]|\.exec\(\s*['"`]/;
const TRANSACTION_CALL = /\.transaction\s*[<(]/;

/** `file:line: text` of each line of `files` matching `pattern`. */
function findCalls(files: readonly string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    withoutComments(readFileSync(file, 'utf8'))
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module specifier `text` imports or re-exports (type-only ones too: a type from db/ is a leak as well). */
function importSpecifiers(text: string): string[] {
  return [...withoutComments(text).matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
}

/** `file → specifier` of each import in `files` that `forbidden(specifier, resolvedPath)` refuses. */
function forbiddenImports(
  files: readonly string[],
  forbidden: (specifier: string, target: string | null) => boolean,
): string[] {
  return files.flatMap((file) =>
    importSpecifiers(readFileSync(file, 'utf8'))
      .filter((specifier) => forbidden(specifier, specifier.startsWith('.') ? resolve(dirname(file), specifier) : null))
      .map((specifier) => `${relative(root, file)} → ${specifier}`),
  );
}

const under = (target: string | null, dir: string) => target?.startsWith(`${join(root, dir)}/`) ?? false;
const serverFiles = tsFiles(join(root, 'server'));
const outside = (...dirs: string[]) => serverFiles.filter((file) => !dirs.some((dir) => under(file, dir)));

/**
 * Files another slice of issue 19 is still moving, and the fix each awaits. An entry must still
 * hold a call (else remove it): the list only shrinks.
 */
const PENDING: Record<string, string> = {};
const pending = (call: string) => Object.keys(PENDING).some((file) => call.startsWith(`${file}:`));

describe('SQL lives in server/db/', () => {
  it('no prepare/pragma/exec call on a connection outside server/db/', () => {
    expect(findCalls(outside('server/db'), SQL_CALL).filter((call) => !pending(call))).toEqual([]);
  });

  it('every pending exception still holds a call (remove it from PENDING once fixed)', () => {
    const calls = findCalls(outside('server/db'), SQL_CALL);
    expect(Object.keys(PENDING).filter((file) => !calls.some((call) => call.startsWith(`${file}:`)))).toEqual([]);
  });

  it('transactions are opened only in server/db/ and server/services/', () => {
    expect(findCalls(outside('server/db', 'server/services'), TRANSACTION_CALL)).toEqual([]);
  });

  it('the scan sees a connection call and ignores RegExp#exec and comments', () => {
    const sample = [
      'const x = /a/.exec(text);',
      "// db.prepare('SELECT 1')",
      "db.prepare('SELECT 1').get();",
      "db.exec('BEGIN');",
    ];
    expect(sample.map((line) => SQL_CALL.test(withoutComments(line)))).toEqual([false, false, true, true]);
    expect(TRANSACTION_CALL.test('db.transaction(() => 1)();')).toBe(true);
  });
});

/** SQL text in a string: a statement or a clause opening a literal (`'SELECT …`, `` ` WHERE ${…}` ``). */
const SQL_TEXT = /['"`]\s*(SELECT|INSERT|UPDATE|DELETE|WITH|WHERE|CREATE|ALTER|DROP|BEGIN|COMMIT|PRAGMA)\b/;

/**
 * The files of server/db/ that hold no SQL, and why they belong there all the same. Everything
 * else there runs or builds SQL; composition of repositories and domain code is server/services/.
 */
const DB_WITHOUT_SQL: Record<string, string> = {
  'server/db/store.ts': 'the Store interface (one async part per aggregate), implemented per backend',
  'server/db/sqlite-store.ts': "the Store's SQLite implementation: each part calls one repository through the writer",
  'server/db/layers/layer-definition.ts': 'the interface every layer repository implements',
  'server/db/layers/registry.ts': 'the layer repositories by layer id',
};

describe('server/db/ is SQL only', () => {
  const dbFiles = tsFiles(join(root, 'server/db'));

  it('every file of server/db/ runs or builds SQL (but the listed interfaces)', () => {
    const withoutSql = dbFiles
      .filter((file) => {
        const text = withoutComments(readFileSync(file, 'utf8'));
        return !SQL_CALL.test(text) && !SQL_TEXT.test(text);
      })
      .map((file) => relative(root, file));
    expect(withoutSql.filter((file) => !(file in DB_WITHOUT_SQL))).toEqual([]);
  });

  it('every listed exception still exists and still holds no SQL (else remove it)', () => {
    const stale = Object.keys(DB_WITHOUT_SQL).filter((file) => {
      const path = join(root, file);
      if (!existsSync(path)) return true;
      const text = withoutComments(readFileSync(path, 'utf8'));
      return SQL_CALL.test(text) || SQL_TEXT.test(text);
    });
    expect(stale).toEqual([]);
  });

  it('the SQL text scan sees statements and clauses, not prose', () => {
    const sample = ["'SELECT 1'", '` WHERE a = ?`', "'selected where it stands'", "'Update task'"];
    expect(sample.map((line) => SQL_TEXT.test(line))).toEqual([true, true, false, false]);
  });
});

describe('module boundaries', () => {
  it('server/db/ does not import the demo generator (seeds/)', () => {
    const seeds = forbiddenImports(tsFiles(join(root, 'server/db')), (_s, target) => under(target, 'seeds'));
    expect(seeds).toEqual([]);
  });

  it('only the entry point imports seeds/ in server/', () => {
    const seeds = forbiddenImports(outside(), (_s, target) => under(target, 'seeds'));
    expect(seeds).toEqual(['server/main.ts → ../seeds/seed-database.ts']);
  });

  it('the pure domain modules import neither hono, SQLite, nor the repositories and services', () => {
    const pure = [
      'aq',
      'spatial',
      'routing',
      'roads',
      'rules',
      'import',
      'time',
      'hj212',
      'monitoring',
      'emergency',
    ].flatMap((dir) => tsFiles(join(root, 'server', dir)));
    expect(pure.length).toBeGreaterThan(20);
    const leaks = forbiddenImports(
      pure,
      (specifier, target) =>
        /^(hono|@hono\/|better-sqlite3)(\/|$)/.test(specifier) ||
        ['server/db', 'server/services', 'server/routes', 'server/http', 'server/workers'].some((dir) =>
          under(target, dir),
        ),
    );
    expect(leaks).toEqual([]);
  });

  it('the import scan finds type-only, re-exported and dynamic imports', () => {
    const text = [
      "import type { Db } from '../db/open-database.ts';",
      "export { x } from 'hono';",
      "const m = await import('better-sqlite3');",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['../db/open-database.ts', 'hono', 'better-sqlite3']);
  });
});
