import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ruleRegistry } from '../../server/rules/rule-registry.ts';
import type { EmergencyFacts, RuleFacts } from '../../server/rules/rule-definition.ts';
import type { EnterpriseCompliance } from '../../server/schema/emergency-compliance.ts';
import type { BuiltUpPolygon } from '../../server/spatial/inside-built-up-area.ts';
import {
  createContext,
  createEmergencyFacts,
  createEnterprise,
  createFacts,
  createListEntry,
  createSite,
} from './rule-fixtures.ts';

/** The built-up area of these tests: the square 112.70–112.72 E, 38.40–38.42 N. */
const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [112.7, 38.4],
      [112.72, 38.4],
      [112.72, 38.42],
      [112.7, 38.42],
      [112.7, 38.4],
    ],
  ],
};
const INSIDE: Position = [112.71, 38.41];
const ON_EDGE: Position = [112.72, 38.41];
/** Just outside the east edge (about 0.9 m). */
const JUST_OUTSIDE: Position = [112.72001, 38.41];

/** The built-up area's polygons, provisional or imported. */
function createBuiltUp(provisional = false): BuiltUpPolygon[] {
  return [{ id: 'BUA', geometry: square, provisional }];
}

/** Facts with the built-up area and the enterprises / sites at the positions given. */
function createBuiltUpFacts(
  overrides: Partial<RuleFacts>,
  positions: { enterprises?: Record<string, Position>; sites?: Record<string, Position> },
  provisional = false,
): RuleFacts {
  return createFacts({
    builtUp: createBuiltUp(provisional),
    positions: { enterprises: positions.enterprises ?? {}, sites: positions.sites ?? {} },
    ...overrides,
  });
}

const winter = createContext({ asOf: '2023-12-11T18:00' });
const july = createContext({ asOf: '2023-07-12T11:00' });
const listOf = (...entries: ReturnType<typeof createListEntry>[]) => ({ id: 2, version: '第2版', entries });
const heavy = (id: string, builtUpArea: boolean) =>
  createListEntry({ enterpriseId: id, heavyPolluter: true, builtUpArea });

describe('built-up-heavy-polluter (T2.1)', () => {
  const rule = ruleRegistry['built-up-heavy-polluter'];
  const enterprises = ['E1', 'E2', 'E3', 'E4'].map((id) => createEnterprise({ id }));
  const list = listOf(
    heavy('E1', true),
    heavy('E2', false),
    heavy('E3', true),
    createListEntry({ enterpriseId: 'E4' }),
  );
  const positions = { enterprises: { E1: INSIDE, E2: ON_EDGE, E3: JUST_OUTSIDE, E4: INSIDE } };

  it('hits an operating heavy polluter inside the polygon or on its edge, not one just outside nor a clean one', () => {
    const facts = createBuiltUpFacts({ enterprises, emergency: createEmergencyFacts({ list }) }, positions);
    const hits = rule.evaluate(facts, winter);
    expect(hits.map((h) => h.entityId).sort()).toEqual(['E1', 'E2']);
    expect(rule).toMatchObject({ task: 2, severity: 'info', layer: 'enterprises' });
  });

  it('says when the list’s 建成区 flag disagrees with the polygon, and when the polygon is provisional', () => {
    const facts = createBuiltUpFacts({ enterprises, emergency: createEmergencyFacts({ list }) }, positions, true);
    const byId = new Map(rule.evaluate(facts, winter).map((h) => [h.entityId, h.detail]));
    expect(byId.get('E1')?.zh).toBe('重污染企业位于城市建成区（示意边界）内，须改造搬迁或退出关停（清单第2版）');
    expect(byId.get('E2')?.zh).toBe(
      '重污染企业位于城市建成区（示意边界）内，须改造搬迁或退出关停；清单未标注建成区（清单第2版）',
    );
    expect(byId.get('E2')?.en).toContain('the list does not mark it 建成区');
  });

  it('no longer hits one relocating or closed', () => {
    const moving = [createEnterprise({ id: 'E1', operatingStatus: 'relocating' })];
    const facts = createBuiltUpFacts({ enterprises: moving, emergency: createEmergencyFacts({ list }) }, positions);
    expect(rule.evaluate(facts, winter)).toEqual([]);
  });

  it('stays silent without a list, without a polygon, or without positions', () => {
    expect(rule.evaluate(createBuiltUpFacts({ enterprises }, positions), winter)).toEqual([]);
    const noPolygon = createFacts({ enterprises, emergency: createEmergencyFacts({ list }) });
    expect(rule.evaluate(noPolygon, winter)).toEqual([]);
    const noPositions = createFacts({
      enterprises,
      emergency: createEmergencyFacts({ list }),
      builtUp: createBuiltUp(),
    });
    expect(rule.evaluate(noPositions, winter)).toEqual([]);
  });
});

describe('T2.2: the stricter case applies inside the polygon or where the list marks 建成区', () => {
  const enterprises = [createEnterprise({ id: 'E1' })];
  const orange = { ...winter, alertLevel: 'orange' as const };

  it('heavy-pollution-measure: the polygon alone puts a heavy polluter there, and the detail says so', () => {
    const list = listOf(heavy('E1', false));
    const facts = createBuiltUpFacts(
      { enterprises, emergency: createEmergencyFacts({ list }) },
      { enterprises: { E1: ON_EDGE } },
    );
    expect(ruleRegistry['heavy-pollution-measure'].evaluate(facts, orange)[0]?.detail.zh).toBe(
      '橙色预警：1#窑停产；2#窑限产30%；建成区内重污染企业（任务2从严）' +
        '（位于城市建成区范围内，清单未标注建成区）（清单第2版）',
    );
  });

  it('heavy-pollution-measure: just outside the polygon and unmarked, no stricter case', () => {
    const list = listOf(heavy('E1', false));
    const facts = createBuiltUpFacts(
      { enterprises, emergency: createEmergencyFacts({ list }) },
      { enterprises: { E1: JUST_OUTSIDE } },
    );
    expect(ruleRegistry['heavy-pollution-measure'].evaluate(facts, orange)[0]?.detail.zh).not.toContain('任务2');
  });

  it('heavy-pollution-measure: the list’s mark keeps its wording, inside the polygon or not', () => {
    const list = listOf(heavy('E1', true));
    for (const at of [INSIDE, JUST_OUTSIDE]) {
      const facts = createBuiltUpFacts(
        { enterprises, emergency: createEmergencyFacts({ list }) },
        { enterprises: { E1: at } },
      );
      expect(ruleRegistry['heavy-pollution-measure'].evaluate(facts, orange)[0]?.detail.zh).toBe(
        '橙色预警：1#窑停产；2#窑限产30%；建成区内重污染企业（任务2从严）（清单第2版）',
      );
    }
  });

  it('a polluter not marked heavy is no stricter case, even inside', () => {
    const list = listOf(createListEntry({ enterpriseId: 'E1' }));
    const facts = createBuiltUpFacts(
      { enterprises, emergency: createEmergencyFacts({ list }) },
      { enterprises: { E1: INSIDE } },
    );
    expect(ruleRegistry['heavy-pollution-measure'].evaluate(facts, orange)[0]?.detail.zh).not.toContain('任务2');
  });

  it('emergency-noncompliance: names task 2 by the polygon (provisional outline said)', () => {
    const evidence = {
      source: 'cems' as const,
      at: '2023-12-10T06:00',
      verdict: 'non-compliant' as const,
      detail: { zh: 'DA001停产期间仍有烟气流量', en: 'DA001 shows flow while stopped' },
      ref: { outletId: 'E1-DA001' },
    };
    const compliance: EnterpriseCompliance = {
      enterpriseId: 'E1',
      enterpriseName: 'Test',
      township: '140902001',
      grade: 'C',
      builtUpArea: false,
      heavyPolluter: true,
      verdict: 'non-compliant',
      checkedBy: ['cems'],
      supervisor: null,
      measures: [
        {
          level: 'orange',
          line: '1#窑',
          kind: 'stop',
          limitPct: null,
          text: '1#窑停产',
          verdict: 'non-compliant',
          evidence: [evidence],
        },
      ],
      expected: { pm: 0, so2: 0, nox: 0, vocs: 0 },
      achieved: { pm: 0, so2: 0, nox: 0, vocs: 0 },
    };
    const warning: NonNullable<EmergencyFacts['warning']> = {
      id: 1,
      level: 'orange',
      levelFrom: '2023-12-10T00:00',
      start: '2023-12-10T00:00',
      issuedAt: '2023-12-09T16:00',
      plannedEnd: null,
      basis: 'forecast',
    };
    const at = (position: Position) =>
      ruleRegistry['emergency-noncompliance'].evaluate(
        createBuiltUpFacts(
          { enterprises, emergency: createEmergencyFacts({ warning, compliance: [compliance] }) },
          { enterprises: { E1: position } },
          true,
        ),
        winter,
      )[0]?.detail.zh;
    expect(at(ON_EDGE)).toBe(
      'DA001停产期间仍有烟气流量；任务2：建成区内重污染企业从严（位于城市建成区范围内（示意边界），清单未标注建成区）',
    );
    expect(at(JUST_OUTSIDE)).toBe('DA001停产期间仍有烟气流量');
  });

  const schedule = (over: Partial<EmergencyFacts['stagger'][number]> = {}): EmergencyFacts['stagger'][number] => ({
    id: 1,
    enterpriseId: 'E1',
    line: '1#窑',
    outletCode: 'DA001',
    from: '2023-11-15',
    to: '2024-03-15',
    production: 'stop',
    limitPct: null,
    stricterBuiltUp: false,
    ...over,
  });

  it('stagger-production: an unmarked schedule of a heavy polluter inside the polygon is named stricter', () => {
    const emergency = createEmergencyFacts({ list: listOf(heavy('E1', false)), stagger: [schedule()] });
    const at = (position: Position) =>
      ruleRegistry['stagger-production'].evaluate(
        createBuiltUpFacts({ enterprises, emergency }, { enterprises: { E1: position } }),
        winter,
      )[0]?.detail.zh;
    expect(at(INSIDE)).toBe(
      '1#窑停产至2024-03-15（建成区内重污染企业从严，任务2）（位于城市建成区范围内，清单未标注建成区）',
    );
    expect(at(JUST_OUTSIDE)).toBe('1#窑停产至2024-03-15');
  });

  it('stagger-breach: a breach by a heavy polluter inside the polygon names task 2', () => {
    const breach = {
      scheduleId: 1,
      enterpriseId: 'E1',
      line: '1#窑',
      since: '2023-12-11T02:00',
      detail: { zh: 'DA001停产期间有流量', en: 'DA001 flow while stopped' },
    };
    const emergency = createEmergencyFacts({
      list: listOf(heavy('E1', false)),
      stagger: [schedule()],
      staggerBreaches: [breach],
    });
    const at = (position: Position) =>
      ruleRegistry['stagger-breach'].evaluate(
        createBuiltUpFacts({ enterprises, emergency }, { enterprises: { E1: position } }),
        winter,
      )[0]?.detail.zh;
    expect(at(ON_EDGE)).toBe(
      'DA001停产期间有流量；任务2：建成区内重污染企业从严（位于城市建成区范围内，清单未标注建成区）',
    );
    expect(at(JUST_OUTSIDE)).toBe('DA001停产期间有流量');
  });
});

describe('ozone-outdoor-works (T14.2): painting everywhere, asphalt and road marking in the built-up area', () => {
  const rule = ruleRegistry['ozone-outdoor-works'];
  const sites = [
    createSite({ id: 'C1', activities: ['asphalt', 'road-marking', 'earthwork'] }),
    createSite({ id: 'C2', activities: ['asphalt'] }),
    createSite({ id: 'C3', activities: ['road-marking', 'painting'] }),
    createSite({ id: 'C4', activities: ['asphalt'], active: false }),
  ];

  it('pauses asphalt and road marking on a site on the polygon’s edge, not on one just outside', () => {
    const facts = createBuiltUpFacts(
      { sites },
      { sites: { C1: ON_EDGE, C2: JUST_OUTSIDE, C3: JUST_OUTSIDE, C4: INSIDE } },
    );
    expect(rule.evaluate(facts, july).map((f) => [f.entityId, f.detail.zh, f.detail.en])).toEqual([
      ['C1', '暂停：沥青摊铺、道路划线（位于城市建成区）', 'pause: asphalt paving, road marking (built-up area)'],
      ['C3', '暂停：涂装', 'pause: painting'],
    ]);
  });

  it('says when the built-up area is the provisional outline', () => {
    const facts = createBuiltUpFacts({ sites: [sites[0] as (typeof sites)[0]] }, { sites: { C1: INSIDE } }, true);
    expect(rule.evaluate(facts, july)[0]?.detail.zh).toBe('暂停：沥青摊铺、道路划线（位于城市建成区（示意边界））');
  });

  it('without the polygon only painting is paused; outside the ozone window nothing', () => {
    const facts = createFacts({ sites, positions: { enterprises: {}, sites: { C1: INSIDE } } });
    expect(rule.evaluate(facts, july).map((f) => f.entityId)).toEqual(['C3']);
    const all = createBuiltUpFacts({ sites }, { sites: { C1: INSIDE, C3: INSIDE } });
    expect(rule.evaluate(all, createContext({ asOf: '2023-01-12T11:00' }))).toEqual([]);
  });
});
