import type { z } from 'zod';
import {
  enterpriseQuerySchema,
  industryInfo,
  industries,
  type EnterpriseProperties,
  type KilnBoiler,
} from '../../schema/enterprise.ts';
import { pointFeature, parseJson, type LayerDefinition } from './layer-definition.ts';
import { commonFilters, inList, whereSql, type SqlFilters } from './sql-filters.ts';

interface Row {
  id: string;
  name: string;
  industry: EnterpriseProperties['industry'];
  township_code: string;
  township_name: string;
  lon: number;
  lat: number;
  operating_status: EnterpriseProperties['operatingStatus'];
  performance_grade: EnterpriseProperties['grade'];
  ule_status: EnterpriseProperties['uleStatus'];
  ule_due: string | null;
  treatment_processes: string;
  voc_emitter: number;
  voc_checklist: string | null;
  activated_carbon: number;
  carbon_replaced_on: string | null;
  annual_freight_t: number;
  rail_spur: EnterpriseProperties['railSpur'];
  key_vehicle_unit: number;
  gate_system: EnterpriseProperties['gateSystem'];
  plan_task: number | null;
  plan_requirement: string | null;
  voc_water_soluble: number | null;
  emission_test_on: string | null;
  emission_test_result: EnterpriseProperties['emissionTestResult'];
  provenance: EnterpriseProperties['provenance'];
  source: string;
}
interface KilnRow {
  id: string;
  enterprise_id: string;
  kind: KilnBoiler['kind'];
  purpose: string;
  fuel: KilnBoiler['fuel'];
  capacity: number;
  capacity_unit: KilnBoiler['capacityUnit'];
  treatment_process: string;
  low_efficiency: number;
  surveyed_on: string | null;
  compliant: number | null;
  build_kind: KilnBoiler['buildKind'];
  built_on: string | null;
}

export const enterprisesLayer: LayerDefinition<z.infer<typeof enterpriseQuerySchema>> = {
  id: 'enterprises',
  querySchema: enterpriseQuerySchema,
  /**
   * The enterprises at `asOf`: their attributes as stored, except that a dated fact after as-of's
   * day (a carbon replacement, an emission test) is not known yet and reads as null.
   */
  features(db, query, asOf) {
    const day = asOf.slice(0, 10);
    const known = (date: string | null) => (date !== null && date <= day ? date : null);
    const filters: SqlFilters[] = [commonFilters(query, 'e', 'point')];
    if (query.industry) filters.push(inList('e.industry', query.industry));
    if (query.group)
      filters.push(
        inList(
          'e.industry',
          industries.filter((i) => query.group?.includes(industryInfo[i].group)),
        ),
      );
    if (query.grade) filters.push(inList('e.performance_grade', query.grade));
    if (query.voc !== undefined) filters.push({ clauses: ['e.voc_emitter = ?'], params: [query.voc ? 1 : 0] });
    const where = whereSql(...filters);
    const rows = db
      .prepare(
        `SELECT e.*, t.name AS township_name FROM enterprises e JOIN townships t ON t.code = e.township_code` +
          `${where.sql} ORDER BY e.id`,
      )
      .all(...where.params) as Row[];
    const kilns = new Map<string, KilnBoiler[]>();
    for (const k of db.prepare('SELECT * FROM kilns_boilers ORDER BY id').all() as KilnRow[]) {
      const list = kilns.get(k.enterprise_id) ?? [];
      list.push({
        id: k.id,
        kind: k.kind,
        purpose: k.purpose,
        fuel: k.fuel,
        capacity: k.capacity,
        capacityUnit: k.capacity_unit,
        treatmentProcess: k.treatment_process,
        lowEfficiency: k.low_efficiency === 1,
        surveyedOn: k.surveyed_on,
        compliant: k.compliant === null ? null : k.compliant === 1,
        buildKind: k.build_kind,
        builtOn: k.built_on,
      });
      kilns.set(k.enterprise_id, list);
    }
    return rows.map((r) => {
      const checklist = r.voc_checklist
        ? parseJson<NonNullable<EnterpriseProperties['vocChecklist']>>(r.voc_checklist)
        : null;
      const testOn = known(r.emission_test_on);
      const properties: EnterpriseProperties = {
        id: r.id,
        name: r.name,
        industry: r.industry,
        industryGroup: industryInfo[r.industry].group,
        township: r.township_code,
        townshipName: r.township_name,
        operatingStatus: r.operating_status,
        grade: r.performance_grade,
        uleStatus: r.ule_status,
        uleDue: r.ule_due,
        treatmentProcesses: parseJson(r.treatment_processes),
        vocEmitter: r.voc_emitter === 1,
        vocWaterSoluble: r.voc_water_soluble === null ? null : r.voc_water_soluble === 1,
        vocChecklist: checklist,
        vocGaps: checklist ? Object.values(checklist).filter((s) => s === 'gap').length : 0,
        activatedCarbon: r.activated_carbon === 1,
        carbonReplacedOn: known(r.carbon_replaced_on),
        annualFreightT: r.annual_freight_t,
        railSpur: r.rail_spur,
        keyVehicleUnit: r.key_vehicle_unit === 1,
        gateSystem: r.gate_system,
        planTask: r.plan_task,
        planRequirement: r.plan_requirement,
        emissionTestOn: testOn,
        emissionTestResult: testOn === null ? null : r.emission_test_result,
        kilnsBoilers: kilns.get(r.id) ?? [],
        provenance: r.provenance,
        source: r.source,
      };
      return pointFeature(r.id, r.lon, r.lat, properties);
    });
  },
};
