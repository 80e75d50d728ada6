import { describe, expect, it } from 'vitest';
import { nodeCrossings } from '../../server/roads/node-crossings.ts';
import { buildRoadGraph } from '../../server/roads/road-graph.ts';

describe('nodeCrossings', () => {
  it('adds the crossing point to both lines, so the graph connects them', () => {
    const [a, b] = nodeCrossings([
      [
        [112.7, 38.39],
        [112.7, 38.41],
      ],
      [
        [112.69, 38.4],
        [112.71, 38.4],
      ],
    ]);
    expect(a).toEqual([
      [112.7, 38.39],
      [112.7, 38.4],
      [112.7, 38.41],
    ]);
    expect(b).toEqual([
      [112.69, 38.4],
      [112.7, 38.4],
      [112.71, 38.4],
    ]);
    const graph = buildRoadGraph(
      [a!, b!].map((coordinates) => ({ coordinates, speedKmh: 30, roadClass: 'local', direction: 'both' as const })),
    );
    expect(graph.nodeCount).toBe(5);
  });

  it('nodes a T-junction at the touching end without moving it', () => {
    const [a, b] = nodeCrossings([
      [
        [112.69, 38.4],
        [112.71, 38.4],
      ],
      [
        [112.7, 38.4],
        [112.7, 38.42],
      ],
    ]);
    expect(a).toEqual([
      [112.69, 38.4],
      [112.7, 38.4],
      [112.71, 38.4],
    ]);
    expect(b).toEqual([
      [112.7, 38.4],
      [112.7, 38.42],
    ]);
  });

  it('leaves lines that only share vertices or do not meet unchanged', () => {
    const lines = [
      [
        [112.7, 38.4],
        [112.71, 38.4],
      ],
      [
        [112.71, 38.4],
        [112.72, 38.41],
      ],
      [
        [112.8, 38.5],
        [112.81, 38.5],
      ],
    ];
    expect(nodeCrossings(lines)).toEqual(lines);
  });
});
