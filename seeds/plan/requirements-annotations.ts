/**
 * What a person read and wrote down for every requirement of 二、主要目标, 三、重点任务, 四、攻坚行动 and
 * 五、保障措施: id, verbatim quote, kind, the plan's own word of strength, how the console supervises it
 * (`supports`, `status`) and what is missing (`gap`). `extractRequirements` locates each quote in the
 * document and derives part, task and units; `npm run plan:extract` writes `requirements.json`.
 *
 * Ids: the coverage review's rows keep their ids with letters turned into numbers (3a → T3.1, 17e →
 * T17.5); rows added since take the next number (T17.6, S9 …). Rows are listed in document order.
 * Tasks are in requirements-tasks-1-8.ts, requirements-tasks-9-12.ts and requirements-tasks-13-17.ts.
 *
 * @module
 */
import type { RequirementAnnotation } from './requirements-helpers.ts';
import { api, gap, indicator, layer, report, rule, target, view } from './requirements-helpers.ts';
import { tasks1to8Requirements } from './requirements-tasks-1-8.ts';
import { tasks9to12Requirements } from './requirements-tasks-9-12.ts';
import { tasks13to17Requirements } from './requirements-tasks-13-17.ts';

export type { RequirementAnnotation } from './requirements-helpers.ts';

const aqSupports = [api('GET /api/aq/evaluation'), view('air'), report('monthly')];

/** 二、主要目标 (G6, the dustfall limit, is written in task 12: see requirements-tasks-9-12.ts). */
const goalRequirements: RequirementAnnotation[] = [
  {
    id: 'G1',
    quote: '坚决完成市政府下达我区环境空气质量改善',
    kind: 'target',
    strength: '坚决',
    units: [],
    status: 'covered',
    supports: [
      indicator('city-indicators'),
      view('overview'),
      api('GET /api/plan/indicators'),
      view('air'),
      report('monthly'),
    ],
    gap: null,
  },
  {
    id: 'G2',
    quote: '和大气主要污染物排放总量年度约束性指标',
    kind: 'target',
    strength: '坚决',
    units: [],
    status: 'partial',
    supports: [
      indicator('city-indicators'),
      api('GET /api/plan/indicators'),
      api('GET /api/monitoring/emissions'),
      view('overview'),
    ],
    gap: gap(
      '市下达的排放总量上限已录入并展示，旁列重点排放口在线监测排放量；但那只是全区排放的一部分，' +
        '尚无全口径排放核算可评价总量指标。',
      'The city-assigned emission caps are stored and shown beside the monitored key stacks’ emissions; but ' +
        'those are only part of the district’s emissions, and without full emission accounting the caps ' +
        'cannot be judged.',
    ),
  },
  {
    id: 'G3',
    quote: '全区PM2.5平均浓度力争降到35微克/立方米',
    kind: 'target',
    strength: '力争',
    units: [],
    status: 'covered',
    supports: [target('pm25-annual'), ...aqSupports],
    gap: null,
  },
  {
    id: 'G4',
    quote: '二氧化硫平均浓度力争降到10微克/立方米以内',
    kind: 'target',
    strength: '力争',
    units: [],
    status: 'covered',
    supports: [target('so2-annual'), ...aqSupports],
    gap: null,
  },
  {
    id: 'G5',
    quote: '其余四项空气质量污染物平均浓度力争全部达到《环境空气质量标准》二级标准',
    kind: 'target',
    strength: '力争',
    units: [],
    status: 'covered',
    supports: [target('pm10-annual'), target('no2-annual'), target('co-p95-24h'), target('o3-p90-8h'), ...aqSupports],
    gap: null,
  },
];

const townshipsAndDepartments = ['各乡镇（街道）', '区直有关部门'];

/** 五、保障措施. */
const safeguardRequirements: RequirementAnnotation[] = [
  {
    id: 'S9',
    quote: '全面落实党委领导、政府主导的现代环境治理组织领导体系，压实各级责任，强化工作落实',
    kind: 'safeguard',
    strength: '全面',
    units: [],
    status: 'partial',
    supports: [api('GET /api/departments'), view('departments'), api('GET /api/alerts'), report('monthly')],
    gap: gap(
      '每个部门和乡镇可见其职责、告警、案件、年度计划和逾期事项，但没有对各级责任落实的考核评价。',
      'Each department and township sees what it owns, its alerts, cases, plan items and what is late, but there ' +
        'is no assessment of how each level carries its responsibility.',
    ),
  },
  {
    id: 'S1',
    quote:
      '各乡镇（街道）党委和政府主要负责人要牢固树立“抓环保就是抓高质量发展”的理念，' +
      '切实担负起本行政区域改善环境空气质量的第一责任人责任',
    kind: 'safeguard',
    strength: '切实',
    units: ['各乡镇（街道）'],
    status: 'covered',
    supports: [
      api('GET /api/departments/leaders'),
      api('PUT /api/departments/leaders/:township'),
      view('departments'),
      api('GET /api/cases/summary'),
      api('GET /api/alerts'),
      report('monthly'),
    ],
    gap: null,
  },
  {
    id: 'S2',
    quote:
      '各相关部门按照“管发展必须管环保、管生产必须管环保、管行业必须管环保”的原则加强部门联动，' +
      '分工协作、共同发力，全面落实生态环境保护责任',
    kind: 'safeguard',
    strength: '全面',
    units: ['各相关部门'],
    status: 'covered',
    supports: [
      api('GET /api/departments'),
      api('GET /api/departments/:id'),
      api('PUT /api/alerts/:id/department'),
      view('departments'),
      view('alerts'),
      view('plan'),
    ],
    gap: null,
  },
  {
    id: 'S3',
    quote: '将大气污染防治重点工作纳入本部门年度计划',
    kind: 'safeguard',
    strength: null,
    units: ['各相关部门'],
    status: 'covered',
    supports: [
      api('GET /api/departments/plan-items'),
      api('PATCH /api/departments/plan-items/:id'),
      view('departments'),
    ],
    gap: null,
  },
  {
    id: 'S4',
    quote: '完善“市区一体，同城管控”大气污染联防联控工作机制，加强常态化协同管控，齐抓共管',
    kind: 'safeguard',
    strength: null,
    units: [],
    status: 'missing',
    supports: [],
    gap: gap(
      '没有与市级的数据交换，也没有联防联控的记录。',
      'There is no data exchange with the city and no record of joint prevention and control.',
    ),
  },
  {
    id: 'S5',
    quote:
      '要积极拓宽融资渠道，以散煤治理、工业污染源深度治理、大气污染防治监测、监管能力建设等为重点，' +
      '继续加大大气污染防治专项资金的支持力度，保障资金投入',
    kind: 'safeguard',
    strength: '积极',
    units: [],
    status: 'covered',
    supports: [api('GET /api/departments/funds'), api('POST /api/departments/funds'), view('departments')],
    gap: null,
  },
  {
    id: 'S10',
    quote: '各乡镇（街道）和区直有关部门既要督促辖区内企业切实履行生态环境保护责任',
    kind: 'safeguard',
    strength: '切实',
    units: townshipsAndDepartments,
    status: 'covered',
    supports: [
      api('GET /api/rules'),
      view('alerts'),
      api('POST /api/cases'),
      api('POST /api/cases/:id/steps'),
      api('GET /api/cases/summary'),
      view('enforcement'),
    ],
    gap: null,
  },
  {
    id: 'S6',
    quote: '又要深入企业加强指导帮扶和政策支持，主动了解企业诉求',
    kind: 'safeguard',
    strength: '主动',
    units: townshipsAndDepartments,
    status: 'covered',
    supports: [
      api('POST /api/visits'),
      api('PATCH /api/visits/requests/:id'),
      api('GET /api/visits/summary'),
      view('enforcement'),
    ],
    gap: null,
  },
  {
    id: 'S7',
    quote: '并加强日常监督检查',
    kind: 'safeguard',
    strength: null,
    units: townshipsAndDepartments,
    status: 'covered',
    supports: [api('POST /api/routes/plan'), view('routes'), view('alerts'), report('monthly')],
    gap: null,
  },
  {
    id: 'S11',
    quote: '加强工作指导，加大帮扶力度，切实帮助解决工作中的实际困难，合力推动各项工作任务落地落实',
    kind: 'safeguard',
    strength: '加大',
    units: townshipsAndDepartments,
    status: 'covered',
    supports: [api('GET /api/visits'), api('PATCH /api/visits/requests/:id'), view('enforcement'), view('departments')],
    gap: null,
  },
  {
    id: 'S8',
    quote: '坚持铁腕治污，依法打击各类环境污染行为，为守法企业保驾护航',
    kind: 'safeguard',
    strength: '铁腕',
    units: [],
    status: 'covered',
    supports: [
      api('GET /api/cases'),
      api('POST /api/cases'),
      api('POST /api/cases/:id/steps'),
      api('POST /api/cases/:id/attachments'),
      rule('case-rectification-overdue'),
      rule('public-report-open'),
      layer('public-reports'),
      api('POST /api/reports/public'),
      view('enforcement'),
      report('monthly'),
    ],
    gap: null,
  },
];

/** Every requirement, in document order. */
export const requirementAnnotations: readonly RequirementAnnotation[] = [
  ...goalRequirements,
  ...tasks1to8Requirements,
  ...tasks9to12Requirements,
  ...tasks13to17Requirements,
  ...safeguardRequirements,
];
