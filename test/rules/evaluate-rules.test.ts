import type { MultiPolygon, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRuleFacts } from '../../server/db/rule-facts.ts';
import { evaluateRules, rules, type RuleHit } from '../../server/rules/evaluate-rules.ts';
import { reportCategoryTasks } from '../../server/schema/enums/public-report.ts';
import { pointInPolygon } from '../../server/spatial/point-in-polygon.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { createEmergencyFacts, createListEntry } from './rule-fixtures.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.5 });
});
afterAll(() => seeded.dispose());

const ids = (hits: RuleHit[], rule: keyof typeof rules) =>
  hits
    .filter((h) => h.rule === rule)
    .map((h) => h.entityId)
    .sort();

describe('evaluateRules on the seeded district', () => {
  it(
    '2023-07-15 11:00: ozone controls bind the VOC enterprises and outdoor works, ' +
      'banned machines in zones are violations, the named grinders are overdue',
    () => {
      const asOf = '2023-07-15T11:00';
      const facts = readRuleFacts(seeded.db, asOf);
      const hits = evaluateRules(facts, { asOf, alertLevel: 'none' });

      const voc = facts.enterprises.filter(
        (e) =>
          e.operatingStatus === 'operating' &&
          e.vocEmitter &&
          ['chemical', 'industrial-coating', 'packaging-printing', 'oil-storage-sales'].includes(e.industry),
      );
      expect(voc.length).toBeGreaterThan(0);
      expect(ids(hits, 'ozone-voc-stagger')).toEqual(voc.map((e) => e.id).sort());
      // T14.2: painting everywhere; asphalt and road marking only inside the built-up area (issue 16)
      const insideBuiltUp = (id: string) =>
        (facts.builtUp ?? []).some((b) => pointInPolygon(facts.positions?.sites[id] ?? [0, 0], b.geometry));
      const outdoor = facts.sites.filter(
        (s) =>
          s.active &&
          s.activities.some(
            (a) => a === 'painting' || (['asphalt', 'road-marking'].includes(a) && insideBuiltUp(s.id)),
          ),
      );
      expect(ids(hits, 'ozone-outdoor-works')).toEqual(outdoor.map((s) => s.id).sort());

      // independent oracle: the zones layer's own list of banned machines inside
      const inZones = [...new Set(facts.zones.flatMap((z) => z.bannedMachinesInside))].sort();
      expect(inZones.length).toBeGreaterThan(0);
      expect(ids(hits, 'nrmm-banned-in-zone')).toEqual(inZones);

      const overdue = hits.filter((h) => h.rule === 'ule-assessment-overdue');
      const named = facts.enterprises.filter(
        (e) =>
          e.planTask === 3 &&
          e.uleStatus !== 'accepted' &&
          e.uleStatus !== 'monitoring-done' &&
          e.uleStatus !== 'not-applicable',
      );
      expect(overdue.map((h) => h.entityId).sort()).toEqual(named.map((e) => e.id).sort());
      // 铁牛 finished its assessment monitoring (monitoring-done): only 五峰山 misses the date
      expect(overdue.length).toBe(1);
      expect(overdue.every((h) => h.task === 3 && h.severity === 'overdue')).toBe(true);
      expect(hits.some((h) => h.rule === 'heavy-pollution-measure')).toBe(false);
    },
  );

  it('before the deadlines and outside the ozone window nothing is overdue or controlled', () => {
    const asOf = '2023-01-15T11:00';
    const hits = evaluateRules(readRuleFacts(seeded.db, asOf), { asOf, alertLevel: 'none' });
    for (const rule of [
      'ozone-voc-stagger',
      'ozone-outdoor-works',
      'ule-assessment-overdue',
      'boiler-survey-overdue',
      'activated-carbon-late',
    ] as const) {
      expect(ids(hits, rule), rule).toEqual([]);
    }
  });

  it('under an orange level every enterprise on the list in force gets the list’s orange measures, no other', () => {
    const asOf = '2023-12-20T09:00';
    const facts = readRuleFacts(seeded.db, asOf);
    const hits = evaluateRules(facts, { asOf, alertLevel: 'orange' }).filter(
      (h) => h.rule === 'heavy-pollution-measure',
    );
    const held = new Set(facts.enterprises.map((e) => e.id));
    const listed = (facts.emergency?.list?.entries ?? []).filter((e) => held.has(e.enterpriseId));
    expect(hits.map((h) => h.entityId).sort()).toEqual(listed.map((e) => e.enterpriseId).sort());
    for (const h of hits) expect(h.detail.zh).toMatch(/^橙色预警：.+（清单.+）$/);
  });

  it('flags activated carbon replaced after 2023-05-31, and every hit cites its rule’s task', () => {
    const asOf = '2023-12-31T23:00';
    const facts = readRuleFacts(seeded.db, asOf);
    const hits = evaluateRules(facts, { asOf, alertLevel: 'none' });
    const late = facts.enterprises.filter(
      (e) =>
        e.operatingStatus === 'operating' &&
        e.activatedCarbon &&
        (e.carbonReplacedOn === null || e.carbonReplacedOn < '2023-01-01' || e.carbonReplacedOn > '2023-05-31'),
    );
    expect(ids(hits, 'activated-carbon-late')).toEqual(late.map((e) => e.id).sort());
    // a public report cites its category's task, an overdue case its own task; every other hit its rule's task
    const taskOf = (h: RuleHit): number | undefined => {
      if (h.rule === 'public-report-open') {
        const report = facts.publicReports?.find((r) => r.ticket === h.entityId);
        return report && reportCategoryTasks[report.category];
      }
      if (h.rule === 'case-rectification-overdue')
        return facts.cases?.find((c) => c.entityLayer === h.layer && c.entityId === h.entityId)?.task;
      return rules[h.rule].task;
    };
    expect(hits.filter((h) => h.task !== taskOf(h))).toEqual([]);
    expect(hits.some((h) => h.rule === 'public-report-open')).toBe(true);
    expect(hits.some((h) => h.rule === 'case-rectification-overdue')).toBe(true);
    const failing = facts.sites
      .filter((s) => s.active && s.compliant === false)
      .map((s) => s.id)
      .sort();
    expect(ids(hits, 'six-hundred-failed')).toEqual(failing);
  });

  it('does not flag an exempt banned machine, nor one outside every zone', () => {
    const zone: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    const machine = (id: string, position: [number, number], exemptUse: 'emergency' | null) => ({
      id,
      type: 'excavator' as const,
      emissionStage: 'II' as const,
      registrationCode: null,
      smokeTest: 'pass' as const,
      smokeTestedOn: null,
      owner: 'x',
      exemptUse,
      banned: true,
      banReasons: ['below-min-stage' as const],
      positionTs: '2023-07-01T09:00',
      township: '140902001',
      townshipName: 'x',
      provenance: 'synthetic' as const,
      source: 'test',
      position,
    });
    const hits = evaluateRules(
      {
        enterprises: [],
        sites: [],
        villages: [],
        fuelPoints: [],
        townshipDustfall: [],
        districtDustfall: [],
        outlets: [],
        machines: [
          machine('in', [0.5, 0.5], null),
          machine('exempt', [0.5, 0.5], 'emergency'),
          machine('out', [2, 2], null),
        ],
        zones: [
          {
            id: 'Z',
            name: 'Z',
            township: '140902001',
            townshipName: 'x',
            areaKm2: 1,
            minStage: 'III',
            effectiveFrom: '2019-10-01',
            bannedMachinesInside: [],
            provenance: 'synthetic',
            source: 't',
            geometry: zone as Polygon | MultiPolygon,
          },
        ],
      },
      { asOf: '2023-07-01T10:00', alertLevel: 'none' },
    );
    expect(hits.map((h) => h.entityId)).toEqual(['in']);
    expect(pointInPolygon([0.5, 0.5], zone)).toBe(true);
  });
});

describe('rules at their boundaries', () => {
  const enterprise = (over: Record<string, unknown>) =>
    ({
      id: 'E1',
      name: 'e',
      industry: 'chemical',
      industryGroup: 'chemicals-voc',
      township: '140902001',
      townshipName: 'x',
      operatingStatus: 'operating',
      grade: 'D',
      uleStatus: 'not-applicable',
      uleDue: null,
      treatmentProcesses: [],
      vocEmitter: true,
      vocChecklist: null,
      vocGaps: 0,
      activatedCarbon: true,
      carbonReplacedOn: null,
      annualFreightT: 0,
      railSpur: 'none',
      keyVehicleUnit: false,
      gateSystem: null,
      planTask: null,
      kilnsBoilers: [],
      provenance: 'synthetic',
      source: 't',
      ...over,
    }) as unknown as Parameters<typeof evaluateRules>[0]['enterprises'][number];
  const facts = (enterprises: ReturnType<typeof enterprise>[]) => ({
    enterprises,
    sites: [],
    villages: [],
    machines: [],
    zones: [],
    fuelPoints: [],
    townshipDustfall: [],
    districtDustfall: [],
    outlets: [],
  });

  it('ozone control starts at 10:00 on 31 May and is off at 09:59; it is still on 1 June', () => {
    const at = (asOf: string) =>
      ids(evaluateRules(facts([enterprise({})]), { asOf, alertLevel: 'none' }), 'ozone-voc-stagger');
    expect(at('2023-05-31T09:59')).toEqual([]);
    expect(at('2023-05-31T10:00')).toEqual(['E1']);
    expect(at('2023-06-01T10:00')).toEqual(['E1']);
  });

  it('activated carbon is late from 1 June, not on 31 May (task 13: 5月底前)', () => {
    const late = (asOf: string, replaced: string | null) =>
      ids(
        evaluateRules(facts([enterprise({ carbonReplacedOn: replaced })]), { asOf, alertLevel: 'none' }),
        'activated-carbon-late',
      );
    expect(late('2023-05-31T23:00', null)).toEqual([]);
    expect(late('2023-06-01T00:00', null)).toEqual(['E1']);
    expect(late('2023-06-01T00:00', '2023-05-31')).toEqual([]);
    expect(late('2023-06-01T00:00', '2023-06-01')).toEqual(['E1']);
  });

  it('each level sets the list’s measures of that level, and nothing is asked with no alert', () => {
    const entry = createListEntry({ enterpriseId: enterprise({}).id });
    const withList = {
      ...facts([enterprise({})]),
      emergency: createEmergencyFacts({ list: { id: 3, version: '2023年秋冬季（第2版）', entries: [entry] } }),
    };
    for (const [level, text] of [
      ['yellow', '黄色预警：1#窑限产30%'],
      ['orange', '橙色预警：1#窑停产；2#窑限产30%'],
      ['red', '红色预警：全厂停产；禁止国五及以下柴油货车运输'],
    ] as const) {
      const hit = evaluateRules(withList, { asOf: '2023-12-20T09:00', alertLevel: level }).find(
        (h) => h.rule === 'heavy-pollution-measure',
      );
      expect(hit?.detail.zh).toBe(`${text}（清单2023年秋冬季（第2版））`);
    }
    expect(
      evaluateRules(withList, { asOf: '2023-12-20T09:00', alertLevel: 'none' }).some(
        (h) => h.rule === 'heavy-pollution-measure',
      ),
    ).toBe(false);
  });

  it('a banned machine exactly on a zone’s edge counts as inside', () => {
    const zone: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    const machine = {
      id: 'edge',
      type: 'excavator' as const,
      emissionStage: 'I' as const,
      registrationCode: 'R',
      smokeTest: 'pass' as const,
      smokeTestedOn: '2023-01-01',
      owner: 'x',
      exemptUse: null,
      banned: true,
      banReasons: ['below-min-stage' as const],
      positionTs: '2023-07-01T09:00',
      township: '140902001',
      townshipName: 'x',
      provenance: 'synthetic' as const,
      source: 't',
      position: [1, 0.5],
    };
    const hits = evaluateRules(
      {
        enterprises: [],
        sites: [],
        villages: [],
        fuelPoints: [],
        townshipDustfall: [],
        districtDustfall: [],
        outlets: [],
        machines: [machine],
        zones: [
          {
            id: 'Z',
            name: 'Z',
            township: '140902001',
            townshipName: 'x',
            areaKm2: 1,
            minStage: 'III',
            effectiveFrom: '2019-10-01',
            bannedMachinesInside: [],
            provenance: 'synthetic',
            source: 't',
            geometry: zone,
          },
        ],
      },
      { asOf: '2023-07-01T10:00', alertLevel: 'none' },
    );
    expect(hits.map((h) => h.entityId)).toEqual(['edge']);
  });
});
