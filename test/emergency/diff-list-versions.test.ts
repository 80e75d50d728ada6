import { describe, expect, it } from 'vitest';
import { diffListVersions } from '../../server/emergency/diff-list-versions.ts';
import { entry, measure, tonnes } from './list-fixtures.ts';

describe('diffListVersions', () => {
  it('identical versions differ in nothing, whatever the key order', () => {
    const a = entry('E1');
    // The same entry with its keys (and its reductions' keys) in reverse order.
    const reverseKeys = (value: unknown): unknown =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(
            Object.entries(value)
              .reverse()
              .map(([k, v]) => [k, reverseKeys(v)]),
          )
        : value;
    const reordered = reverseKeys(a) as typeof a;
    expect(Object.keys(reordered)[0]).toBe('reductions');
    expect(diffListVersions([a], [reordered])).toEqual({ added: [], removed: [], changed: [] });
  });

  it('finds added, removed and changed enterprises, in enterprise-id order', () => {
    const from = [entry('E3'), entry('E1'), entry('E2')];
    const to = [entry('E5'), entry('E1', { grade: 'C', enterpriseName: '新名称' }), entry('E4'), entry('E3')];
    const diff = diffListVersions(from, to);
    expect(diff.added).toEqual([
      { enterpriseId: 'E4', enterpriseName: '企业E4' },
      { enterpriseId: 'E5', enterpriseName: '企业E5' },
    ]);
    expect(diff.removed).toEqual([{ enterpriseId: 'E2', enterpriseName: '企业E2' }]);
    expect(diff.changed).toEqual([
      {
        enterpriseId: 'E1',
        enterpriseName: '新名称',
        changes: [
          { field: 'enterpriseName', before: '企业E1', after: '新名称' },
          { field: 'grade', before: 'D', after: 'C' },
        ],
      },
    ]);
  });

  it('names the level of a changed measure or reduction, with the values before and after', () => {
    const old = entry('E1');
    const orange = [measure('1#窑', 'limit', { limitPct: 50, outletCode: 'DA001' })];
    const next = entry('E1', {
      builtUpArea: true,
      contact: '张三 138',
      measures: { ...old.measures, orange },
      reductions: { ...old.reductions, red: tonnes(0.3, 0.6, 1) },
    });
    const { changed } = diffListVersions([old], [next]);
    expect(changed[0]?.changes).toEqual([
      { field: 'builtUpArea', before: false, after: true },
      { field: 'contact', before: null, after: '张三 138' },
      { field: 'measures.orange', before: old.measures.orange, after: orange },
      { field: 'reductions.red', before: tonnes(0.3, 0.6, 0.9), after: tonnes(0.3, 0.6, 1) },
    ]);
  });

  it('a measure list in another order is a change (the list orders its lines)', () => {
    const two = [measure('1#窑', 'stop'), measure('2#窑', 'stop')];
    const a = entry('E1', { measures: { yellow: two, orange: two, red: two } });
    const b = entry('E1', { measures: { yellow: [...two].reverse(), orange: two, red: two } });
    expect(diffListVersions([a], [b]).changed[0]?.changes.map((c) => c.field)).toEqual(['measures.yellow']);
  });
});
