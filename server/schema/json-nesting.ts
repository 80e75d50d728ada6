/**
 * A bound on how deeply JSON input nests, checked before anything walks it recursively (the
 * geometry checks, JSON.stringify in messages, structured clone to a worker): a body of coordinates
 * nested 100,000 deep once overflowed the stack and answered 500 (issue 12, probe 5). JSON.parse
 * survives any depth but is several times slower on deep text (a 5 MB body nested 2.5 million deep
 * took ~10 s here), so text is scanned before it is parsed. Shared by the API's body reader and the
 * GeoJSON importer.
 *
 * @module
 */

/**
 * Most levels of arrays and objects accepted in a JSON request body or an imported JSON file. The
 * deepest legitimate input is a MultiPolygon inside a body or a GeometryCollection (6–8 levels).
 */
export const MAX_JSON_DEPTH = 32;

/** Where a value nests too deeply: the depth reached (capped at limit + 1) and the path to it. */
export interface ExcessNesting {
  depth: number;
  /** Path from the root, e.g. `geometry.coordinates[0][0][0]…` (the first levels only). */
  path: string;
}

/**
 * Finds where JSON text first opens more than `maxDepth` nested arrays and objects, in one pass
 * over the characters (brackets inside strings do not count), before anything parses it.
 * Malformed text is not diagnosed here: JSON.parse does that.
 *
 * @param text - JSON text
 * @param maxDepth - the most levels allowed
 * @returns the 0-based character offset of the bracket that goes too deep, or null
 * @example
 * findExcessNestingInText('{"a":[[[1]]]}', 3); // { offset: 7 }
 */
export function findExcessNestingInText(text: string, maxDepth: number = MAX_JSON_DEPTH): { offset: number } | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > maxDepth) return { offset: i };
    } else if (c === 0x5d || c === 0x7d) {
      depth -= 1;
    }
  }
  return null;
}

interface Frame {
  children: unknown[];
  labels: string[] | null;
  next: number;
}

/** Labels shown of a path that nests too deeply; the rest is elided. */
const SHOWN_LEVELS = 8;

/**
 * Finds the first place where `value` nests arrays and objects more than `maxDepth` levels deep,
 * without recursion (an explicit stack), so any depth is safe. The root object or array is level 1.
 *
 * @param value - a parsed JSON value
 * @param maxDepth - the most levels allowed
 * @returns null when within the limit
 * @example
 * findExcessNesting(JSON.parse('{"a":[[[1]]]}'), 3); // { depth: 4, path: 'a[0][0]' }
 */
export function findExcessNesting(value: unknown, maxDepth: number = MAX_JSON_DEPTH): ExcessNesting | null {
  if (typeof value !== 'object' || value === null) return null;
  if (maxDepth < 1) return { depth: 1, path: '' };
  const path: string[] = [];
  const stack: Frame[] = [frameOf(value as object)];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next >= frame.children.length) {
      stack.pop();
      path.pop();
      continue;
    }
    const index = frame.next;
    frame.next += 1;
    const child = frame.children[index];
    if (typeof child !== 'object' || child === null) continue;
    path.push(frame.labels ? `.${frame.labels[index]}` : `[${index}]`);
    if (stack.length + 1 > maxDepth) {
      const shown = path.slice(0, SHOWN_LEVELS).join('').replace(/^\./, '');
      return { depth: stack.length + 1, path: path.length > SHOWN_LEVELS ? `${shown}…` : shown };
    }
    stack.push(frameOf(child as object));
  }
  return null;
}

function frameOf(container: object): Frame {
  if (Array.isArray(container)) return { children: container, labels: null, next: 0 };
  const labels = Object.keys(container);
  return { children: labels.map((key) => (container as Record<string, unknown>)[key]), labels, next: 0 };
}
