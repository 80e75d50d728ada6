import type { GeneratorContext } from './context.ts';
import { addDays, formatDate } from '../../server/time/cst.ts';
import { randomPointIn, randomPointNear } from './geo-sampler.ts';
import { sourceNotes } from '../../server/schema/source-notes.ts';

/** 二十里铺村委会 in 云中路街道: the plan (task 7) orders its clean-heating retrofit finished. */
export const ERSHILIPU_CODE = '140902004204';

const SOURCE_VILLAGE = sourceNotes.village.en;
const SOURCE_HEATING = sourceNotes.villageHeating.en;

/** Villages with synthetic positions, their clean-heating status and coal re-burning reports. */
export function generateVillages(ctx: GeneratorContext) {
  const rng = ctx.rngFor('villages');
  const villages = [];
  const heating = [];
  const reports = [];
  for (const v of ctx.ref.villages) {
    const township = ctx.township(v.townshipCode);
    const [lon, lat] =
      v.kind === 'community'
        ? randomPointNear(rng, township.seat, 900, township.geometry)
        : randomPointIn(rng, township.geometry);
    villages.push({
      code: v.code,
      name: v.name,
      kind: v.kind,
      township_code: v.townshipCode,
      lon,
      lat,
      provenance: 'synthetic',
      source: SOURCE_VILLAGE,
    });

    const urban = township.kind === 'subdistrict';
    let retrofitType: string;
    if (v.code === ERSHILIPU_CODE) retrofitType = 'none';
    else if (v.kind === 'community') retrofitType = rng.chance(0.95) ? 'district-heating' : 'coal-to-gas';
    else if (!rng.chance(urban ? 0.95 : 0.86)) retrofitType = 'none';
    else
      retrofitType = rng.weighted([
        ['coal-to-electricity', 45],
        ['coal-to-gas', urban ? 45 : 30],
        ['heat-pump', 12],
        ['biomass', urban ? 2 : 13],
      ]);
    const retrofitted = retrofitType !== 'none';
    const stable = retrofitted ? rng.chance(v.kind === 'community' ? 0.97 : 0.84) : null;
    heating.push({
      village_code: v.code,
      retrofit_type: retrofitType,
      retrofit_year: retrofitted ? rng.int(v.kind === 'community' ? 2014 : 2017, 2022) : null,
      households: v.kind === 'community' ? rng.int(800, 3200) : rng.int(120, 950),
      stable_operation: stable === null ? null : stable ? 1 : 0,
      in_progress: v.code === ERSHILIPU_CODE ? 1 : 0,
      provenance: 'synthetic',
      source: v.code === ERSHILIPU_CODE ? sourceNotes.villageNamed.en : SOURCE_HEATING,
    });

    if (!retrofitted || v.kind === 'community') continue;
    const reportCount = stable ? (rng.chance(0.05) ? 1 : 0) : rng.chance(0.55) ? rng.int(1, 3) : 0;
    for (let i = 0; i < reportCount; i++) {
      // heating season days of the demo year: 1 Jan – 15 Mar and 15 Nov – 31 Dec
      const offset = rng.chance(0.6) ? rng.int(0, 73) : rng.int(318, 364);
      reports.push({
        id: `R${v.code}-${i + 1}`,
        village_code: v.code,
        reported_on: addDays(formatDate(ctx.year, 1, 1), offset),
        channel: rng.weighted([
          ['patrol', 5],
          ['hotline', 3],
          ['township', 3],
          ['satellite', 1],
        ]),
        provenance: 'synthetic',
        note: null,
      });
    }
  }
  return { villages, heating, reports };
}
