import type { ListDiff, ListEntry, ListResponse, ListVersionSummary } from '../../server/schema/emergency-list.ts';
import type { ListImportReport } from '../../server/schema/emergency-list-import.ts';

const r = (pm: number, so2: number, nox: number, vocs: number) => ({ pm, so2, nox, vocs });

/** Two versions of the list (the second in force). */
export const versions: ListVersionSummary[] = [
  {
    id: 2,
    version: '2023年秋冬季（第2版）',
    effectiveFrom: '2023-12-01',
    title: '忻府区重污染天气应急减排清单',
    signedOffBy: '王某（局长）',
    signedOffOn: '2023-11-28',
    note: '焦化企业升级为B级',
    source: 'import:清单第2版.xlsx',
    provenance: 'synthetic',
    createdAt: '2023-11-28T02:00:00.000Z',
    createdBy: 'duty',
    enterprises: 3,
  },
  {
    id: 1,
    version: '2023年秋冬季（第1版）',
    effectiveFrom: '2023-10-01',
    title: '忻府区重污染天气应急减排清单',
    signedOffBy: '王某（局长）',
    signedOffOn: '2023-09-25',
    note: null,
    source: 'manual',
    provenance: 'synthetic',
    createdAt: '2023-09-25T02:00:00.000Z',
    createdBy: 'admin',
    enterprises: 2,
  },
];

const stop = (line: string, text: string) => ({ line, kind: 'stop' as const, limitPct: null, outletCode: null, text });
const limit = (line: string, pct: number, text: string) => ({
  line,
  kind: 'limit' as const,
  limitPct: pct,
  outletCode: 'DA001',
  text,
});

export const entries: ListEntry[] = [
  {
    enterpriseId: 'E001',
    enterpriseName: '忻州某水泥有限公司',
    grade: 'B',
    industry: '水泥粉磨',
    builtUpArea: true,
    heavyPolluter: true,
    contact: null,
    measures: {
      yellow: [limit('1#水泥磨', 20, '限产20%')],
      orange: [limit('1#水泥磨', 30, '限产30%')],
      red: [stop('1#水泥磨', '停产')],
    },
    reductions: { yellow: r(0.2, 0, 0.1, 0), orange: r(0.3, 0, 0.15, 0), red: r(0.5, 0, 0.3, 0) },
    found: true,
    township: '140902100',
    townshipName: '播明镇',
    consoleIndustry: 'cement-grinding',
  },
  {
    enterpriseId: 'E002',
    enterpriseName: '忻州某焦化有限公司',
    grade: 'C',
    industry: '焦化',
    builtUpArea: false,
    heavyPolluter: true,
    contact: '李某 138',
    measures: {
      yellow: [limit('焦炉', 30, '延长结焦时间，限产30%')],
      orange: [limit('焦炉', 50, '延长结焦时间，限产50%')],
      red: [stop('焦炉', '焖炉保温')],
    },
    reductions: { yellow: r(0.5, 0.4, 1, 0.2), orange: r(0.8, 0.6, 1.5, 0.3), red: r(1.2, 0.9, 2, 0.5) },
    found: true,
    township: '140902200',
    townshipName: '奇村镇',
    consoleIndustry: 'coking',
  },
  {
    enterpriseId: 'E999',
    enterpriseName: '忻州某砖厂',
    grade: 'D',
    industry: '砖瓦',
    builtUpArea: false,
    heavyPolluter: false,
    contact: null,
    measures: {
      yellow: [stop('全厂', '停产')],
      orange: [stop('全厂', '停产')],
      red: [stop('全厂', '停产')],
    },
    reductions: { yellow: r(0.1, 0.1, 0.1, 0), orange: r(0.1, 0.1, 0.1, 0), red: r(0.1, 0.1, 0.1, 0) },
    found: false,
    township: null,
    townshipName: null,
    consoleIndustry: null,
  },
];

const totals = { yellow: r(0.8, 0.5, 1.2, 0.2), orange: r(1.2, 0.7, 1.75, 0.3), red: r(1.8, 1, 2.4, 0.5) };

/** GET /api/emergency/list: version 2 in force; red falls short of NOx (2.4 < 2.625 t/day). */
export const listBody: ListResponse = {
  version: versions[0] ?? null,
  entries,
  totals,
  requirement: {
    id: 1,
    effectiveFrom: '2023-10-01',
    document: '忻州市重污染天气应急预案',
    source: '忻政办发〔2023〕1号',
    shares: { yellow: 0.1, orange: 0.2, red: 0.3 },
    base: { pm: 5, so2: 3, nox: 8.75, vocs: 1 },
    baseSource: '2022年排放清单',
    provenance: 'synthetic',
    createdAt: '2023-09-01T00:00:00.000Z',
    createdBy: 'admin',
  },
  check: {
    yellow: { share: 0.1, required: r(0.5, 0.3, 0.875, 0.1), expected: totals.yellow, shortfall: [] },
    orange: { share: 0.2, required: r(1, 0.6, 1.75, 0.2), expected: totals.orange, shortfall: [] },
    red: { share: 0.3, required: r(1.5, 0.9, 2.625, 0.3), expected: totals.red, shortfall: ['nox'] },
  },
  versions,
};

/** Version 1 (not in force): two enterprises. */
export const listBodyV1: ListResponse = {
  ...listBody,
  version: versions[1] ?? null,
  entries: entries.slice(1),
  requirement: null,
  check: null,
};

/** GET /api/emergency/list/diff?from=1&to=2. */
export const diffBody: ListDiff = {
  from: versions[1] as ListVersionSummary,
  to: versions[0] as ListVersionSummary,
  added: [{ enterpriseId: 'E001', enterpriseName: '忻州某水泥有限公司' }],
  removed: [],
  changed: [
    {
      enterpriseId: 'E002',
      enterpriseName: '忻州某焦化有限公司',
      changes: [
        { field: 'grade', before: 'D', after: 'C' },
        { field: 'builtUpArea', before: true, after: false },
        { field: 'measures.orange', before: [stop('焦炉', '停产')], after: [limit('焦炉', 50, '限产50%')] },
        { field: 'reductions.red', before: r(1, 1, 1, 0), after: r(1.2, 0.9, 2, 0.5) },
      ],
    },
  ],
  totals: { from: totals, to: totals },
};

/** A dry run's report with one error (commit refused). */
export const badReport: ListImportReport = {
  fileName: '清单第3版.xlsx',
  format: 'xlsx',
  counts: { rows: 4, enterprises: 2, measures: 3, errors: 1, warnings: 0 },
  problems: [
    {
      row: 3,
      field: '绩效等级',
      severity: 'error',
      problem: "grade: 'E' is not one of 引领性, A, B, B-, C, D, 非重点行业",
      text: {
        zh: '绩效等级「E」不是可填的值；可填：引领性、A、B、B-、C、D、非重点行业',
        en: "grade: 'E' is not one of 引领性, A, B, B-, C, D, 非重点行业",
      },
    },
  ],
  preview: { entries: [], totals },
  diff: null,
  committable: false,
};

/** A clean dry run: one enterprise removed against the version in force. */
export const goodReport: ListImportReport = {
  ...badReport,
  counts: { rows: 6, enterprises: 2, measures: 6, errors: 0, warnings: 0 },
  problems: [],
  diff: {
    against: versions[0] as ListVersionSummary,
    added: [],
    removed: [{ enterpriseId: 'E999', enterpriseName: '忻州某砖厂' }],
    changed: [],
  },
  committable: true,
};
