/**
 * A small reader for OGC/ESRI well-known text (WKT1, as in a shapefile's .prj, and the WKT2
 * syntax, which is the same bracket grammar).
 *
 * @module
 */

import { err, ok, type Result } from '../result.ts';

/** Real CRS definitions nest about 6 levels and take a few kB; more is not WKT of a CRS. */
const MAX_DEPTH = 32;
const MAX_LENGTH = 65_536;

/** One `KEYWORD[arg, …]` of a WKT text. */
export interface WktNode {
  /** Upper-cased keyword, e.g. `PROJCS`. */
  keyword: string;
  /** Quoted strings (unquoted), numbers, nested nodes, and bare words (e.g. `north`) as strings. */
  args: Array<string | number | WktNode>;
}

/** The parsed text, or where it stopped making sense. */
export type WktParse = Result<WktNode, { code: 'malformed-wkt'; message: string }>;

/**
 * Parses one WKT element. Brackets may be `[]` or `()`; quotes inside strings are doubled (`""`).
 * Texts over 64 KiB or nested over 32 levels are refused.
 *
 * @example
 * parseWkt('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]]]');
 * // { ok: true, value: { keyword: 'GEOGCS', args: ['GCS_WGS_1984', { keyword: 'DATUM', … }] } }
 */
export function parseWkt(text: string): WktParse {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at] as string)) at++;
  };
  const fail = (what: string): WktParse => err({ code: 'malformed-wkt', message: `${what} at character ${at + 1}` });

  const parseNode = (depth: number): WktNode | string => {
    if (depth > MAX_DEPTH) return `nesting deeper than ${MAX_DEPTH} levels`;
    skipSpace();
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(at));
    if (!match) return 'expected a keyword';
    at += match[0].length;
    const node: WktNode = { keyword: match[0].toUpperCase(), args: [] };
    skipSpace();
    const open = text[at];
    if (open !== '[' && open !== '(') return `expected '[' after ${match[0]}`;
    const close = open === '[' ? ']' : ')';
    at++;
    for (;;) {
      skipSpace();
      const c = text[at];
      if (c === undefined) return `unterminated ${node.keyword}`;
      if (c === '"') {
        let value = '';
        at++;
        for (;;) {
          const d = text[at];
          if (d === undefined) return 'unterminated string';
          if (d === '"') {
            if (text[at + 1] === '"') {
              value += '"';
              at += 2;
              continue;
            }
            at++;
            break;
          }
          value += d;
          at++;
        }
        node.args.push(value);
      } else if (/[-+.\d]/.test(c)) {
        const number = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(text.slice(at));
        if (!number) return 'malformed number';
        at += number[0].length;
        node.args.push(Number(number[0]));
      } else if (/[A-Za-z_]/.test(c)) {
        const save = at;
        const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(at))?.[0] ?? '';
        at += word.length;
        skipSpace();
        if (text[at] === '[' || text[at] === '(') {
          at = save;
          const child = parseNode(depth + 1);
          if (typeof child === 'string') return child;
          node.args.push(child);
        } else {
          node.args.push(word);
        }
      } else {
        return `unexpected '${c}'`;
      }
      skipSpace();
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === close) {
        at++;
        return node;
      }
      return `expected ',' or '${close}' in ${node.keyword}`;
    }
  };

  if (text.length > MAX_LENGTH)
    return err({ code: 'malformed-wkt', message: `the text is longer than ${MAX_LENGTH} characters` });
  const root = parseNode(1);
  if (typeof root === 'string') return fail(root);
  skipSpace();
  if (at < text.length) return fail('unexpected text after the WKT');
  return ok(root);
}

/** The direct children of `node` with the given keyword(s). */
export function wktChildren(node: WktNode, ...keywords: string[]): WktNode[] {
  return node.args.filter((a): a is WktNode => typeof a === 'object' && keywords.includes(a.keyword));
}

/** The first node with one of the keywords, searching depth-first from `node` (itself included). */
export function wktFind(node: WktNode, ...keywords: string[]): WktNode | undefined {
  if (keywords.includes(node.keyword)) return node;
  for (const arg of node.args) {
    if (typeof arg !== 'object') continue;
    const found = wktFind(arg, ...keywords);
    if (found) return found;
  }
  return undefined;
}

/** The node's name (its first argument when that is a string), or ''. */
export function wktName(node: WktNode | undefined): string {
  const first = node?.args[0];
  return typeof first === 'string' ? first : '';
}
