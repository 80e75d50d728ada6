import { putCityIndicators } from '../../server/db/city-indicators-repository.ts';
import type { Db } from '../../server/db/open-database.ts';
import { cityIndicatorsInputSchema, type CityIndicatorsInput } from '../../server/schema/city-indicators.ts';

/**
 * The demo database's city-assigned indicators for 2023 (requirement G1/G2).
 *
 * Provenance: SYNTHETIC. The plan names 「市政府下达我区…年度约束性指标」 without a figure, and the city's
 * document is not in the repository; these figures are an invented example, plausible for Xinfu (a little looser
 * than the plan's own 35 µg/m³ PM2.5, caps in tonnes per year of the order of a county district), stored with
 * provenance `synthetic` and a source name that says so. A real install starts with no row; an admin enters the
 * city's figures in 数据 → 市下达年度约束性指标 (PUT /api/plan/indicators/:year).
 */
export const syntheticCityIndicators2023: CityIndicatorsInput = cityIndicatorsInputSchema.parse({
  concentrations: { 'PM2.5': 38, PM10: 72, SO2: 14, NO2: 30, CO: 1.6, O3: 170 },
  goodDayRatio: 72,
  emissions: {
    SO2: { cap: 1850, reduction: 120 },
    NOx: { cap: 4200, reduction: 260 },
    PM: { cap: 3100, reduction: 150 },
    VOCs: { cap: 2600, reduction: 110 },
  },
  source: {
    name: '示例：市下达2023年度约束性指标（合成数据，待导入正式文件）',
    number: null,
    issuer: '忻州市人民政府（示例）',
    issuedOn: '2023-03-15',
  },
  provenance: 'synthetic',
});

/** Inserts the synthetic 2023 row (inside the seed's transaction). */
export function seedCityIndicators(db: Db, year: number): void {
  putCityIndicators(db, year, syntheticCityIndicators2023, `${year}-03-15T00:00:00.000Z`, 'seed');
}
