import { describe, expect, it } from 'vitest';
import { findExcessNesting, findExcessNestingInText, MAX_JSON_DEPTH } from '../../server/schema/json-nesting.ts';

describe('findExcessNestingInText', () => {
  it('finds the bracket that opens one level too many, at any depth, in one pass', () => {
    expect(findExcessNestingInText('{"a":[[[1]]]}', 3)).toEqual({ offset: 7 });
    expect(findExcessNestingInText('{"a":[[[1]]]}', 4)).toBeNull();
    expect(findExcessNestingInText(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`)).toEqual({
      offset: MAX_JSON_DEPTH,
    });
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(findExcessNestingInText(JSON.stringify({ note: '[[[[{{{{', quoted: 'say \\"[[[[\\"' }), 1)).toBeNull();
    expect(findExcessNestingInText(JSON.stringify(['\\', [[1]]]), 2)).toEqual({ offset: 7 });
  });

  it('lets siblings reuse depth: many shallow arrays are fine', () => {
    expect(findExcessNestingInText(JSON.stringify(Array.from({ length: 10_000 }, () => [[1, 2]])), 3)).toBeNull();
  });
});

describe('findExcessNesting', () => {
  it('names the path to the first value nested too deeply, eliding after 8 levels', () => {
    expect(findExcessNesting({ a: [[[1]]] }, 3)).toEqual({ depth: 4, path: 'a[0][0]' });
    let deep: unknown = 0;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(findExcessNesting({ geometry: { coordinates: deep } }, 12)).toEqual({
      depth: 13,
      path: 'geometry.coordinates[0][0][0][0][0][0]…',
    });
    expect(findExcessNesting([1, 'x', null, { b: true }], 2)).toBeNull();
  });
});
