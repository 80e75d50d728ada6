/**
 * Requirements of tasks 1–8 (三、重点任务 (一)–(三)), in document order. See requirements-annotations.ts.
 *
 * @module
 */
import { gap, layer, rule, view, api, type RequirementAnnotation } from './requirements-helpers.ts';

export const tasks1to8Requirements: RequirementAnnotation[] = [
  // 1、全力遏制“两高”项目盲目发展。
  {
    id: 'T1.1',
    quote:
      '严格落实产业政策、“三线一单”、规划环评、能耗双控、产能置换、煤炭消费减量替代、区域污染物倍量削减等要求，' +
      '为全区转型发展项目腾出环境容量',
    kind: 'obligation',
    strength: '严格',
    status: 'covered',
    supports: [rule('high-energy-policy-unmet'), api('GET /api/energy/high-energy-projects'), view('ledgers')],
    gap: null,
  },
  // 2、加大重污染企业的改造搬迁力度。
  {
    id: 'T2.1',
    quote: '持续推进城市建成区重污染企业的改造搬迁或退出关停',
    kind: 'obligation',
    strength: '持续',
    status: 'covered',
    supports: [
      rule('built-up-heavy-polluter'),
      layer('built-up-area'),
      layer('enterprises'),
      api('GET /api/built-up-area/summary'),
    ],
    gap: null,
  },
  {
    id: 'T2.2',
    quote: '对现有建成区内的重污染企业实施更严格的差异化错峰生产、重污染天气应急减排措施',
    kind: 'control',
    strength: '更严格',
    status: 'covered',
    supports: [
      rule('heavy-pollution-measure'),
      rule('emergency-noncompliance'),
      rule('stagger-production'),
      rule('stagger-breach'),
      layer('built-up-area'),
      view('emergency'),
    ],
    gap: null,
  },
  // 3、（the first sentence is the task's title and holds T3.1 and T3.2）
  {
    id: 'T3.1',
    quote: '加大水泥独立粉磨站超低排放改造力度',
    kind: 'obligation',
    strength: '加大',
    status: 'partial',
    supports: [rule('stack-ule-exceedance'), layer('enterprises'), api('GET /api/monitoring/outlets')],
    gap: gap(
      '各水泥粉磨站有超低排放改造状态和图层筛选，已完成改造的粉磨站在线监测按超低排放限值判定；' +
        '但点名的两家以外没有规则跟踪改造进度。',
      'Every grinding station has an ultra-low-emission status and a layer filter, and the online monitoring of ' +
        'retrofitted stations is judged against the ULE limits; but no rule tracks the retrofit of stations ' +
        'other than the two named.',
    ),
  },
  {
    id: 'T3.2',
    quote:
      '加快推进忻州市铁牛水泥粉磨有限公司和忻州市五峰山水泥有限公司超低排放改造评估验收工作，' +
      '力争2023年6月底前完成超低排放改造评估监测工作',
    kind: 'deadline',
    strength: '力争',
    status: 'covered',
    supports: [rule('ule-assessment-overdue'), layer('enterprises'), view('tasks'), api('GET /api/tasks')],
    gap: null,
  },
  {
    id: 'T3.3',
    quote: '山西禹王煤炭气化有限公司要严格落实环评批复要求，污染物排放稳定达到排放标准',
    kind: 'obligation',
    strength: '严格',
    status: 'partial',
    supports: [
      rule('emission-standard-unverified'),
      rule('stack-ule-exceedance'),
      layer('enterprises'),
      api('GET /api/monitoring/outlets'),
    ],
    gap: gap(
      '规则跟踪其排放检测结果，在线监测小时数据按排放标准判定；但没有环评批复要求的记录。',
      'Rules track its emission-test result and judge its online-monitoring hours against the standard; but ' +
        'there is no record of the EIA approval’s conditions.',
    ),
  },
  // 4、深入推进工业炉窑和锅炉综合治理。
  {
    id: 'T4.1',
    quote: '结合工作实际，以石灰、耐火材料、砖瓦等行业为重点，开展行业综合治理',
    kind: 'obligation',
    strength: null,
    status: 'partial',
    supports: [layer('enterprises')],
    gap: gap(
      '可按行业筛选这些企业，但没有综合治理的进展或状态。',
      'These industries can be filtered, but there is no remediation progress or status.',
    ),
  },
  {
    id: 'T4.2',
    quote: '对采用脱硫除尘一体化、脱硫脱硝一体化等低效治理工艺的工业炉窑',
    kind: 'obligation',
    strength: null,
    status: 'covered',
    supports: [rule('low-efficiency-treatment'), layer('enterprises')],
    gap: null,
  },
  {
    id: 'T4.3',
    quote:
      '以及采用单一低温等离子、光氧化、光催化，非水溶性挥发性有机物废气采用单一喷淋吸收等低效治理挥发性有机物工艺的' +
      '企业污染防治设施升级改造',
    kind: 'obligation',
    strength: null,
    status: 'covered',
    supports: [rule('low-efficiency-treatment'), layer('enterprises')],
    gap: null,
  },
  {
    id: 'T4.4',
    quote: '保障工业企业污染物稳定达标排放',
    kind: 'obligation',
    strength: null,
    status: 'partial',
    supports: [
      rule('stack-exceedance'),
      rule('stack-data-quality'),
      layer('enterprises'),
      api('GET /api/monitoring/outlets'),
    ],
    gap: gap(
      '接入在线监测的排放口按排放标准判定超标和数据质量；未接入在线监测的企业仍无排放或达标数据。',
      'Outlets with online monitoring are judged for exceedances and data quality; enterprises without it ' +
        'still have no emission or compliance data.',
    ),
  },
  {
    id: 'T4.5',
    quote:
      '开展锅炉综合整治“回头看”，2023年6月底前，完成辖区内燃用天然气、生物质、醇基等燃料锅炉达标排放情况的摸底排查',
    kind: 'deadline',
    strength: null,
    status: 'covered',
    supports: [rule('boiler-survey-overdue'), layer('enterprises'), view('tasks')],
    gap: null,
  },
  {
    id: 'T4.6',
    quote: '建立台账，分类处置，加强监管',
    kind: 'obligation',
    strength: null,
    status: 'partial',
    supports: [rule('boiler-noncompliant'), layer('enterprises')],
    gap: gap(
      '锅炉台账在，不达标的锅炉会触发问题，但没有分类处置（整改、改造、淘汰）的类别。',
      'The boiler register exists and a non-compliant boiler raises a problem, but there is no disposal ' +
        'category (rectify, retrofit, retire).',
    ),
  },
  // 5、开展传统产业集群综合整治。
  {
    id: 'T5.1',
    quote: '按照“疏堵结合、分类施治”的原则，采取重点行业绩效分级评定',
    kind: 'obligation',
    strength: null,
    status: 'partial',
    supports: [layer('enterprises')],
    gap: gap(
      '有A–D绩效等级、筛选和图例，但没有引领性、B-级和评级日期。',
      'Grades A–D are shown, filtered and explained, but there is no 引领性 or B- class and no rating date.',
    ),
  },
  {
    id: 'T5.2',
    quote: '绿色工厂和绩效引领性企业创建等措施',
    kind: 'obligation',
    strength: null,
    status: 'missing',
    supports: [],
    gap: gap(
      '没有绿色工厂或绩效引领性企业创建的记录。',
      'There is no record of green-factory or performance-leader creation.',
    ),
  },
  {
    id: 'T5.3',
    quote: '组织对辖区内耐火材料、砖瓦等产业集群开展综合整治',
    kind: 'obligation',
    strength: null,
    status: 'partial',
    supports: [layer('enterprises')],
    gap: gap(
      '可按行业查看企业，但没有产业集群实体和整治状态。',
      'Enterprises can be viewed by industry, but there is no cluster entity and no remediation status.',
    ),
  },
  // 6、严控煤炭消费总量。
  {
    id: 'T6.1',
    quote: '严格控制耗煤项目的审批、核准、备案，严格落实耗煤项目煤炭减量替代措施',
    kind: 'obligation',
    strength: '严格',
    status: 'covered',
    supports: [
      rule('coal-substitution-short'),
      rule('coal-use-rising'),
      api('GET /api/energy/coal-projects'),
      api('GET /api/energy/ledger'),
      view('ledgers'),
    ],
    gap: null,
  },
  {
    id: 'T6.2',
    quote: '大力发展新能源和清洁能源，不断提升非化石能源消费比重',
    kind: 'obligation',
    strength: '大力',
    status: 'partial',
    supports: [api('GET /api/energy/summary'), api('GET /api/energy/ledger'), view('ledgers')],
    gap: gap(
      '企业能源台账给出全区煤炭消费总量和非化石能源比重的逐年变化，但没有比重目标，也只计入企业自有或签约的绿电。',
      'The enterprises’ energy ledger gives the district’s coal total and non-fossil share by year, but there is no ' +
        'target for the share, and only the enterprises’ own or contracted green power counts.',
    ),
  },
  // 7、持续推进清洁取暖改造。
  {
    id: 'T7.1',
    quote: '按照“先立后破、不立不破”的原则，积极稳妥实施全区清洁取暖改造',
    kind: 'obligation',
    strength: '积极稳妥',
    status: 'covered',
    supports: [layer('villages'), api('GET /api/stats/townships')],
    gap: null,
  },
  {
    id: 'T7.2',
    quote: '推进我区的国家北方地区冬季清洁取暖项目建设',
    kind: 'obligation',
    strength: null,
    status: 'missing',
    supports: [],
    gap: gap('没有清洁取暖项目建设的跟踪。', 'There is no tracking of the clean-heating project.'),
  },
  {
    id: 'T7.3',
    quote: '完成二十里铺村清洁取暖改造',
    kind: 'obligation',
    strength: null,
    status: 'partial',
    supports: [rule('retrofit-in-progress'), layer('villages')],
    gap: gap(
      '二十里铺村改造未完成只作为提示，没有完成期限，也不会升级。',
      'The unfinished retrofit of 二十里铺村 is only an info hit, with no due date, and never escalates.',
    ),
  },
  {
    id: 'T7.4',
    quote: '全面评估现有清洁取暖改造运行情况',
    kind: 'obligation',
    strength: '全面',
    status: 'covered',
    supports: [layer('villages'), api('GET /api/stats/townships')],
    gap: null,
  },
  {
    id: 'T7.5',
    quote:
      '对已完成清洁取暖改造但不能稳定运行、散煤复烧问题突出的乡村，要优化改造方式或者运行模式，' +
      '巩固现有清洁取暖成果，防止散煤复烧',
    kind: 'obligation',
    strength: null,
    status: 'covered',
    supports: [rule('heating-unstable'), rule('coal-reburning'), layer('villages'), view('alerts')],
    gap: null,
  },
  // 8、实施燃煤设施清洁能源替代。
  {
    id: 'T8.1',
    quote: '新改扩建加热炉、热处理炉、干燥炉、熔化炉采用清洁低碳能源，不得使用煤炭等高污染燃料',
    kind: 'obligation',
    strength: '不得',
    status: 'covered',
    supports: [rule('coal-kiln-new'), layer('enterprises'), view('ledgers')],
    gap: null,
  },
  {
    id: 'T8.2',
    quote: '结合我区实际，推进现有使用高污染燃料的工业炉窑改用工业余热、电能、天然气等清洁能源',
    kind: 'obligation',
    strength: null,
    status: 'covered',
    supports: [rule('coal-kiln-conversion'), layer('enterprises'), view('ledgers')],
    gap: null,
  },
];
