import { describe, expect, it } from 'vitest';
import type { EnterpriseEvidenceInput, GateEvidence, VisitEvidence } from '../../server/emergency/contract.ts';
import { verifyCompliance } from '../../server/emergency/verify-compliance.ts';
import type { LevelSegment } from '../../server/schema/emergency-warnings.ts';
import { outlet, steady } from './cems-fixtures.ts';
import { entry, measure, tonnes } from './list-fixtures.ts';

/** Orange from 10 Dec 00:00, upgraded to red at 12:00, still in force when checked at 11 Dec 00:00. */
const segments: LevelSegment[] = [
  { level: 'orange', from: '2023-12-10T00:00', to: '2023-12-10T12:00' },
  { level: 'red', from: '2023-12-10T12:00', to: null },
];
const at = '2023-12-11T00:00';

const enterprise = (e: Partial<EnterpriseEvidenceInput> & Pick<EnterpriseEvidenceInput, 'entry'>) => ({
  township: 'T01',
  supervisor: null,
  outlets: [],
  visits: [],
  gate: null,
  ...e,
});

const visit = (id: number, visitedAt: string, v: Partial<VisitEvidence> = {}): VisitEvidence => ({
  id,
  visitedAt,
  inspector: '王五',
  verdict: 'not-checked',
  lines: [],
  note: '',
  photoId: null,
  ...v,
});

const truck = (at: string, plate: string, stage: GateEvidence['stage'], direction: 'in' | 'out' = 'in') => ({
  at,
  plate,
  direction,
  stage,
});

/** Kiln 1#窑 through DA001: limited by 50 % at orange, stopped at red. */
const kiln = entry('E1', {
  measures: {
    yellow: [measure('1#窑', 'limit', { limitPct: 30, outletCode: 'DA001' })],
    orange: [measure('1#窑', 'limit', { limitPct: 50, outletCode: 'DA001' })],
    red: [measure('1#窑', 'stop', { outletCode: 'DA001' })],
  },
});

describe('verifyCompliance', () => {
  it('CEMS only: each level’s measure in its own stretch; the estimate of a non-compliant enterprise', () => {
    // Orange hours (ending 01:00–12:00): 25,000 m³/h → 150 × 25,000 = 3.75 kg/h ≤ 0.5 × 7.5 × 1.1 = 4.125: complied.
    // Red hours (ending 13:00–24:00): 9 at 2,000 m³/h, 3 at 40,000 > 5,000 (10 % of 50,000) → 3 > 2: did not.
    const during = [
      ...steady('2023-12-10T00:00', 12, { flow: 25_000, pm: 10, so2: 40, nox: 100 }),
      ...steady('2023-12-10T12:00', 9, { flow: 2_000, pm: 10, so2: 40, nox: 100 }),
      ...steady('2023-12-10T21:00', 3, { flow: 40_000, pm: 10, so2: 40, nox: 100 }),
      // After the check's moment: not known yet.
      ...steady('2023-12-11T00:00', 5, { flow: 40_000, pm: 10, so2: 40, nox: 100 }),
    ];
    const [result] = verifyCompliance({
      segments,
      at,
      enterprises: [enterprise({ entry: kiln, outlets: [outlet('DA001', during)] })],
    });
    expect(result?.measures.map((m) => [m.level, m.kind, m.verdict])).toEqual([
      ['orange', 'limit', 'compliant'],
      ['red', 'stop', 'non-compliant'],
    ]);
    expect(result?.measures[0]?.evidence[0]).toMatchObject({
      source: 'cems',
      at: '2023-12-10T00:00',
      ref: { outletId: 'O-DA001' },
    });
    expect(result?.measures[0]?.evidence[0]?.detail.zh).toContain('中位数 3.75 kg/h');
    expect(result?.measures[1]?.evidence[0]?.detail.zh).toContain('停产期间 3 小时有烟气流量');
    expect(result?.verdict).toBe('non-compliant');
    expect(result?.checkedBy).toEqual(['cems']);
    // Expected: 12 h orange (0.2, 0.4, 0.6, 0) and 12 h red (0.3, 0.6, 0.9, 0) → (0.25, 0.5, 0.75, 0) t/day.
    expect(result?.expected).toEqual(tonnes(0.25, 0.5, 0.75, 0));
    // Estimate over the 24 h: PM rates 12 × 250,000, 9 × 20,000, 3 × 400,000 mg/h → median 250,000;
    // (500,000 − 250,000) × 24 / 1e9 = 0.006 t/day; SO2 ×4 = 0.024; NOx ×10 = 0.06; VOCs no data → 0.
    expect(result?.achieved).toEqual(tonnes(0.006, 0.024, 0.06, 0));
  });

  it('visits only: a visit judges the measures of the stretch it falls in; later visits are not known yet', () => {
    const line = entry('E2', {
      measures: {
        yellow: [measure('2#线', 'limit')],
        orange: [measure('2#线', 'stop')],
        red: [measure('2#线', 'stop')],
      },
    });
    const visits = [
      visit(11, '2023-12-10T09:00', { lines: [{ line: '2#线', state: 'stopped' }], verdict: 'compliant' }),
      visit(12, '2023-12-10T20:00', { lines: [{ line: '2#线', state: 'stopped' }], photoId: 7, note: '已断电' }),
      visit(13, '2023-12-11T02:00', { lines: [{ line: '2#线', state: 'running' }] }),
    ];
    const [result] = verifyCompliance({ segments, at, enterprises: [enterprise({ entry: line, visits })] });
    expect(result?.measures.map((m) => m.evidence.map((e) => e.ref?.visitId))).toEqual([[11], [12]]);
    expect(result?.measures[1]?.evidence[0]).toEqual({
      source: 'visit',
      at: '2023-12-10T20:00',
      verdict: 'compliant',
      detail: {
        zh: '2023-12-10 20:00 现场检查（王五）：2#线已停产；已断电',
        en: 'site visit 2023-12-10 20:00 (王五): 2#线 stopped; 已断电',
      },
      ref: { visitId: 12, photoId: 7 },
    });
    expect(result?.verdict).toBe('compliant');
    expect(result?.checkedBy).toEqual(['visit']);
    expect(result?.achieved).toEqual(result?.expected);
  });

  it('a visit at the check’s moment counts while the warning is open, not once it ended then', () => {
    const e = entry('E2', {
      measures: { yellow: [measure('A', 'stop')], orange: [measure('A', 'stop')], red: [measure('A', 'stop')] },
    });
    const seen = visit(1, at, { lines: [{ line: 'A', state: 'running' }] });
    const open = verifyCompliance({ segments, at, enterprises: [enterprise({ entry: e, visits: [seen] })] });
    expect(open[0]?.measures.map((m) => m.verdict)).toEqual(['unverified', 'non-compliant']);
    const ended: LevelSegment[] = [{ level: 'red', from: '2023-12-10T00:00', to: at }];
    const after = verifyCompliance({ segments: ended, at, enterprises: [enterprise({ entry: e, visits: [seen] })] });
    expect(after[0]?.verdict).toBe('unverified');
  });

  it('a visit’s line state: stop needs stopped; limit accepts limited or stopped; running breaks both', () => {
    const e = entry('E2', {
      measures: {
        yellow: [measure('A', 'stop')],
        orange: [measure('A', 'stop'), measure('B', 'limit'), measure('C', 'limit'), measure('D', 'stop')],
        red: [measure('A', 'stop')],
      },
    });
    const lines = [
      { line: 'A', state: 'limited' as const },
      { line: 'B', state: 'stopped' as const },
      { line: 'C', state: 'running' as const },
      { line: 'D', state: 'stopped' as const },
    ];
    const [result] = verifyCompliance({
      segments: [{ level: 'orange', from: '2023-12-10T00:00', to: null }],
      at,
      enterprises: [enterprise({ entry: e, visits: [visit(1, '2023-12-10T10:00', { lines, verdict: 'compliant' })] })],
    });
    expect(result?.measures.map((m) => m.verdict)).toEqual([
      'non-compliant',
      'compliant',
      'non-compliant',
      'compliant',
    ]);
  });

  it('a visit verdict without the line covers every measure; not-checked gives no evidence', () => {
    const e = entry('E6', {
      measures: {
        yellow: [measure('全厂', 'self-determined')],
        orange: [measure('全厂', 'self-determined'), measure('喷涂线', 'other')],
        red: [measure('全厂', 'self-determined')],
      },
    });
    const one = { segments: [{ level: 'orange' as const, from: '2023-12-10T00:00', to: null }], at };
    const unchecked = verifyCompliance({
      ...one,
      enterprises: [enterprise({ entry: e, visits: [visit(1, '2023-12-10T10:00')] })],
    });
    expect(unchecked[0]?.verdict).toBe('unverified');
    const bad = visit(2, '2023-12-10T10:00', { verdict: 'non-compliant', lines: [{ line: '其他', state: 'running' }] });
    const [result] = verifyCompliance({ ...one, enterprises: [enterprise({ entry: e, visits: [bad] })] });
    expect(result?.measures.map((m) => m.verdict)).toEqual(['non-compliant', 'non-compliant']);
    expect(result?.measures[0]?.evidence[0]?.detail.zh).toBe('2023-12-10 10:00 现场检查（王五）：检查结论：未落实');
    // Non-compliant without CEMS: nothing achieved.
    expect(result?.achieved).toEqual(tonnes(0, 0, 0, 0));
  });

  it('gate only: banned stages in the stretch break a truck ban (5 plates listed, all counted)', () => {
    const e = entry('E3', {
      measures: {
        yellow: [measure('全厂', 'truck-ban')],
        orange: [measure('全厂', 'truck-ban'), measure('全厂', 'self-determined')],
        red: [measure('全厂', 'truck-ban')],
      },
    });
    const gate = [
      truck('2023-12-10T08:00', '晋H11111', 'VI'),
      truck('2023-12-10T09:00', '晋H22222', 'electric'),
      truck('2023-12-10T10:00', '晋H33333', 'gas', 'out'),
      ...Array.from({ length: 7 }, (_, i) => truck(`2023-12-10T1${3 + (i % 5)}:0${i}`, `晋HV000${i}`, 'V')),
    ];
    const [result] = verifyCompliance({ segments, at, enterprises: [enterprise({ entry: e, gate })] });
    expect(result?.measures.map((m) => [m.level, m.kind, m.verdict])).toEqual([
      ['orange', 'truck-ban', 'compliant'],
      ['orange', 'self-determined', 'unverified'],
      ['red', 'truck-ban', 'non-compliant'],
    ]);
    expect(result?.measures[0]?.evidence[0]?.detail.zh).toBe('门禁记录 3 车次，无国五及以下柴油货车');
    const red = result?.measures[2]?.evidence[0];
    expect(red?.detail.zh).toBe(
      '门禁记录 7 车次国五及以下（或排放阶段不明）货车：晋HV0000、晋HV0001、晋HV0002、晋HV0003、晋HV0004…',
    );
    expect(red?.ref).toEqual({ plate: '晋HV0000' });
    expect(result?.verdict).toBe('non-compliant');
    expect(result?.checkedBy).toEqual(['gate']);
  });

  it('staggered transport counts trucks coming in only; no records or no gate system is no evidence', () => {
    const e = entry('E4', {
      measures: {
        yellow: [measure('运输', 'stagger-transport')],
        orange: [measure('运输', 'stagger-transport')],
        red: [measure('运输', 'stagger-transport')],
      },
    });
    const one = { segments: [{ level: 'orange' as const, from: '2023-12-10T00:00', to: null }], at };
    const out = [truck('2023-12-10T08:00', '晋H44444', 'IV', 'out'), truck('2023-12-10T09:00', '晋H55555', 'VI')];
    expect(verifyCompliance({ ...one, enterprises: [enterprise({ entry: e, gate: out })] })[0]?.verdict).toBe(
      'compliant',
    );
    const inbound = [...out, truck('2023-12-10T10:00', '晋H66666', 'unknown')];
    const [result] = verifyCompliance({ ...one, enterprises: [enterprise({ entry: e, gate: inbound })] });
    expect(result?.verdict).toBe('non-compliant');
    expect(result?.measures[0]?.evidence[0]?.detail.zh).toContain('错峰运输按国五及以下柴油货车不得进厂核查');
    expect(verifyCompliance({ ...one, enterprises: [enterprise({ entry: e, gate: [] })] })[0]?.verdict).toBe(
      'unverified',
    );
    expect(verifyCompliance({ ...one, enterprises: [enterprise({ entry: e, gate: null })] })[0]?.checkedBy).toEqual([]);
  });

  it('conflicting evidence: non-compliant wins; checkedBy names every source', () => {
    // CEMS: flow 0 all along (stopped); the supervisor found the line running at 15:00.
    const stopped = entry('E5', {
      measures: {
        yellow: [measure('1#窑', 'stop', { outletCode: 'DA001' })],
        orange: [measure('1#窑', 'stop', { outletCode: 'DA001' })],
        red: [measure('1#窑', 'stop', { outletCode: 'DA001' })],
      },
    });
    const during = steady('2023-12-10T00:00', 24, { flow: 0 });
    const running = visit(21, '2023-12-10T15:00', { lines: [{ line: '1#窑', state: 'running' }] });
    const [result] = verifyCompliance({
      segments,
      at,
      enterprises: [enterprise({ entry: stopped, outlets: [outlet('DA001', during)], visits: [running] })],
    });
    expect(result?.measures[0]?.verdict).toBe('compliant');
    expect(result?.measures[1]?.evidence.map((e) => [e.source, e.verdict])).toEqual([
      ['cems', 'compliant'],
      ['visit', 'non-compliant'],
    ]);
    expect(result?.measures[1]?.verdict).toBe('non-compliant');
    expect(result?.verdict).toBe('non-compliant');
    expect(result?.checkedBy).toEqual(['cems', 'visit']);
    // The CEMS estimate: flow 0 → the whole baseline rate: PM 500,000 mg/h × 24 / 1e9 = 0.012 t/day, within the
    // expected 0.25; SO2 0.048 ≤ 0.5; NOx 0.12 ≤ 0.75.
    expect(result?.achieved).toEqual(tonnes(0.012, 0.048, 0.12, 0));
  });

  it('no evidence: unverified, expected achieved; an outlet code without data gives no CEMS verdict', () => {
    const [result] = verifyCompliance({
      segments,
      at,
      enterprises: [enterprise({ entry: entry('E7'), outlets: [outlet('DA009', [])] })],
    });
    expect(result).toMatchObject({
      enterpriseId: 'E7',
      enterpriseName: '企业E7',
      township: 'T01',
      grade: 'D',
      verdict: 'unverified',
      checkedBy: [],
    });
    expect(result?.measures.every((m) => m.verdict === 'unverified' && m.evidence.length === 0)).toBe(true);
    expect(result?.achieved).toEqual(result?.expected);
  });

  it('expected is weighted by the hours at each level, up to the check’s moment', () => {
    const e = entry('E8', {
      reductions: { yellow: tonnes(0, 0, 0), orange: tonnes(1, 2, 3, 4), red: tonnes(4, 8, 12, 16) },
    });
    // At 10 Dec 18:00: 12 h orange, 6 h red → (12 × 1 + 6 × 4) / 18 = 2 t/day PM; SO2 4; NOx 6; VOCs 8.
    const early = verifyCompliance({ segments, at: '2023-12-10T18:00', enterprises: [enterprise({ entry: e })] });
    expect(early[0]?.expected).toEqual(tonnes(2, 4, 6, 8));
    // At 10 Dec 06:00, only orange so far: its measures only, its reductions.
    const first = verifyCompliance({ segments, at: '2023-12-10T06:00', enterprises: [enterprise({ entry: e })] });
    expect(first[0]?.measures.map((m) => m.level)).toEqual(['orange']);
    expect(first[0]?.expected).toEqual(tonnes(1, 2, 3, 4));
    // At the very start no hour has passed: the level in force.
    const start = verifyCompliance({ segments, at: '2023-12-10T00:00', enterprises: [enterprise({ entry: e })] });
    expect(start[0]?.expected).toEqual(tonnes(1, 2, 3, 4));
  });

  it('a level in force twice is one measure with evidence from each stretch', () => {
    const twice: LevelSegment[] = [
      { level: 'orange', from: '2023-12-10T00:00', to: '2023-12-10T06:00' },
      { level: 'red', from: '2023-12-10T06:00', to: '2023-12-10T12:00' },
      { level: 'orange', from: '2023-12-10T12:00', to: '2023-12-10T18:00' },
    ];
    const e = entry('E9', {
      measures: {
        yellow: [measure('全厂', 'truck-ban')],
        orange: [measure('全厂', 'truck-ban')],
        red: [measure('全厂', 'truck-ban')],
      },
    });
    const gate = [
      truck('2023-12-10T01:00', '晋H1', 'VI'),
      truck('2023-12-10T08:00', '晋H2', 'VI'),
      truck('2023-12-10T13:00', '晋H3', 'IV'),
    ];
    const [result] = verifyCompliance({ segments: twice, at, enterprises: [enterprise({ entry: e, gate })] });
    expect(result?.measures.map((m) => [m.level, m.evidence.map((ev) => [ev.at, ev.verdict])])).toEqual([
      [
        'orange',
        [
          ['2023-12-10T00:00', 'compliant'],
          ['2023-12-10T12:00', 'non-compliant'],
        ],
      ],
      ['red', [['2023-12-10T06:00', 'compliant']]],
    ]);
  });
});
