/**
 * Requirements of tasks 13–17 (四、攻坚行动), in document order. See requirements-annotations.ts.
 *
 * @module
 */
import { api, control, gap, layer, rule, view, type RequirementAnnotation, report } from './requirements-helpers.ts';

export const tasks13to17Requirements: RequirementAnnotation[] = [
  // 13、加大挥发性有机物环境问题整治力度。
  {
    id: 'T13.1',
    quote:
      '以焦化、工业涂装和油品储运销等行业为重点，' +
      '组织企业针对挥发性有机液体储罐、装卸、敞开液面、泄漏检测与修复(LDAR)、' +
      '废气收集、废气旁路、治理设施、加油站、非正常工况、产品挥发性有机物含量等10个关键环节持续开展排查整治',
    kind: 'obligation',
    strength: '持续',
    status: 'covered',
    supports: [rule('voc-checklist-gaps'), layer('enterprises')],
    gap: null,
  },
  {
    id: 'T13.2',
    quote: '使用活性炭吸附工艺的企业，要足额填充符合要求的活性炭',
    kind: 'obligation',
    strength: '足额',
    status: 'covered',
    supports: [
      rule('carbon-fill-short'),
      api('GET /api/voc/carbon'),
      api('POST /api/voc/carbon/replacements'),
      view('ledgers'),
    ],
    gap: null,
  },
  {
    id: 'T13.3',
    quote: '5月底前完成一轮活性炭更换',
    kind: 'deadline',
    strength: null,
    status: 'covered',
    supports: [rule('activated-carbon-late'), layer('enterprises'), view('tasks')],
    gap: null,
  },
  {
    id: 'T13.4',
    quote: '废活性炭要按规范及时转移处置',
    kind: 'obligation',
    strength: '及时',
    status: 'covered',
    supports: [
      rule('carbon-not-transferred'),
      api('GET /api/voc/carbon'),
      api('POST /api/voc/carbon/transfers'),
      view('ledgers'),
    ],
    gap: null,
  },
  {
    id: 'T13.5',
    quote: '以工业涂装、包装印刷、人造板材等行业为重点，推进使用低挥发性有机物含量的涂料、油墨、胶粘剂、清洗剂',
    kind: 'obligation',
    strength: null,
    status: 'covered',
    supports: [
      rule('voc-material-over-limit'),
      api('GET /api/voc/materials'),
      api('GET /api/voc/summary'),
      view('ledgers'),
    ],
    gap: null,
  },
  {
    id: 'T13.6',
    quote: '除特殊功能要求外的室外构筑物防护和道路交通标志全面使用低挥发性有机物涂料',
    kind: 'obligation',
    strength: '全面',
    status: 'missing',
    supports: [],
    gap: gap(
      '没有室外构筑物和道路交通标志涂料的数据。',
      'There is no data on coatings of outdoor structures and road signs.',
    ),
  },
  // 14、实施夏季臭氧污染应急管控。
  {
    id: 'T14.1',
    quote:
      '5-9月每日10-16时，以化工、工业涂装、包装印刷、油品储运销等行业为重点，' +
      '实施涉挥发性有机物排放工序错时生产、错时作业',
    kind: 'control',
    strength: null,
    status: 'partial',
    supports: [rule('ozone-voc-stagger'), control('ozone'), api('GET /api/controls'), layer('enterprises')],
    gap: gap(
      '只列出受管控的企业，没有错时生产、错时作业落实情况的证据。',
      'Only lists the enterprises bound; there is no evidence that the stagger was kept.',
    ),
  },
  {
    id: 'T14.2',
    quote: '禁止户外涂装作业和城市建成区建筑墙体涂刷以及道路划线、栏杆喷涂、道路沥青铺装等户外工程作业',
    kind: 'control',
    strength: '禁止',
    status: 'partial',
    supports: [rule('ozone-outdoor-works'), control('ozone'), layer('construction-sites'), layer('built-up-area')],
    gap: gap(
      '在建工地的户外涂装全区暂停，城市建成区内的沥青铺装和道路划线暂停；栏杆喷涂和工地以外的市政工程没有数据。',
      'Outdoor painting on sites is paused district-wide, asphalt and road marking inside the built-up area; ' +
        'railing spraying and municipal works outside sites have no data.',
    ),
  },
  {
    id: 'T14.3',
    quote: '鼓励加油站出台错时加油优惠政策，引导公众错时加油',
    kind: 'encouragement',
    strength: '鼓励',
    status: 'missing',
    supports: [],
    gap: gap(
      '没有加油站错时加油优惠政策的记录。',
      'There is no record of off-peak refuelling offers at fuel stations.',
    ),
  },
  // 15、结合差异化错峰生产，着力应对重污染天气。
  {
    id: 'T15.1',
    quote: '进一步强化建材、焦化、铸造、化工等高排放行业秋冬季差异化错峰生产',
    kind: 'control',
    strength: '进一步强化',
    status: 'covered',
    supports: [
      rule('stagger-production'),
      rule('stagger-breach'),
      view('emergency'),
      api('GET /api/emergency/stagger'),
      control('autumn-winter'),
    ],
    gap: null,
  },
  {
    id: 'T15.2',
    quote: '及时修订重污染天气工业企业应急减排清单，实施差异化和精准管控',
    kind: 'obligation',
    strength: '及时',
    status: 'covered',
    supports: [
      rule('heavy-pollution-measure'),
      view('emergency'),
      api('GET /api/emergency/list'),
      api('GET /api/emergency/list/diff'),
      api('POST /api/emergency/list/import/commit'),
    ],
    gap: null,
  },
  {
    id: 'T15.3',
    quote: '严格落实重污染天气应急预案减排  要求',
    kind: 'control',
    strength: '严格',
    status: 'covered',
    supports: [
      rule('heavy-pollution-measure'),
      rule('emergency-noncompliance'),
      control('heavy-pollution'),
      api('GET /api/controls'),
      api('GET /api/emergency/warnings/:id/compliance'),
      view('emergency'),
      view('alerts'),
    ],
    gap: null,
  },
  {
    id: 'T15.4',
    quote:
      '坚持“提前预警、提前应对、定期帮扶、区域联防、驻点监督、协商减排”工作机制，' +
      '努力减少重污染天气，改善秋冬季空气质量',
    kind: 'obligation',
    strength: '努力',
    status: 'covered',
    supports: [
      view('emergency'),
      api('POST /api/emergency/warnings'),
      api('PUT /api/emergency/warnings/:id/supervisors'),
      api('POST /api/emergency/visits'),
      api('GET /api/emergency/warnings/:id/report'),
      control('heavy-pollution'),
    ],
    gap: null,
  },
  // 16、开展柴油货车常态化联合执法。
  {
    id: 'T16.1',
    quote:
      '配合市生态环境、公安交管、交通运输等部门开展联合执法常态化路检路查工作机制，' +
      '重点检查柴油货车污染控制装置、车载诊断系统(OBD)、尾气排放达标等情况，严厉打击超标排放等违法行为',
    kind: 'obligation',
    strength: '严厉',
    status: 'covered',
    supports: [
      rule('vehicle-check-failed'),
      layer('checkpoints'),
      layer('vehicles'),
      api('GET /api/checks'),
      api('POST /api/checks'),
      api('GET /api/checks/summary'),
      report('monthly'),
    ],
    gap: null,
  },
  {
    id: 'T16.2',
    quote: '配合市生态环境、市场监管部门加强对机动车维修机构的监管，严厉打击拆除改装尾气净化装置、修改破坏OBD数据行为',
    kind: 'obligation',
    strength: '严厉',
    status: 'covered',
    supports: [
      rule('repair-shop-tampering'),
      layer('repair-shops'),
      api('GET /api/repair-shops/:id/inspections'),
      api('POST /api/repair-shops/:id/inspections'),
    ],
    gap: null,
  },
  {
    id: 'T16.3',
    quote: '强化门禁系统建设，重点用车单位全部按规范要求安装车辆门禁系统，并与市生态环境部门联网',
    kind: 'obligation',
    strength: '全部',
    status: 'covered',
    supports: [rule('gate-not-networked'), layer('enterprises')],
    gap: null,
  },
  // 17、坚决打击非标油品。
  {
    id: 'T17.4',
    quote: '加强油品生产、仓储、销售、运输、使用等全环节监管',
    kind: 'obligation',
    strength: null,
    status: 'partial',
    supports: [api('GET /api/fuel-samples'), layer('fuel-samples'), view('enforcement')],
    gap: gap(
      '加油站、油库和用油企业有抽检记录；油品生产、运输环节没有数据。',
      'Fuel stations, depots and enterprises have sampling records; production and transport have no data.',
    ),
  },
  {
    id: 'T17.1',
    quote: '全面清理整顿无证无照的自建油罐、流动加油车、黑加油站点',
    kind: 'obligation',
    strength: '全面',
    status: 'covered',
    supports: [rule('illegal-fuel-open'), layer('fuel-points')],
    gap: null,
  },
  {
    id: 'T17.2',
    quote: '加大生产、流通环节油品质量的抽检力度',
    kind: 'obligation',
    strength: '加大',
    status: 'covered',
    supports: [
      rule('fuel-sample-failed'),
      layer('fuel-samples'),
      api('GET /api/fuel-samples'),
      api('POST /api/fuel-samples'),
      api('GET /api/fuel-samples/summary'),
      view('enforcement'),
    ],
    gap: null,
  },
  {
    id: 'T17.6',
    quote: '对生产、销售非标油品行为依法严查',
    kind: 'obligation',
    strength: '依法严查',
    status: 'covered',
    supports: [api('POST /api/cases'), api('POST /api/cases/:id/steps'), layer('fuel-samples'), view('enforcement')],
    gap: null,
  },
  {
    id: 'T17.3',
    quote: '对发现的非标油问题线索进行追溯，严厉追究相关生产、销售、运输者主体责任',
    kind: 'obligation',
    strength: '严厉',
    status: 'covered',
    supports: [
      rule('fuel-sample-failed'),
      rule('illegal-fuel-open'),
      api('PATCH /api/fuel-samples/:id/trace'),
      api('POST /api/cases'),
      layer('fuel-points'),
      view('enforcement'),
    ],
    gap: null,
  },
  {
    id: 'T17.5',
    quote: '配合市交管部门持续开展城市道路畅通工程建设和绿色运输示范区管控',
    kind: 'obligation',
    strength: '持续',
    status: 'missing',
    supports: [],
    gap: gap(
      '没有道路畅通工程或绿色运输示范区的数据。',
      'There is no data on the road-flow works or the green-transport demonstration zone.',
    ),
  },
];
