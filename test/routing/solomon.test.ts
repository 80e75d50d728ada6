import { describe, expect, it } from 'vitest';
import { parseSolomon, solomonProblem } from '../../server/routing/instances/parse-solomon.ts';
import { solveVrptw } from '../../server/routing/solve.ts';
import { readBenchmark, vrptwViolations } from './helpers.ts';

const optima = JSON.parse(readBenchmark('optima.json')).solomon as Record<
  string,
  { distance_only_bks: { distance: number } }
>;

describe('solveVrptw on Solomon instances (distance-minimising BKS)', () => {
  // Bounds are what the default budget reaches on these instances, with some margin.
  for (const [name, bound] of [
    ['C101', 0.001],
    ['R101', 0.02],
    ['RC201', 0.02],
  ] as const) {
    it(`${name}: feasible, every customer served, gap < ${bound * 100} %`, () => {
      const problem = solomonProblem(parseSolomon(readBenchmark(`solomon/${name}.txt`)));
      expect(problem.jobs).toHaveLength(100);
      const result = solveVrptw(problem);
      expect(vrptwViolations(problem, result)).toEqual([]);
      expect(result.unassigned).toEqual([]);
      expect(result.travel).toBeLessThan((optima[name]?.distance_only_bks.distance ?? 0) * (1 + bound));
    });
  }
});
