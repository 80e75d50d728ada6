import { industryInfo, vocLinks, type Industry, type TreatmentProcess } from '../../server/schema/enterprise.ts';
import type { Rng } from '../random.ts';
import { addDays, formatDate } from '../../server/time/cst.ts';
import type { GeneratorContext } from './context.ts';
import { randomPointIn, randomPointNear } from './geo-sampler.ts';
import { uniqueName } from './names.ts';
import type { EnterpriseRow, KilnBoilerRow } from './row-types.ts';
import { sourceNotes } from '../../server/schema/source-notes.ts';

interface IndustryPlan {
  count: number;
  /** Townships the industry clusters in; empty = anywhere (40% in the urban subdistricts). */
  townships: string[];
  suffix: string;
}

/** Default (scale 1) counts and clusters, ~320 enterprises in all. */
const industryPlans: Record<Industry, IndustryPlan> = {
  'cement-grinding': { count: 5, townships: ['140902104', '140902105', '140902107'], suffix: '水泥有限公司' },
  refractory: { count: 20, townships: ['140902108', '140902106', '140902105'], suffix: '耐火材料有限公司' },
  'brick-tile': { count: 28, townships: [], suffix: '新型建材砖厂' },
  lime: { count: 8, townships: ['140902108', '140902102', '140902103'], suffix: '石灰有限公司' },
  'concrete-mixing': {
    count: 18,
    townships: ['140902206', '140902210', '140902004', '140902006'],
    suffix: '商砼有限公司',
  },
  coking: { count: 3, townships: ['140902104', '140902107'], suffix: '焦化有限公司' },
  'coal-gasification': { count: 1, townships: ['140902104'], suffix: '煤气化有限公司' },
  'coal-washing': { count: 8, townships: ['140902102', '140902101'], suffix: '洗煤有限公司' },
  casting: { count: 22, townships: ['140902006', '140902209', '140902105'], suffix: '铸造有限公司' },
  machinery: { count: 24, townships: ['140902006', '140902209', '140902003'], suffix: '机械制造有限公司' },
  chemical: { count: 10, townships: ['140902105', '140902104'], suffix: '化工有限公司' },
  'industrial-coating': { count: 18, townships: ['140902006', '140902209', '140902005'], suffix: '钢结构涂装有限公司' },
  'packaging-printing': {
    count: 14,
    townships: ['140902001', '140902002', '140902007', '140902005'],
    suffix: '包装印刷有限公司',
  },
  'wood-panel': { count: 8, townships: ['140902101', '140902206'], suffix: '木业有限公司' },
  pharmaceutical: { count: 4, townships: ['140902006', '140902209'], suffix: '药业有限公司' },
  'heat-power': { count: 7, townships: ['140902004', '140902006', '140902005', '140902105'], suffix: '热力有限公司' },
  'oil-storage-sales': { count: 44, townships: [], suffix: '加油站' },
  food: { count: 30, townships: [], suffix: '食品有限公司' },
  other: { count: 40, townships: [], suffix: '实业有限公司' },
};

/**
 * The three enterprises named in plan task 3, with positions placed approximately (none published),
 * the register requirement naming each (T3.2 the ultra-low-emission assessment, T3.3 禹王's
 * 「污染物排放稳定达到排放标准」) and, for 禹王, its last emission test (synthetic: a passing test on
 * 2023-10-20, so the rule `emission-standard-unverified` fires before that date and passes after it
 * until the quarter runs out).
 */
const namedEnterprises: {
  name: string;
  industry: Industry;
  township: string;
  grade: 'A' | 'B' | 'C' | 'D';
  ule: string;
  requirement: string;
  emissionTest: { on: string; result: 'pass' | 'fail' } | null;
}[] = [
  {
    name: '忻州市铁牛水泥粉磨有限公司',
    industry: 'cement-grinding',
    township: '140902105',
    grade: 'B',
    ule: 'monitoring-done',
    requirement: 'T3.2',
    emissionTest: null,
  },
  {
    name: '忻州市五峰山水泥有限公司',
    industry: 'cement-grinding',
    township: '140902104',
    grade: 'C',
    ule: 'assessment',
    requirement: 'T3.2',
    emissionTest: null,
  },
  {
    name: '山西禹王煤炭气化有限公司',
    industry: 'coal-gasification',
    township: '140902104',
    grade: 'B',
    ule: 'not-applicable',
    requirement: 'T3.3',
    emissionTest: { on: '2023-10-20', result: 'pass' },
  },
];
const NAMED_SOURCE = sourceNotes.enterpriseNamed.en;
const SYNTHETIC_SOURCE = sourceNotes.enterpriseSynthetic.en;

const heavy = new Set<Industry>([
  'cement-grinding',
  'refractory',
  'brick-tile',
  'lime',
  'coking',
  'coal-gasification',
  'casting',
  'heat-power',
  'chemical',
]);
const vocIndustries = new Set<Industry>([
  'chemical',
  'industrial-coating',
  'packaging-printing',
  'wood-panel',
  'pharmaceutical',
  'coking',
  'coal-gasification',
  'oil-storage-sales',
]);

function pickTreatment(rng: Rng, industry: Industry): TreatmentProcess[] {
  const group = industryInfo[industry].group;
  const processes = new Set<TreatmentProcess>();
  if (group === 'building-materials' || industry === 'casting' || industry === 'coal-washing') {
    processes.add(rng.chance(0.85) ? 'bag-filter' : 'cyclone');
    if (industry === 'lime' || industry === 'refractory' || industry === 'brick-tile') {
      processes.add(rng.chance(0.25) ? 'desulf-dedust-integrated' : 'wet-desulfurization');
      if (rng.chance(0.4)) processes.add('sncr');
    }
  }
  if (industry === 'coking' || industry === 'coal-gasification' || industry === 'heat-power') {
    processes
      .add('electrostatic')
      .add('wet-desulfurization')
      .add(rng.chance(0.6) ? 'scr' : 'sncr');
  }
  if (vocIndustries.has(industry) && industry !== 'oil-storage-sales') {
    processes.add(
      rng.weighted<TreatmentProcess>([
        ['activated-carbon', 55],
        ['rto', 12],
        ['catalytic-combustion', 10],
        ['low-temp-plasma', 12],
        ['photo-oxidation', 8],
        ['spray-absorption', 6],
      ]),
    );
    if (rng.chance(0.3)) processes.add('activated-carbon');
  }
  return [...processes].sort();
}

function kilnsAndBoilers(rng: Rng, industry: Industry, enterpriseId: string, year: number) {
  const rows: KilnBoilerRow[] = [];
  const kiln = (purpose: string, fuel: string, capacity: number, unit: string) => ({
    kind: 'kiln',
    purpose,
    fuel,
    capacity,
    unit,
  });
  const boiler = (fuel: string, capacity: number) => ({
    kind: 'boiler',
    purpose: '供热/工艺蒸汽',
    fuel,
    capacity,
    unit: 't/h',
  });
  const specs = [];
  if (industry === 'lime')
    specs.push(kiln('石灰窑', rng.pick(['coal', 'coke-oven-gas', 'natural-gas']), rng.int(150, 600), 't/d'));
  if (industry === 'refractory')
    for (let i = rng.int(1, 2); i > 0; i--)
      specs.push(kiln('隧道窑', rng.pick(['coal', 'natural-gas', 'coke-oven-gas']), rng.int(50, 300), 't/d'));
  if (industry === 'brick-tile')
    specs.push(
      kiln(
        '轮窑/隧道窑',
        rng.weighted([
          ['coal', 6],
          ['natural-gas', 3],
          ['waste-heat', 1],
        ]),
        rng.int(80, 400),
        't/d',
      ),
    );
  if (industry === 'casting')
    specs.push(
      kiln(
        '熔化炉',
        rng.weighted([
          ['electricity', 6],
          ['coal', 1],
          ['natural-gas', 3],
        ]),
        rng.int(5, 40),
        't/d',
      ),
    );
  if (industry === 'heat-power')
    for (let i = rng.int(2, 4); i > 0; i--)
      specs.push({
        ...boiler(
          rng.weighted([
            ['coal', 7],
            ['natural-gas', 3],
          ]),
          rng.int(40, 160),
        ),
        unit: 't/h',
      });
  if (['food', 'pharmaceutical', 'chemical', 'wood-panel', 'packaging-printing'].includes(industry) && rng.chance(0.7))
    specs.push(
      boiler(
        rng.weighted([
          ['natural-gas', 6],
          ['biomass', 3],
          ['alcohol-based', 1],
        ]),
        rng.int(1, 10),
      ),
    );
  specs.forEach((spec, i) => {
    const gasLike = spec.kind === 'boiler' && ['natural-gas', 'biomass', 'alcohol-based'].includes(spec.fuel);
    const surveyed = gasLike ? rng.chance(0.9) : rng.chance(0.5);
    const treatment =
      spec.fuel === 'electricity'
        ? '袋式除尘'
        : rng.weighted([
            ['袋式除尘+湿法脱硫', 5],
            ['脱硫除尘一体化', 2],
            ['低氮燃烧', 3],
            ['SNCR脱硝+袋式除尘', 2],
          ]);
    rows.push({
      id: `${enterpriseId}-K${i + 1}`,
      enterprise_id: enterpriseId,
      kind: spec.kind,
      purpose: spec.purpose,
      fuel: spec.fuel,
      capacity: spec.capacity,
      capacity_unit: spec.unit,
      treatment_process: treatment,
      low_efficiency: treatment === '脱硫除尘一体化' ? 1 : 0,
      surveyed_on: surveyed ? addDays(formatDate(year, 1, 1), rng.int(60, gasLike ? 175 : 330)) : null,
      compliant: surveyed ? (rng.chance(0.88) ? 1 : 0) : null,
      provenance: 'synthetic',
    });
  });
  return rows;
}

/** Enterprises (named three first) and their kilns and boilers. */
export function generateEnterprises(ctx: GeneratorContext) {
  const rng = ctx.rngFor('enterprises');
  const names = new Set<string>();
  const enterprises: EnterpriseRow[] = [];
  const kilns: KilnBoilerRow[] = [];
  const clusterCentres = new Map<string, [number, number]>();

  const place = (industry: Industry, preferred: string[]): [number, number] => {
    if (preferred.length === 0) {
      const township = rng.chance(0.4) ? rng.pick(ctx.subdistricts) : rng.pick(ctx.ref.townships);
      return township.kind === 'subdistrict'
        ? randomPointNear(rng, township.seat, 1500, ctx.county)
        : randomPointIn(rng, township.geometry);
    }
    const code = rng.pick(preferred);
    const key = `${industry}/${code}`;
    let centre = clusterCentres.get(key);
    if (!centre) {
      const township = ctx.township(code);
      centre =
        township.kind === 'subdistrict'
          ? randomPointNear(rng, township.seat, 1200, township.geometry)
          : randomPointIn(rng, township.geometry);
      clusterCentres.set(key, centre);
    }
    return randomPointNear(rng, centre, 1200, ctx.county);
  };

  const specs: {
    name: string | null;
    industry: Industry;
    township: string | null;
    grade: string | null;
    ule: string | null;
    requirement: string | null;
    emissionTest: { on: string; result: 'pass' | 'fail' } | null;
  }[] = [...namedEnterprises.map((n) => ({ ...n }))];
  for (const [industry, plan] of Object.entries(industryPlans) as [Industry, IndustryPlan][]) {
    const count = Math.max(1, Math.round(plan.count * ctx.scale));
    for (let i = 0; i < count; i++)
      specs.push({
        name: null,
        industry,
        township: null,
        grade: null,
        ule: null,
        requirement: null,
        emissionTest: null,
      });
  }
  // whether a VOC emitter's VOCs are water-soluble (task 4): its own stream, so the other draws do not move
  const solubility = ctx.rngFor('enterprise-voc-solubility');

  specs.forEach((spec, index) => {
    const id = `E${String(index + 1).padStart(4, '0')}`;
    const plan = industryPlans[spec.industry];
    const named = spec.name !== null;
    const point = named
      ? randomPointNear(rng, ctx.township(spec.township ?? '').seat, 2500, ctx.township(spec.township ?? '').geometry)
      : place(spec.industry, plan.townships);
    const name =
      spec.name ??
      uniqueName(rng, names, (trade) =>
        spec.industry === 'oil-storage-sales' ? `忻府区${trade}${plan.suffix}` : `忻州市${trade}${plan.suffix}`,
      );
    names.add(name);
    const isHeavy = heavy.has(spec.industry);
    const grade =
      spec.grade ??
      rng.weighted<string>(
        isHeavy
          ? [
              ['A', 8],
              ['B', 35],
              ['C', 42],
              ['D', 15],
            ]
          : [
              ['A', 3],
              ['B', 30],
              ['C', 50],
              ['D', 17],
            ],
      );
    const ule =
      spec.ule ??
      (spec.industry === 'cement-grinding'
        ? rng.pick(['in-progress', 'assessment', 'accepted'])
        : spec.industry === 'heat-power'
          ? 'accepted'
          : spec.industry === 'coking'
            ? rng.pick(['in-progress', 'accepted'])
            : 'not-applicable');
    const treatment = pickTreatment(rng, spec.industry);
    const voc = vocIndustries.has(spec.industry);
    const checklist = voc
      ? Object.fromEntries(
          vocLinks.map((link) => {
            const relevant =
              link === 'filling-station'
                ? spec.industry === 'oil-storage-sales'
                : link === 'storage-tanks' || link === 'loading'
                  ? ['chemical', 'coking', 'coal-gasification', 'oil-storage-sales', 'pharmaceutical'].includes(
                      spec.industry,
                    )
                  : link === 'ldar'
                    ? ['chemical', 'coking', 'coal-gasification', 'pharmaceutical'].includes(spec.industry)
                    : true;
            return [link, relevant ? (rng.chance(0.84) ? 'ok' : 'gap') : 'n/a'];
          }),
        )
      : null;
    const carbon = treatment.includes('activated-carbon');
    const freightScale: Partial<Record<Industry, [number, number]>> = {
      'cement-grinding': [400_000, 1_400_000],
      'coal-gasification': [1_600_000, 2_200_000],
      coking: [1_200_000, 3_000_000],
      'coal-washing': [600_000, 2_000_000],
      lime: [100_000, 600_000],
      refractory: [30_000, 300_000],
      'brick-tile': [50_000, 250_000],
      'concrete-mixing': [150_000, 700_000],
      'heat-power': [200_000, 1_800_000],
      casting: [10_000, 120_000],
    };
    const [fMin, fMax] = freightScale[spec.industry] ?? [500, 40_000];
    const freight = Math.round(Math.exp(rng.range(Math.log(fMin), Math.log(fMax))) / 100) * 100;
    const railSpur =
      freight >= 1_500_000
        ? rng.weighted([
            ['operating', 40],
            ['under-construction', 25],
            ['planned', 20],
            ['none', 15],
          ])
        : rng.chance(0.03)
          ? 'operating'
          : 'none';
    const keyVehicle = freight >= 200_000 || spec.industry === 'heat-power';
    enterprises.push({
      id,
      name,
      industry: spec.industry,
      township_code: ctx.townshipOf(point),
      lon: point[0],
      lat: point[1],
      operating_status: named
        ? 'operating'
        : rng.weighted([
            ['operating', 90],
            ['suspended', 5],
            ['relocating', isHeavy ? 3 : 1],
            ['closed', 3],
          ]),
      performance_grade: grade,
      ule_status: ule,
      ule_due:
        ule === 'not-applicable' || ule === 'accepted'
          ? null
          : named || spec.industry === 'cement-grinding'
            ? '2023-06-30'
            : '2023-12-31',
      treatment_processes: JSON.stringify(treatment),
      voc_emitter: voc ? 1 : 0,
      voc_checklist: checklist ? JSON.stringify(checklist) : null,
      activated_carbon: carbon ? 1 : 0,
      carbon_replaced_on:
        carbon && rng.chance(0.93)
          ? addDays(formatDate(ctx.year, 1, 1), rng.chance(0.8) ? rng.int(59, 150) : rng.int(151, 200))
          : null,
      annual_freight_t: freight,
      rail_spur: railSpur,
      key_vehicle_unit: keyVehicle ? 1 : 0,
      gate_system: keyVehicle
        ? rng.weighted([
            ['networked', 60],
            ['installed', 25],
            ['none', 15],
          ])
        : null,
      plan_task: named ? 3 : null,
      provenance: named ? 'approximate' : 'synthetic',
      source: named ? NAMED_SOURCE : SYNTHETIC_SOURCE,
      voc_water_soluble: voc && solubility.chance(0.85) ? (solubility.chance(0.75) ? 0 : 1) : null,
      emission_test_on: spec.emissionTest?.on ?? null,
      emission_test_result: spec.emissionTest?.result ?? null,
      plan_requirement: spec.requirement,
    });
    kilns.push(...kilnsAndBoilers(rng, spec.industry, id, ctx.year));
  });
  return { enterprises, kilns };
}
