/**
 * Standard-coal conversion (折标准煤) of the energy ledger's physical quantities, after GB/T 2589-2020
 * 《综合能耗计算通则》 附录 A: 1 kgce = 29.3076 MJ. Pure: no db, no http.
 *
 * @module
 */

/** One conversion factor: tonnes of standard coal (tce) per unit of the ledger column, and where it comes from. */
export interface ConversionFactor {
  /** tce per ledger unit (t coal, 10⁴ m³ gas, MWh electricity, t biomass). */
  tcePerUnit: number;
  unit: { zh: string; en: string };
  source: { zh: string; en: string };
  /** A value the standard does not give: this console's convention. */
  convention: boolean;
}

/** The four energy carriers of the ledger. */
export type EnergyCarrier = 'coal' | 'gas' | 'electricity' | 'biomass';

/**
 * The factors: 原煤 0.7143 kgce/kg (= 0.7143 tce/t); 天然气 1.2143 kgce/m³ (the reference value of the range
 * 1.100–1.330; = 12.143 tce per 10⁴ m³); 电力 当量值 0.1229 kgce/kWh (= 0.1229 tce/MWh); 生物质 0.5 kgce/kg, a
 * console convention (GB/T 2589-2020 lists no biomass fuel): a typical low heating value of biomass pellets,
 * 14.65 MJ/kg, over 29.3076 MJ/kgce.
 *
 * @example
 * conversionFactors.gas.tcePerUnit; // 12.143
 */
export const conversionFactors: Readonly<Record<EnergyCarrier, ConversionFactor>> = {
  coal: {
    tcePerUnit: 0.7143,
    unit: { zh: '吨', en: 't' },
    source: { zh: 'GB/T 2589-2020 附录A：原煤 0.7143 kgce/kg', en: 'GB/T 2589-2020 annex A: raw coal 0.7143 kgce/kg' },
    convention: false,
  },
  gas: {
    tcePerUnit: 12.143,
    unit: { zh: '万立方米', en: '10⁴ m³' },
    source: {
      zh: 'GB/T 2589-2020 附录A：天然气 1.100–1.330 kgce/m³，取参考值 1.2143',
      en: 'GB/T 2589-2020 annex A: natural gas 1.100–1.330 kgce/m³, reference value 1.2143 used',
    },
    convention: false,
  },
  electricity: {
    tcePerUnit: 0.1229,
    unit: { zh: '兆瓦时', en: 'MWh' },
    source: {
      zh: 'GB/T 2589-2020 附录A：电力当量值 0.1229 kgce/kWh',
      en: 'GB/T 2589-2020 annex A: electricity, calorific equivalent 0.1229 kgce/kWh',
    },
    convention: false,
  },
  biomass: {
    tcePerUnit: 0.5,
    unit: { zh: '吨', en: 't' },
    source: {
      zh: '本系统约定：GB/T 2589-2020 未列生物质，按成型燃料低位发热量约 14.65 MJ/kg 折 0.5 kgce/kg',
      en:
        'console convention: GB/T 2589-2020 lists no biomass; pellets at about 14.65 MJ/kg low heating value ' +
        'give 0.5 kgce/kg',
    },
    convention: true,
  },
};

/** One enterprise-year of the ledger in physical units (the columns of `energy_ledger`). */
export interface EnergyQuantities {
  /** Raw coal, t. */
  coalT: number;
  /** Natural gas, 10⁴ m³. */
  gas10kM3: number;
  /** Electricity bought or generated, MWh. */
  electricityMwh: number;
  /** Biomass fuel, t. */
  biomassT: number;
  /** Of the electricity, own or contracted green power (自有或协议绿电), MWh. */
  nonFossilMwh: number;
}

/** Standard-coal equivalents, tce. */
export interface StandardCoal {
  coal: number;
  gas: number;
  electricity: number;
  biomass: number;
  total: number;
  /** Biomass plus the green part of the electricity (capped at the electricity). */
  nonFossil: number;
}

/** Rounds to 3 decimals (kgce), so sums do not carry float noise. */
export const roundTce = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The standard-coal equivalents of one ledger row. Electricity counts at its 当量值 (0.1229 kgce/kWh), never at the
 * 等价值 of the power plants' coal. Non-fossil energy is the biomass plus only the enterprise's own or contracted
 * green power (the grid's non-fossil part is not attributed to anybody), the green power capped at the electricity.
 *
 * @example
 * toStandardCoal({ coalT: 1000, gas10kM3: 10, electricityMwh: 1000, biomassT: 100, nonFossilMwh: 200 });
 * // { coal: 714.3, gas: 121.43, electricity: 122.9, biomass: 50, total: 1008.63, nonFossil: 74.58 }
 */
export function toStandardCoal(q: EnergyQuantities): StandardCoal {
  const f = conversionFactors;
  const coal = q.coalT * f.coal.tcePerUnit;
  const gas = q.gas10kM3 * f.gas.tcePerUnit;
  const electricity = q.electricityMwh * f.electricity.tcePerUnit;
  const biomass = q.biomassT * f.biomass.tcePerUnit;
  const green = Math.min(q.nonFossilMwh, q.electricityMwh) * f.electricity.tcePerUnit;
  return {
    coal: roundTce(coal),
    gas: roundTce(gas),
    electricity: roundTce(electricity),
    biomass: roundTce(biomass),
    total: roundTce(coal + gas + electricity + biomass),
    nonFossil: roundTce(biomass + green),
  };
}
