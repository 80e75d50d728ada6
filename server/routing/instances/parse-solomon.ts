/** A Solomon VRPTW instance: node 0 is the depot, nodes 1…n the customers. */
export interface SolomonInstance {
  name: string;
  vehicles: number;
  capacity: number;
  /** One row per node: x, y, demand, ready time, due date, service time. */
  nodes: { x: number; y: number; demand: number; ready: number; due: number; service: number }[];
}

/**
 * Parses the text of a Solomon instance file (original format: name, VEHICLE block with
 * NUMBER and CAPACITY, CUSTOMER block of 7 numeric columns).
 */
export function parseSolomon(text: string): SolomonInstance {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const name = lines[0] ?? '';
  const numeric = lines.map((l) => l.split(/\s+/).map(Number)).filter((row) => row.every((v) => Number.isFinite(v)));
  const fleet = numeric.find((row) => row.length === 2);
  if (!fleet) throw new Error('no VEHICLE NUMBER/CAPACITY line');
  const nodes = numeric
    .filter((row) => row.length === 7)
    .map((row) => ({
      x: row[1] as number,
      y: row[2] as number,
      demand: row[3] as number,
      ready: row[4] as number,
      due: row[5] as number,
      service: row[6] as number,
    }));
  if (nodes.length < 2) throw new Error('no customers');
  return { name, vehicles: fleet[0] as number, capacity: fleet[1] as number, nodes };
}

/**
 * The instance as a solver problem by the Solomon conventions: Euclidean distances in double
 * precision (no rounding), travel time = distance, shift = the depot's [ready, due], service must
 * start by the due date.
 */
export function solomonProblem(instance: SolomonInstance): {
  matrix: number[][];
  depot: number;
  jobs: { node: number; service: number; window: [number, number]; demand: number }[];
  vehicles: { count: number; capacity: number; shift: [number, number] };
} {
  const { nodes } = instance;
  const matrix = nodes.map((a) => nodes.map((b) => Math.hypot(a.x - b.x, a.y - b.y)));
  const depot = nodes[0] as SolomonInstance['nodes'][number];
  const jobs = nodes.slice(1).map((c, k) => ({
    node: k + 1,
    service: c.service,
    window: [c.ready, c.due] as [number, number],
    demand: c.demand,
  }));
  return {
    matrix,
    depot: 0,
    jobs,
    vehicles: { count: instance.vehicles, capacity: instance.capacity, shift: [depot.ready, depot.due] },
  };
}
