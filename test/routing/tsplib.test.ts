import { describe, expect, it } from 'vitest';
import { parseTsplib, tsplibMatrix } from '../../server/routing/instances/parse-tsplib.ts';
import { solveTsp } from '../../server/routing/solve.ts';
import { pathCost, readBenchmark } from './helpers.ts';

const optima = JSON.parse(readBenchmark('optima.json')).tsplib as Record<string, { optimum: number }>;

function load(name: string): number[][] {
  return tsplibMatrix(parseTsplib(readBenchmark(`tsplib/${name}.tsp`)));
}

describe('TSPLIB distance conventions', () => {
  for (const name of ['ulysses22', 'eil51', 'berlin52', 'kroA100', 'gr96']) {
    it(`${name}: the published optimal tour has the published length`, () => {
      const tour = readBenchmark(`tsplib/${name}.opt.tour`)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => /^\d+$/.test(l))
        .map((l) => Number(l) - 1);
      expect(pathCost(load(name), tour, true)).toBe(optima[name]?.optimum);
    });
  }
});

describe('solveTsp on TSPLIB within 1 % of the optimum', () => {
  for (const name of ['burma14', 'ulysses22', 'eil51', 'berlin52', 'st70', 'eil76']) {
    it(name, () => {
      const m = load(name);
      const { order, length } = solveTsp(m);
      expect(order).toHaveLength(m.length);
      expect(length).toBe(pathCost(m, order, true));
      expect(length).toBeLessThanOrEqual((optima[name]?.optimum ?? 0) * 1.01);
    });
  }
});
