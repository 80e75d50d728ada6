import { addDays, formatDate, monthsOf } from '../../server/time/cst.ts';
import type { GeneratorContext } from './context.ts';
import type { DustfallReadingRow } from './row-types.ts';
import { randomPointIn, randomPointNear } from './geo-sampler.ts';
import { sourceNotes } from '../../server/schema/source-notes.ts';

/**
 * Dustfall monitoring points (2 per township, 2 more in each subdistrict's built-up area) and
 * their monthly 2023 readings in t/(km²·month): spring wind and heating season raise dustfall,
 * summer rain lowers it; urban and industrial townships run higher. Levels follow what Shanxi
 * bulletins report for Xinzhou (around the 7.0 limit, 11.0 in the worst month of 2022).
 */
export function generateDustfall(ctx: GeneratorContext) {
  const rng = ctx.rngFor('dustfall');
  const points = [];
  const readings: DustfallReadingRow[] = [];
  const seasonal = [1.05, 1.1, 1.3, 1.45, 1.3, 0.95, 0.75, 0.72, 0.8, 0.95, 1.0, 1.05];
  let n = 0;
  for (const township of ctx.ref.townships) {
    const urban = township.kind === 'subdistrict';
    const level = rng.range(urban ? 5.8 : 4.6, urban ? 8.2 : 7.4);
    for (let k = 0; k < 2; k++) {
      const id = `D${String(++n).padStart(3, '0')}`;
      const point =
        k === 0 || urban
          ? randomPointNear(rng, township.seat, urban ? 700 : 1500, township.geometry)
          : randomPointIn(rng, township.geometry);
      points.push({
        id,
        name: `${township.name}降尘监测点${k + 1}`,
        township_code: ctx.townshipOf(point),
        lon: point[0],
        lat: point[1],
        provenance: 'synthetic',
        source: sourceNotes.dustfallPoint.en,
      });
      const local = level * rng.range(0.85, 1.15);
      monthsOf(ctx.year).forEach((month, m) => {
        const value = local * (seasonal[m] ?? 1) * Math.exp(rng.normal(0, 0.16));
        readings.push({ point_id: id, month, value: Math.round(value * 100) / 100 });
      });
    }
  }
  return { points, readings };
}

/** Reported illegal fuel points (task 17), ~24 at scale 1, along roads near towns. */
export function generateFuelPoints(ctx: GeneratorContext) {
  const rng = ctx.rngFor('fuel-points');
  const rows = [];
  const count = Math.round(24 * ctx.scale);
  const kindNames = {
    'unlicensed-tank': '自建油罐',
    'mobile-truck': '流动加油车',
    'black-station': '黑加油点',
  } as const;
  for (let i = 0; i < count; i++) {
    const township = rng.pick(ctx.ref.townships);
    const point = randomPointNear(rng, township.seat, 2500, ctx.county);
    const kind = rng.weighted<keyof typeof kindNames>([
      ['unlicensed-tank', 3],
      ['mobile-truck', 4],
      ['black-station', 3],
    ]);
    const reported = addDays(formatDate(ctx.year, 1, 1), rng.int(0, 340));
    const status = rng.weighted<'reported' | 'verified' | 'closed'>([
      ['reported', 3],
      ['verified', 3],
      ['closed', 4],
    ]);
    const code = ctx.townshipOf(point);
    rows.push({
      id: `F${String(i + 1).padStart(3, '0')}`,
      name: `${ctx.township(code).name}${kindNames[kind]}（线索${i + 1}）`,
      kind,
      township_code: code,
      lon: point[0],
      lat: point[1],
      reported_on: reported,
      status,
      closed_on: status === 'closed' ? addDays(reported, rng.int(3, 40)) : null,
      provenance: 'synthetic',
      source: sourceNotes.fuelPoint.en,
    });
  }
  return rows;
}
