/**
 * Requirements of tasks 9–12 (三、重点任务 (四)–(五)), with G6 (the dustfall limit, written in task 12),
 * in document order. See requirements-annotations.ts.
 *
 * @module
 */
import { api, gap, layer, report, rule, target, type RequirementAnnotation } from './requirements-helpers.ts';

export const tasks9to12Requirements: RequirementAnnotation[] = [
  // 9、持续优化调整货物运输结构。
  {
    id: 'T9.1',
    quote: '调整优化货物运输方式，辖区内煤炭、焦炭、矿石等大宗货物中长距离运输以铁路为主',
    kind: 'obligation',
    strength: null,
    status: 'missing',
    supports: [],
    gap: gap('没有大宗货物运输方式的数据。', 'There is no data on how bulk goods are transported.'),
  },
  {
    id: 'T9.2',
    quote:
      '无法实施铁路运输的短距离运输及忻州市建成区、工业园区和企业内部物料转运优先采用封闭式皮带廊道或新能源车辆' +
      '（包括氢能、甲醇车辆)',
    kind: 'obligation',
    strength: '优先',
    status: 'missing',
    supports: [],
    gap: gap(
      '没有短途运输和物料转运方式的数据。',
      'There is no data on short-distance haulage or on-site material transfer.',
    ),
  },
  {
    id: 'T9.3',
    quote: '出省煤炭、焦炭原则上采用铁路运输',
    kind: 'obligation',
    strength: '原则上',
    status: 'missing',
    supports: [],
    gap: gap('没有出省煤炭、焦炭运输的数据。', 'There is no data on coal and coke leaving the province.'),
  },
  {
    id: 'T9.4',
    quote: '积极配合保障年货运量150万吨以上工矿企业铁路专用线和联运转运衔接设施建设',
    kind: 'obligation',
    strength: '积极',
    status: 'covered',
    supports: [rule('freight-no-rail'), layer('enterprises')],
    gap: null,
  },
  {
    id: 'T9.5',
    quote: '在铁路专用线建设投运前，公路运输应使用国六排放标准车辆或新能源车辆（包括氢能、甲醇车辆）',
    kind: 'obligation',
    strength: null,
    status: 'missing',
    supports: [],
    gap: gap(
      '没有企业运输车队的数据，专用线投运前须用国六或新能源车辆这一要求没有规则。',
      'There is no fleet data, and no rule for the 国六 or new-energy vehicles required until the spur operates.',
    ),
  },
  // 10、加快机动车结构升级。
  {
    id: 'T10.1',
    quote:
      '推广新能源、清洁车辆应用，新增或更换的环卫车辆、邮政快递等市政公共领域车辆全部使用电动汽车、氢能汽车或甲醇汽车',
    kind: 'obligation',
    strength: '全部',
    status: 'missing',
    supports: [],
    gap: gap('没有市政公共领域车辆的数据。', 'There is no data on municipal public-service vehicles.'),
  },
  {
    id: 'T10.2',
    quote:
      '鼓励工矿企业短驳运输、厂内运输和厂内非道路移动机械和城市建成区渣土运输车辆、非道路移动机械' +
      '使用电动汽车、氢能汽车或甲醇汽车',
    kind: 'encouragement',
    strength: '鼓励',
    status: 'missing',
    supports: [],
    gap: gap(
      '机械有“电动”排放阶段，但没有跟踪这一鼓励的进展。',
      'Machines can be electric, but nothing tracks this encouragement.',
    ),
  },
  {
    id: 'T10.3',
    quote:
      '配合市级有关部门大力推进老旧车辆提前淘汰更新，推动国四及以下排放标准柴油货车和采用稀薄燃烧技术的燃气货车淘汰，' +
      '符合强制报废情形的，交报废机动车回收拆解企业按规定进行登记、拆解',
    kind: 'obligation',
    strength: '大力',
    status: 'missing',
    supports: [],
    gap: gap('没有车辆图层。', 'There is no vehicle layer.'),
  },
  {
    id: 'T10.4',
    quote:
      '加强对非道路移动机械排放控制区监管，辖区范围内非道路移动机械排放控制区不得使用国三以下排放标准、' +
      '未编码登记、冒黑烟等超标排放非道路移动机械',
    kind: 'control',
    strength: '不得',
    status: 'covered',
    supports: [rule('nrmm-banned-in-zone'), layer('nrmm-zones'), layer('machines')],
    gap: null,
  },
  {
    id: 'T10.5',
    quote: '涉及民生保障和应急抢险等情形除外',
    kind: 'control',
    strength: null,
    status: 'covered',
    supports: [rule('nrmm-banned-in-zone'), layer('machines')],
    gap: null,
  },
  // 11、强化扬尘精细化管控。
  {
    id: 'T11.1',
    quote: '严格落实管辖区内建筑施工扬尘“六个百分之百”',
    kind: 'obligation',
    strength: '严格',
    status: 'covered',
    supports: [rule('six-hundred-failed'), rule('site-never-inspected'), layer('construction-sites')],
    gap: null,
  },
  {
    id: 'T11.2',
    quote: '将防治扬尘污染费用纳入工程造价',
    kind: 'obligation',
    strength: null,
    status: 'missing',
    supports: [],
    gap: gap(
      '工地没有扬尘防治费用是否纳入工程造价的字段。',
      'Sites have no field for dust-control costs in the project budget.',
    ),
  },
  {
    id: 'T11.3',
    quote:
      '推进城市建成区道路吸尘式机械化湿式清扫作业，加大对城市管辖区内主要市政道路清扫频次，有效提高城市道路清洁水平',
    kind: 'obligation',
    strength: '加大',
    status: 'missing',
    supports: [],
    gap: gap(
      '没有道路清扫图层，也没有清扫频次的记录。',
      'There is no road-cleaning layer and no record of sweeping frequency.',
    ),
  },
  {
    id: 'T11.4',
    quote:
      '配合市住建、城管、公安交警等部门严格城市渣土运输车辆管理，' +
      '严查未按规定时间和路线行驶、沿途抛洒、随意倾倒等违法行为',
    kind: 'obligation',
    strength: '严格',
    status: 'missing',
    supports: [],
    gap: gap(
      '没有渣土车辆数据，只有工地“渣土车辆密闭运输”一项检查。',
      'There is no muck-truck data; only the site check of covered muck trucks exists.',
    ),
  },
  // 12、开展降尘专项整治。
  {
    id: 'T12.1',
    quote: '加强施工扬尘、道路扬尘、工业企业堆场扬尘污染管控',
    kind: 'obligation',
    strength: null,
    status: 'partial',
    supports: [rule('six-hundred-failed'), layer('construction-sites')],
    gap: gap(
      '施工扬尘有监管；道路扬尘和工业企业堆场扬尘没有数据。',
      'Construction dust is supervised; road dust and stockyard dust have no data.',
    ),
  },
  {
    id: 'G6',
    quote: '全区平均降尘量不得高于7吨/月·平方公里',
    task: 12,
    kind: 'target',
    strength: '不得',
    status: 'covered',
    supports: [
      target('dustfall-monthly'),
      rule('district-dustfall-over-limit'),
      api('GET /api/stats/townships'),
      layer('dustfall-points'),
      report('monthly'),
    ],
    gap: null,
  },
];
