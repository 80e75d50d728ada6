import { describe, expect, it } from 'vitest';
import { choroplethClasses, classColours } from '../../client/views/analysis/choropleth-classes.ts';

const labels = (values: (number | null)[], integer: boolean, digits = 1) =>
  choroplethClasses(values, { integer, digits }).classes.map((c) => c.label);

describe('choroplethClasses', () => {
  it('gives integer classes without duplicates for a count with many zeros (控制区禁用机械)', () => {
    const banned = [0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 2, 3, 5, 8, 11, 14, 18, 22];
    const got = labels(banned, true);
    expect(got).toEqual(['0', '1–2', '3–8', '9–14', '15–22']);
    expect(new Set(got).size).toBe(got.length);
    expect(got.join(' ')).not.toMatch(/\./);
  });

  it('gives one class per value when there are few distinct values (散煤复烧村)', () => {
    expect(labels([0, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 4, 4, 0, 1, 2, 2, 2], true)).toEqual(['0', '1', '2', '3–4']);
    expect(labels([0, 0, 2, 11, 22], true)).toEqual(['0', '1–2', '3–11', '12–22']);
    expect(labels([3, 3, 3], true)).toEqual(['3']);
  });

  it('puts every value in a class whose range holds it, classes in order and not empty', () => {
    const values = [0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 2, 3, 5, 8, 11, 14, 18, 22];
    const { classes, classOf } = choroplethClasses(values, { integer: true, digits: 0 });
    for (const v of values) {
      const k = classOf(v) as number;
      expect(v).toBeGreaterThanOrEqual(classes[k]!.min);
      expect(v).toBeLessThanOrEqual(classes[k]!.max);
    }
    for (const [k, c] of classes.entries()) {
      expect(values.some((v) => classOf(v) === k)).toBe(true);
      if (k > 0) expect(c.min).toBe(classes[k - 1]!.max + 1);
    }
  });

  it('writes continuous classes with the metric’s decimals, no repeated ranges', () => {
    const dustfall = [3.1, 4.25, 4.5, 5, 5.5, 6, 6, 6.2, 6.8, 7.1, 7.3, 7.9, 8.38, 8.5, 9, 9.9, 10.2, 12.4];
    const got = labels(dustfall, false, 2);
    expect(got).toHaveLength(5);
    expect(new Set(got).size).toBe(5);
    expect(got[0]).toBe('3.10–5.00');
    expect(got.at(-1)).toBe('9.90–12.40');
  });

  it('marks missing values as 无数据 (null class) and keeps them out of the ranges', () => {
    const result = choroplethClasses([null, 35.2, null, 41.7, 38], { integer: false, digits: 1 });
    expect(result.noData).toBe(true);
    expect(result.classOf(null)).toBeNull();
    expect(result.classes.map((c) => c.label)).toEqual(['35.2', '38.0', '41.7']);
    expect(choroplethClasses([1, 2], { integer: true, digits: 0 }).noData).toBe(false);
    expect(choroplethClasses([null, null], { integer: true, digits: 0 }).classes).toEqual([]);
  });
});

describe('classColours', () => {
  it('spreads fewer classes over the whole ramp, lightest to darkest', () => {
    expect(classColours(5)).toHaveLength(5);
    expect(classColours(2)).toEqual(['rgb(255,255,178)', 'rgb(189,0,38)']);
    expect(new Set(classColours(4)).size).toBe(4);
  });
});
