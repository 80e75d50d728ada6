import { describe, expect, it } from 'vitest';
import { createRandom } from '../../server/routing/random.ts';
import { solveVrptw, type VrptwProblem } from '../../server/routing/solve.ts';
import { euclideanMatrix, randomMatrix, vrptwViolations } from './helpers.ts';

/** A seeded random problem: node 0 is the depot, one job per other node. */
function randomProblem(
  seed: number,
  jobs: number,
  options: { vehicles: number; capacity?: number; maxWorkTime?: number; windows?: boolean; asymmetric?: boolean },
): VrptwProblem {
  const random = createRandom(seed);
  const matrix = options.asymmetric ? randomMatrix(jobs + 1, seed, true, 60) : euclideanMatrix(jobs + 1, seed);
  return {
    matrix,
    depot: 0,
    jobs: Array.from({ length: jobs }, (_, k) => {
      const open = random.int(300);
      return {
        node: k + 1,
        service: 5 + random.int(10),
        ...(options.windows === false ? {} : { window: [open, open + 30 + random.int(120)] as [number, number] }),
        demand: 1 + random.int(9),
        priority: random.int(3),
      };
    }),
    vehicles: {
      count: options.vehicles,
      shift: [0, 600],
      ...(options.capacity === undefined ? {} : { capacity: options.capacity }),
      ...(options.maxWorkTime === undefined ? {} : { maxWorkTime: options.maxWorkTime }),
    },
  };
}

describe('solveVrptw feasibility (independent checker)', () => {
  const settings = [
    { name: 'windows + capacity', vehicles: 5, capacity: 40 },
    { name: 'tight fleet (drops jobs)', vehicles: 2, capacity: 30 },
    { name: 'maxWorkTime', vehicles: 4, capacity: 60, maxWorkTime: 200 },
    { name: 'no windows, no capacity', vehicles: 3, windows: false },
    { name: 'asymmetric travel times', vehicles: 6, capacity: 50, asymmetric: true },
  ];
  for (const options of settings) {
    it(options.name, () => {
      for (let seed = 1; seed <= 3; seed++) {
        const problem = randomProblem(seed, 40, options);
        const result = solveVrptw(problem, { seed, iterations: 1500 });
        expect(vrptwViolations(problem, result)).toEqual([]);
      }
    });
  }

  it('is deterministic for a seed', () => {
    const problem = randomProblem(4, 30, { vehicles: 3, capacity: 50 });
    expect(solveVrptw(problem, { seed: 3, iterations: 800 })).toEqual(
      solveVrptw(problem, { seed: 3, iterations: 800 }),
    );
  });

  it('handles no jobs and no vehicles', () => {
    const matrix = [
      [0, 5],
      [5, 0],
    ];
    expect(solveVrptw({ matrix, depot: 0, jobs: [], vehicles: { count: 2, shift: [0, 100] } })).toEqual({
      routes: [],
      travel: 0,
      unassigned: [],
    });
    const none = solveVrptw({
      matrix,
      depot: 0,
      jobs: [{ node: 1, service: 1 }],
      vehicles: { count: 0, shift: [0, 100] },
    });
    expect(none.routes).toEqual([]);
    expect(none.unassigned).toEqual([{ job: 0, reason: 'no vehicles available' }]);
  });

  it('waits for the window and leaves the depot as late as useful', () => {
    const result = solveVrptw({
      matrix: [
        [0, 10],
        [10, 0],
      ],
      depot: 0,
      jobs: [{ node: 1, service: 5, window: [100, 120] }],
      vehicles: { count: 1, shift: [0, 480] },
    });
    expect(result.routes).toEqual([
      { vehicle: 0, depart: 90, stops: [{ job: 0, arrival: 100, start: 100, departure: 105 }], travel: 20, end: 115 },
    ]);
  });
});

describe('solveVrptw unassigned reasons', () => {
  const matrix = [
    [0, 10, 10, 10, 200],
    [10, 0, 5, 5, 200],
    [10, 5, 0, 5, 200],
    [10, 5, 5, 0, 200],
    [200, 200, 200, 200, 0],
  ];
  const base: VrptwProblem = {
    matrix,
    depot: 0,
    jobs: [
      { node: 1, service: 10, window: [0, 100], demand: 5 },
      { node: 2, service: 10, window: [0, 5], demand: 5 }, // window closes before anyone can arrive
      { node: 3, service: 10, demand: 50 }, // over capacity
      { node: 4, service: 10 }, // 200 out and 200 back exceed the 300-long shift
    ],
    vehicles: { count: 2, capacity: 20, shift: [0, 300] },
  };

  it('names the window, capacity and shift problems', () => {
    const result = solveVrptw(base);
    expect(vrptwViolations(base, result)).toEqual([]);
    expect(result.routes.flatMap((r) => r.stops.map((s) => s.job))).toEqual([0]);
    const reasons = new Map(result.unassigned.map((u) => [u.job, u.reason]));
    expect(reasons.get(1)).toMatch(/^window unreachable: earliest arrival 10 .* latest start 5$/);
    expect(reasons.get(2)).toMatch(/^over capacity: demand 50 exceeds the vehicle capacity 20$/);
    expect(reasons.get(3)).toMatch(/^shift too short: back at the depot at 410/);
  });

  it('reports a maxWorkTime too short for a single visit', () => {
    const problem: VrptwProblem = {
      ...base,
      jobs: [{ node: 1, service: 30 }],
      vehicles: { count: 1, shift: [0, 300], maxWorkTime: 40 },
    };
    const result = solveVrptw(problem);
    expect(result.routes).toEqual([]);
    expect(result.unassigned[0]?.reason).toMatch(/maximum work time 40/);
  });

  it('drops the lowest-priority jobs when the fleet is too small', () => {
    // One vehicle, a 100-long shift, six jobs of 30 service each 10 apart: at most two fit.
    const n = 7;
    const m = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : 10)));
    const priorities = [0, 5, 1, 5, 0, 2];
    const problem: VrptwProblem = {
      matrix: m,
      depot: 0,
      jobs: priorities.map((priority, k) => ({ node: k + 1, service: 30, priority })),
      vehicles: { count: 1, shift: [0, 100] },
    };
    const result = solveVrptw(problem, { iterations: 500 });
    expect(vrptwViolations(problem, result)).toEqual([]);
    expect(result.routes.flatMap((r) => r.stops.map((s) => s.job)).sort()).toEqual([1, 3]);
    expect(result.unassigned.map((u) => u.job)).toEqual([0, 2, 4, 5]);
    for (const u of result.unassigned) expect(u.reason).toMatch(/did not fit with the available vehicles/);
  });

  it('rejects malformed problems with precise messages', () => {
    expect(() => solveVrptw({ ...base, depot: 9 })).toThrow(
      /problem.depot must be an integer node index in \[0, 4\], got 9/,
    );
    expect(() => solveVrptw({ ...base, jobs: [{ node: 1, service: -1 }] })).toThrow(
      /problem.jobs\[0\].service must be a finite non-negative number/,
    );
    expect(() => solveVrptw({ ...base, jobs: [{ node: 1, service: 1, window: [5, 2] }] })).toThrow(
      /problem.jobs\[0\].window must be \[earliestStart, latestStart\]/,
    );
    expect(() => solveVrptw({ ...base, jobs: [{ node: 7, service: 1 }] })).toThrow(/problem.jobs\[0\].node/);
    expect(() => solveVrptw({ ...base, vehicles: { count: 1.5, shift: [0, 1] } })).toThrow(
      /problem.vehicles.count must be a non-negative integer/,
    );
    expect(() => solveVrptw({ ...base, vehicles: { count: 1, shift: [5, 1] } })).toThrow(/problem.vehicles.shift/);
    expect(() =>
      solveVrptw({
        ...base,
        matrix: [
          [0, 1],
          [1, -2],
        ],
      }),
    ).toThrow(/problem.matrix\[1\]\[1\]/);
  });
});
