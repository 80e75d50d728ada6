import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { roadDustLoadHighRule } from '../../server/rules/road-dust-load-high-rule.ts';
import { roadSweepingBehindRule } from '../../server/rules/road-sweeping-behind-rule.ts';
import type { RuleFacts } from '../../server/rules/rule-definition.ts';
import type { RoadSegmentProperties } from '../../server/schema/road-segment.ts';
import type { BuiltUpPolygon } from '../../server/spatial/inside-built-up-area.ts';
import { createContext, createFacts } from './rule-fixtures.ts';

type RoadFacts = NonNullable<RuleFacts['roads']>[number];

/** A built-up area: the square 112.70–112.76 E, 38.39–38.45 N. */
function createBuiltUp(): BuiltUpPolygon[] {
  const square: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [112.7, 38.39],
        [112.76, 38.39],
        [112.76, 38.45],
        [112.7, 38.45],
        [112.7, 38.39],
      ],
    ],
  };
  return [{ id: 'BUA', geometry: square, provisional: true }];
}

/** An arterial segment inside the built-up area: wet sweep every 12 h, wash every 24 h, both just done. */
function createRoad(overrides: Partial<RoadFacts> = {}): RoadFacts {
  return {
    id: 'RS-001',
    name: '文昌大街第1段',
    roadClass: 'arterial',
    township: '140902001',
    townshipName: '秀容街道',
    lengthKm: 1.2,
    maintainer: '城区环卫一所',
    sweepIntervalH: 12,
    washIntervalH: 24,
    lastSweepAt: '2023-12-31T20:00',
    lastWashAt: '2023-12-31T12:30',
    behind: false,
    dustLoad: null,
    provenance: 'synthetic',
    source: '演示数据（合成）',
    midpoint: [112.73, 38.42] as Position,
    ...overrides,
  } satisfies RoadSegmentProperties & { midpoint: Position };
}

const asOf = '2023-12-31T23:00';
const context = createContext({ asOf });
const sweeping = (roads: RoadFacts[]) =>
  roadSweepingBehindRule.evaluate(createFacts({ roads, builtUp: createBuiltUp() }), context);

describe('road-sweeping-behind (task 11, T11.3)', () => {
  it('is silent when the road facts or the built-up area are absent', () => {
    expect(roadSweepingBehindRule.evaluate(createFacts(), context)).toEqual([]);
    const noBuiltUp = createFacts({ roads: [createRoad({ lastSweepAt: null })] });
    expect(roadSweepingBehindRule.evaluate(noBuiltUp, context)).toEqual([]);
  });

  it('counts a segment swept exactly one interval before as-of as on schedule, one minute more as behind', () => {
    expect(sweeping([createRoad({ lastSweepAt: '2023-12-31T11:00' })])).toEqual([]);
    const [hit] = sweeping([createRoad({ lastSweepAt: '2023-12-31T10:59' })]);
    expect(hit).toMatchObject({ entityId: 'RS-001', township: '140902001', since: '2023-12-31T22:59' });
    expect(hit?.detail.zh).toMatch(/湿扫逾期 0 小时/);
  });

  it('judges washing at its own interval, exactly one interval on schedule', () => {
    expect(sweeping([createRoad({ lastWashAt: '2023-12-30T23:00' })])).toEqual([]);
    const [hit] = sweeping([createRoad({ lastWashAt: '2023-12-30T22:00' })]);
    expect(hit?.since).toBe('2023-12-31T22:00');
    expect(hit?.detail.en).toMatch(/wash 1 h overdue/);
  });

  it('flags a segment never swept, with no known start', () => {
    const [hit] = sweeping([createRoad({ lastSweepAt: null })]);
    expect(hit?.since).toBeNull();
    expect(hit?.detail.zh).toMatch(/无湿扫记录/);
  });

  it('leaves a segment outside the built-up area, or whose class has no standard, unjudged', () => {
    expect(sweeping([createRoad({ lastSweepAt: null, midpoint: [112.8, 38.42] })])).toEqual([]);
    expect(sweeping([createRoad({ lastSweepAt: null, sweepIntervalH: null, washIntervalH: null })])).toEqual([]);
  });

  it('counts a sweep at as-of itself as on schedule', () => {
    expect(sweeping([createRoad({ lastSweepAt: '2023-12-31T23:00' })])).toEqual([]);
  });
});

describe('road-dust-load-high (task 12, T12.1)', () => {
  const loads = (loadGM2: number | null) =>
    roadDustLoadHighRule.evaluate(
      createFacts({
        roads: [createRoad({ dustLoad: loadGM2 === null ? null : { measuredOn: '2023-12-12', loadGM2 } })],
      }),
      context,
    );

  it('is silent without road facts or without a measurement', () => {
    expect(roadDustLoadHighRule.evaluate(createFacts(), context)).toEqual([]);
    expect(loads(null)).toEqual([]);
  });

  it('does not flag a load exactly at 1.0 g/m², flags 1.01 g/m² since the day it was measured', () => {
    expect(loads(1.0)).toEqual([]);
    const [hit] = loads(1.01);
    expect(hit).toMatchObject({ entityId: 'RS-001', since: '2023-12-12' });
    expect(hit?.detail.zh).toMatch(/积尘负荷 1\.01 g\/m²，高于 1\.0 g\/m²/);
  });

  it('cites its plan requirement and states its threshold as a convention', () => {
    expect(roadDustLoadHighRule.basis.map((b) => b.kind)).toEqual(['plan', 'convention']);
    expect(roadSweepingBehindRule.basis[0]).toEqual({ kind: 'plan', requirement: 'T11.3' });
  });
});
