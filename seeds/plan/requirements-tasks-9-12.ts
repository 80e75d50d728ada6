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
      '城市建成区边界已有（示意，可导入），但没有短途运输和物料转运方式的数据。',
      'The built-up area is drawn (provisional, importable), but there is no data on short-distance haulage or ' +
        'on-site material transfer.',
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
    status: 'covered',
    supports: [
      rule('bulk-freight-dirty-truck'),
      layer('enterprises'),
      layer('vehicles'),
      api('GET /api/vehicles/progress'),
    ],
    gap: null,
  },
  // 10、加快机动车结构升级。
  {
    id: 'T10.1',
    quote:
      '推广新能源、清洁车辆应用，新增或更换的环卫车辆、邮政快递等市政公共领域车辆全部使用电动汽车、氢能汽车或甲醇汽车',
    kind: 'obligation',
    strength: '全部',
    status: 'covered',
    supports: [rule('municipal-vehicle-not-clean'), layer('vehicles'), api('GET /api/vehicles/progress')],
    gap: null,
  },
  {
    id: 'T10.2',
    quote:
      '鼓励工矿企业短驳运输、厂内运输和厂内非道路移动机械和城市建成区渣土运输车辆、非道路移动机械' +
      '使用电动汽车、氢能汽车或甲醇汽车',
    kind: 'encouragement',
    strength: '鼓励',
    status: 'partial',
    supports: [api('GET /api/built-up-area/summary'), layer('muck-trucks'), layer('machines')],
    gap: gap(
      '跟踪城市建成区内渣土车的新能源占比和非道路移动机械的电动占比；工矿企业短驳、厂内运输车辆和厂内机械没有数据。',
      'Tracks the new-energy share of muck trucks and the electric share of machinery in the built-up area; ' +
        "there is no data on enterprises' short-haul and in-plant vehicles and machinery.",
    ),
  },
  {
    id: 'T10.3',
    quote:
      '配合市级有关部门大力推进老旧车辆提前淘汰更新，推动国四及以下排放标准柴油货车和采用稀薄燃烧技术的燃气货车淘汰，' +
      '符合强制报废情形的，交报废机动车回收拆解企业按规定进行登记、拆解',
    kind: 'obligation',
    strength: '大力',
    status: 'partial',
    supports: [
      rule('diesel-truck-phase-out'),
      rule('lean-burn-gas-truck'),
      layer('vehicles'),
      api('GET /api/vehicles/progress'),
      report('monthly'),
    ],
    gap: gap(
      '淘汰进展和逾期强制报废有跟踪；报废车辆交回收拆解企业登记、拆解的情况没有记录。',
      'Phase-out progress and overdue compulsory scrapping are tracked; the hand-over to licensed dismantlers is ' +
        'not recorded.',
    ),
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
    status: 'covered',
    supports: [
      rule('road-sweeping-behind'),
      layer('road-segments'),
      layer('built-up-area'),
      api('GET /api/roads/schedule'),
      api('POST /api/roads/cleanings'),
      api('POST /api/roads/cleanings/track'),
      report('monthly'),
    ],
    gap: null,
  },
  {
    id: 'T11.4',
    quote:
      '配合市住建、城管、公安交警等部门严格城市渣土运输车辆管理，' +
      '严查未按规定时间和路线行驶、沿途抛洒、随意倾倒等违法行为',
    kind: 'obligation',
    strength: '严格',
    status: 'covered',
    supports: [
      rule('muck-off-route'),
      rule('muck-out-of-hours'),
      rule('muck-illegal-dumping'),
      rule('muck-spill'),
      layer('muck-trucks'),
      api('GET /api/muck/violations'),
      api('GET /api/muck/trucks/:id/track'),
      report('monthly'),
    ],
    gap: null,
  },
  // 12、开展降尘专项整治。
  {
    id: 'T12.1',
    quote: '加强施工扬尘、道路扬尘、工业企业堆场扬尘污染管控',
    kind: 'obligation',
    strength: null,
    status: 'covered',
    supports: [
      rule('six-hundred-failed'),
      rule('road-dust-load-high'),
      rule('stockyard-controls-failed'),
      rule('stockyard-never-inspected'),
      layer('construction-sites'),
      layer('road-segments'),
      layer('stockyards'),
      api('GET /api/dust/sources-near'),
    ],
    gap: null,
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
      api('GET /api/dust/sources-near'),
      report('monthly'),
    ],
    gap: null,
  },
];
