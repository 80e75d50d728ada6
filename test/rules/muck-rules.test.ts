import { describe, expect, it } from 'vitest';
import type { MuckFacts } from '../../server/muck/muck-facts.ts';
import type { MuckFix } from '../../server/muck/muck-fix.ts';
import type { MuckPermitFacts } from '../../server/muck/muck-violations.ts';
import { distanceToRouteM } from '../../server/muck/route-distance.ts';
import { muckIllegalDumpingRule } from '../../server/rules/muck-illegal-dumping-rule.ts';
import { muckOffRouteRule } from '../../server/rules/muck-off-route-rule.ts';
import { muckOutOfHoursRule } from '../../server/rules/muck-out-of-hours-rule.ts';
import { muckSpillRule } from '../../server/rules/muck-spill-rule.ts';
import { ruleRegistry } from '../../server/rules/rule-registry.ts';
import { createContext, createFacts } from './rule-fixtures.ts';

const M_PER_DEG_LAT = 110_990;
const ROUTE: [number, number][] = [
  [112.7, 38.4],
  [112.76, 38.4],
];
/** A point `east` degrees along the route and `north` metres off it. */
const at = (east: number, north: number): [number, number] => [112.7 + east, 38.4 + north / M_PER_DEG_LAT];

function createPermit(overrides: Partial<MuckPermitFacts> = {}): MuckPermitFacts {
  return {
    id: 'P1',
    siteId: 'S1',
    disposalSiteId: 'D1',
    validFrom: '2023-12-01',
    validTo: '2024-01-31',
    hoursFrom: '22:00',
    hoursTo: '05:00',
    bufferM: 200,
    route: ROUTE,
    site: [112.7, 38.4],
    ...overrides,
  };
}

/** Moving fixes a minute apart from `start` (CST minute on 30 December), at the given positions. */
function drive(start: string, positions: [number, number][], speedKmh: number | null = 30): MuckFix[] {
  const [h, m] = start.split(':').map(Number) as [number, number];
  return positions.map(([lon, lat], i) => {
    const minutes = h * 60 + m + i;
    const day = minutes >= 1440 ? '31' : '30';
    const pad = (n: number) => String(n).padStart(2, '0');
    const clock = `${pad(Math.floor((minutes % 1440) / 60))}:${pad(minutes % 60)}`;
    return { ts: `2023-12-${day}T${clock}:00`, lon, lat, speedKmh };
  });
}

function createMuck(fixes: MuckFix[], overrides: Partial<MuckFacts> = {}, permits = [createPermit()]): MuckFacts {
  return {
    trucks: [{ id: 'T1', plate: '晋H00001', township: '140902001', base: [112.6, 38.3], permits, fixes }],
    disposalSites: [{ id: 'D1', name: '消纳场', lon: 112.76, lat: 38.4, radiusM: 250 }],
    openSpills: [],
    ...overrides,
  };
}

const run = (rule: typeof muckOffRouteRule, muck: MuckFacts | undefined) =>
  rule.evaluate(createFacts(muck ? { muck } : {}), createContext({ asOf: '2023-12-31T23:00' }));

describe('muck-trucks rules', () => {
  it('are registered for task 11 on the muck-trucks layer, citing T11.4', () => {
    for (const id of ['muck-off-route', 'muck-out-of-hours', 'muck-illegal-dumping', 'muck-spill'] as const) {
      expect(ruleRegistry[id]).toMatchObject({ task: 11, layer: 'muck-trucks' });
      expect(ruleRegistry[id].basis).toContainEqual({ kind: 'plan', requirement: 'T11.4' });
    }
  });
  it('stay silent without muck facts', () => {
    for (const rule of [muckOffRouteRule, muckOutOfHoursRule, muckIllegalDumpingRule, muckSpillRule]) {
      expect(run(rule, undefined)).toEqual([]);
    }
  });
});

describe('muck-off-route', () => {
  it('counts a truck exactly at the buffer as on the route and one a metre beyond as off it', () => {
    const edge = at(0.03, 300);
    const bufferM = distanceToRouteM(edge, ROUTE);
    const fixes = drive('23:40', [at(0.02, 0), edge, at(0.04, 0)]);
    expect(run(muckOffRouteRule, createMuck(fixes, {}, [createPermit({ bufferM })]))).toEqual([]);
    const hits = run(muckOffRouteRule, createMuck(fixes, {}, [createPermit({ bufferM: bufferM - 1 })]));
    expect(hits).toEqual([expect.objectContaining({ entityId: 'T1', since: '2023-12-30T23:41' })]);
  });
  it('merges an episode from leaving to returning, naming the farthest distance', () => {
    const fixes = drive('23:39', [at(0.02, 0), at(0.025, 500), at(0.03, 1200), at(0.035, 600), at(0.04, 0)]);
    const [hit] = run(muckOffRouteRule, createMuck(fixes));
    expect(hit?.detail.zh).toContain('1 次');
    expect(hit?.detail.zh).toContain('23:40–23:42');
    expect(hit?.detail.zh).toContain('最远 1200 米');
  });
  it('finds a moving truck with no permit in force off route (无有效准运证), not a parked one', () => {
    const expired = [createPermit({ validTo: '2023-12-29' })];
    const moving = drive('23:40', [at(0.02, 0), at(0.03, 0)]);
    expect(run(muckOffRouteRule, createMuck(moving, {}, expired))[0]?.detail.zh).toContain('无有效准运证');
    const parked = drive('23:40', [at(0.02, 0), at(0.02, 0)], 0);
    expect(run(muckOffRouteRule, createMuck(parked, {}, expired))).toEqual([]);
  });
  it('never counts fixes at the base, the construction site or a disposal site', () => {
    const fixes = drive('23:40', [
      [112.6, 38.3],
      [112.76, 38.401],
    ]);
    expect(run(muckOffRouteRule, createMuck(fixes))).toEqual([]);
  });
});

describe('muck-out-of-hours', () => {
  it('keeps 22:00 and the end minute 05:00 inside the overnight window, 05:01 and 21:59 outside', () => {
    const inside = [...drive('21:59', [at(0.01, 0)]).map((f) => ({ ...f, ts: '2023-12-30T22:00:00' }))];
    expect(run(muckOutOfHoursRule, createMuck(inside))).toEqual([]);
    const endMinute = drive('05:00', [at(0.01, 0)]).map((f) => ({ ...f, ts: '2023-12-31T05:00:59' }));
    expect(run(muckOutOfHoursRule, createMuck(endMinute))).toEqual([]);
    const after = drive('05:01', [at(0.01, 0)]).map((f) => ({ ...f, ts: '2023-12-31T05:01:00' }));
    expect(run(muckOutOfHoursRule, createMuck(after))).toHaveLength(1);
    const before = drive('21:59', [at(0.01, 0)]);
    expect(run(muckOutOfHoursRule, createMuck(before))).toHaveLength(1);
  });
  it('ignores a truck standing still outside its hours', () => {
    expect(run(muckOutOfHoursRule, createMuck(drive('14:00', [at(0.01, 0), at(0.01, 0)], 0)))).toEqual([]);
  });
});

describe('muck-illegal-dumping', () => {
  const stand = (start: string, minutes: number, position: [number, number]) =>
    drive(
      start,
      Array.from({ length: minutes + 1 }, () => position),
      0,
    );
  it('fires on a 15-minute stop away from every allowed place, not on a 14-minute one', () => {
    expect(run(muckIllegalDumpingRule, createMuck(stand('01:30', 15, at(0.03, 80))))).toHaveLength(1);
    expect(run(muckIllegalDumpingRule, createMuck(stand('01:30', 14, at(0.03, 80))))).toEqual([]);
  });
  it('allows a stop inside a disposal site radius and at the construction site', () => {
    expect(run(muckIllegalDumpingRule, createMuck(stand('01:30', 20, [112.76, 38.401])))).toEqual([]);
    expect(run(muckIllegalDumpingRule, createMuck(stand('01:30', 20, [112.7, 38.4])))).toEqual([]);
  });
});

describe('muck-spill', () => {
  it('hits a truck with an open spill report', () => {
    const spill = {
      id: 4,
      truckId: 'T1',
      reportedAt: '2023-12-31T06:45',
      lon: 112.72,
      lat: 38.4,
      description: '路面有泥土带',
      status: 'open' as const,
    };
    const [hit] = run(muckSpillRule, createMuck([], { openSpills: [spill] }));
    expect(hit).toMatchObject({ entityId: 'T1', since: '2023-12-31T06:45' });
    expect(hit?.detail.zh).toContain('第 4 号抛洒报告');
    expect(run(muckSpillRule, createMuck([], { openSpills: [{ ...spill, truckId: 'T9' }] }))).toEqual([]);
  });
});
