import type { Db } from '../../server/db/open-database.ts';
import type { CarbonForm, VocMaterial, VocUnit } from '../../server/schema/enums/voc-material.ts';
import { vocMaterialStandards } from '../../server/schema/enums/voc-material.ts';
import { IODINE_FLOORS_MG_G } from '../../server/voc/carbon-quality.ts';
import { addDays } from '../../server/time/cst.ts';
import type { Rng } from '../random.ts';
import type { GeneratorContext } from './context.ts';

/** The `source` of the seeded carbon records. */
export const CARBON_SOURCE =
  '演示数据（合成）：为登记有活性炭吸附设施的企业随机生成2023年的更换记录（填充量、碘值、废炭量）和' +
  '危险废物转移联单，最近一次更换与企业台账的更换日期一致；联单号和接收单位均为虚构；请以导入或录入的台账替换。';

/** The `source` of the seeded material records. */
export const MATERIAL_SOURCE =
  '演示数据（合成）：为工业涂装、包装印刷、人造板材企业随机生成2021–2023年的原辅材料使用量和VOCs含量，' +
  '低VOCs产品占比逐年提高；限值为记录自行申报的合成数值，并非产品标准原文；请以导入或录入的台账替换。';

/** Fictitious licensed receivers of spent carbon (HW49). */
const receivers = [
  '忻州示例危废处置有限公司（虚构）',
  '晋北示例环保科技有限公司（虚构）',
  '示例固废综合利用中心（虚构）',
];

/** Materials each key industry uses. */
const industryMaterials: Readonly<Record<string, readonly VocMaterial[]>> = {
  'industrial-coating': ['coating', 'coating', 'cleaner'],
  'packaging-printing': ['ink', 'ink', 'adhesive', 'cleaner'],
  'wood-panel': ['adhesive', 'adhesive', 'coating'],
};

/** A low-VOC (water-based, UV …) and a conventional product of each kind, with the limits their records declare. */
const products: Readonly<
  Record<VocMaterial, { unit: VocUnit; low: [string, number]; conventional: [string, number] }>
> = {
  coating: { unit: 'g/L', low: ['水性工业防护涂料', 250], conventional: ['溶剂型防腐底漆', 420] },
  ink: { unit: '%', low: ['水性凹印油墨', 30], conventional: ['溶剂型凹印油墨', 75] },
  adhesive: { unit: 'g/kg', low: ['水基型胶粘剂', 50], conventional: ['溶剂型胶粘剂', 550] },
  cleaner: { unit: 'g/L', low: ['水基清洗剂', 50], conventional: ['有机溶剂清洗剂', 900] },
};

/** The share of low-VOC products by year (rising). */
const lowShare: Readonly<Record<number, number>> = { 2021: 0.35, 2022: 0.55, 2023: 0.75 };

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

/**
 * Activated-carbon replacements and transfers for every enterprise with adsorption whose register dates a
 * replacement (one to three in the demo year, the latest on the register's date; one or two units; mostly full
 * fills, a few short; iodine values around the console's floors), transfers for most (a few late or missing at the
 * demo as-of); and low-VOC material use 2021–2023 for the enterprises of the three key industries, the compliant
 * share rising, a few conventional products over their declared limit in the last year. Reads the enterprises;
 * inserts `carbon_replacements`, `carbon_transfers`, `voc_materials`.
 */
export function seedVocLedger(db: Db, ctx: GeneratorContext): void {
  seedCarbon(db, ctx, ctx.rngFor('voc-carbon'));
  seedMaterials(db, ctx, ctx.rngFor('voc-materials'));
}

function seedCarbon(db: Db, ctx: GeneratorContext, rng: Rng): void {
  const enterprises = db
    .prepare(
      `SELECT id, carbon_replaced_on AS replacedOn FROM enterprises
       WHERE activated_carbon = 1 AND carbon_replaced_on IS NOT NULL ORDER BY id`,
    )
    .all() as { id: string; replacedOn: string }[];
  const insertReplacement = db.prepare(
    `INSERT INTO carbon_replacements (enterprise_id, facility, replaced_on, carbon_form, filled_kg, design_fill_kg,
       iodine_mg_g, spent_kg, provenance, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'synthetic', ?)`,
  );
  const insertTransfer = db.prepare(
    `INSERT INTO carbon_transfers (enterprise_id, replacement_id, manifest_no, receiver, quantity_kg, transferred_on,
       provenance, source) VALUES (?, ?, ?, ?, ?, ?, 'synthetic', ?)`,
  );
  const yearEnd = `${ctx.year}-12-31`;
  let manifest = 0;
  for (const e of enterprises) {
    const units = rng.chance(0.2) ? ['1#活性炭吸附箱', '2#活性炭吸附箱'] : ['1#活性炭吸附箱'];
    const form = rng.weighted<CarbonForm>([
      ['honeycomb', 60],
      ['granular', 35],
      ['fibre', 5],
    ]);
    const design = new Map(units.map((u) => [u, roundTo(rng.range(200, 1500), 50)]));
    const count = rng.int(1, 3);
    const dates = [e.replacedOn];
    for (let i = 1; i < count; i++) {
      const earlier = addDays(dates[0] ?? e.replacedOn, -rng.int(45, 90));
      if (earlier < `${ctx.year}-01-01`) break;
      dates.unshift(earlier);
    }
    for (const day of dates) {
      const facility = rng.pick(units);
      const designKg = design.get(facility) ?? 500;
      const filled = rng.chance(0.02) ? roundTo(designKg * rng.range(0.7, 0.95), 10) : designKg;
      const floor = IODINE_FLOORS_MG_G[form];
      const iodine =
        floor === null ? null : rng.chance(0.025) ? floor - rng.int(10, 80) : floor + roundTo(rng.range(10, 180), 5);
      const spent = roundTo(designKg * rng.range(1.0, 1.2), 5);
      const id = Number(
        insertReplacement.run(e.id, facility, day, form, filled, designKg, iodine, spent, CARBON_SOURCE)
          .lastInsertRowid,
      );
      const fate = rng.weighted<'timely' | 'late' | 'missing'>([
        ['timely', 90],
        ['late', 5],
        ['missing', 5],
      ]);
      if (fate === 'missing') continue;
      const on = addDays(day, fate === 'timely' ? rng.int(7, 80) : rng.int(95, 160));
      if (on > yearEnd) continue;
      manifest += 1;
      const manifestNo = `1409${ctx.year}${String(manifest).padStart(5, '0')}`;
      insertTransfer.run(e.id, id, manifestNo, rng.pick(receivers), spent, on, CARBON_SOURCE);
    }
  }
}

function seedMaterials(db: Db, ctx: GeneratorContext, rng: Rng): void {
  const enterprises = db
    .prepare(
      `SELECT id, industry FROM enterprises
       WHERE industry IN ('industrial-coating', 'packaging-printing', 'wood-panel') ORDER BY id`,
    )
    .all() as { id: string; industry: string }[];
  const insert = db.prepare(
    `INSERT INTO voc_materials (enterprise_id, year, material, product, quantity_t, voc_content, voc_unit,
       limit_value, standard, low_voc, provenance, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'synthetic', ?)`,
  );
  const years = [ctx.year - 2, ctx.year - 1, ctx.year];
  for (const e of enterprises) {
    const kinds = industryMaterials[e.industry] ?? [];
    const scale = rng.range(0.5, 3);
    const careless = rng.chance(0.06); // uses a conventional product over its declared limit in the last year
    for (const year of years) {
      const share = lowShare[year] ?? 0.7;
      kinds.forEach((material, index) => {
        const spec = products[material];
        const over = careless && year === ctx.year && index === 0;
        const low = !over && rng.chance(share);
        const [product, limit] = low ? spec.low : spec.conventional;
        const content = over ? roundTo(limit * rng.range(1.05, 1.25), 1) : roundTo(limit * rng.range(0.55, 0.95), 1);
        const quantity = Math.round(rng.range(1, 25) * scale * 10) / 10;
        insert.run(
          e.id,
          year,
          material,
          product,
          quantity,
          content,
          spec.unit,
          limit,
          vocMaterialStandards[material],
          low ? 1 : 0,
          MATERIAL_SOURCE,
        );
      });
    }
  }
}
