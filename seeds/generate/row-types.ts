/** Row shapes of tables whose rows are built up inside callbacks (see server/db/migrations). */
export type SqlValue = string | number | null;

export type DustfallReadingRow = {
  point_id: string;
  month: string;
  value: number;
};

export type KilnBoilerRow = {
  id: string;
  enterprise_id: string;
  kind: string;
  purpose: string;
  fuel: string;
  capacity: number;
  capacity_unit: string;
  treatment_process: string;
  low_efficiency: number;
  surveyed_on: string | null;
  compliant: number | null;
  provenance: string;
};

export type EnterpriseRow = {
  id: string;
  name: string;
  industry: string;
  township_code: string;
  lon: number;
  lat: number;
  operating_status: string;
  performance_grade: string;
  ule_status: string;
  ule_due: string | null;
  treatment_processes: string;
  voc_emitter: number;
  voc_checklist: string | null;
  activated_carbon: number;
  carbon_replaced_on: string | null;
  annual_freight_t: number;
  rail_spur: string;
  key_vehicle_unit: number;
  gate_system: string | null;
  plan_task: number | null;
  provenance: string;
  source: string;
  voc_water_soluble: number | null;
  emission_test_on: string | null;
  emission_test_result: string | null;
  plan_requirement: string | null;
};
