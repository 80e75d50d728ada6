import type { Db } from '../server/db/open-database.ts';
import { migrate } from '../server/db/migrate.ts';
import { planDocumentSchema } from '../server/schema/plan.ts';
import { createGeneratorContext } from './generate/context.ts';
import { seedCityIndicators } from './generate/city-indicators.ts';
import { generateConstructionSites } from './generate/construction-sites.ts';
import { generateDevices } from './generate/devices.ts';
import { generateDustfall, generateFuelPoints } from './generate/dustfall.ts';
import { generateEnterprises } from './generate/enterprises.ts';
import { seedEmergency } from './generate/emergency.ts';
import { seedBuiltUpArea } from './generate/built-up-area.ts';
import { seedRoadDust } from './generate/road-segments.ts';
import { seedStockyards } from './generate/stockyards.ts';
import { seedCases } from './generate/cases.ts';
import { seedEnergy } from './generate/energy.ts';
import { seedFuelSamples } from './generate/fuel-samples.ts';
import { seedAssistanceVisits } from './generate/assistance-visits.ts';
import { seedVocLedger } from './generate/voc-ledger.ts';
import { seedMuckTrucks } from './generate/muck-trucks.ts';
import { seedRoadsideChecks } from './generate/roadside-checks.ts';
import { generateMachines } from './generate/machines.ts';
import { generateNrmmZones } from './generate/nrmm-zones.ts';
import { generateOutlets } from './generate/outlets.ts';
import { generatePlanRows } from './generate/plan.ts';
import { generateReadings } from './generate/readings.ts';
import { generateStations } from './generate/stations.ts';
import { seedStationWind } from './generate/station-wind.ts';
import { generateTownshipRows } from './generate/townships.ts';
import { generateVillages } from './generate/villages.ts';
import { seedVehicles } from './generate/vehicles.ts';
import { seedDepartments } from './generate/departments.ts';
import { seedPublicReports } from './generate/public-reports.ts';
import { insertRows, rowInserter } from './insert-rows.ts';
import { loadReferenceData, type ReferenceData } from '../server/reference/load-reference-data.ts';
import { createRng } from './random.ts';
import { cstInstant } from '../server/time/cst.ts';

/** Options of the demo-data generator. */
export interface SeedOptions {
  /** PRNG seed: same seed (and scale), same database content. */
  seed: string;
  /** Size multiplier; 1 is the realistic district. Scale 4 gives > 1,000,000 readings and machine positions. */
  scale: number;
  /** Replace the data of a database that already holds some (otherwise refuse). */
  replace: boolean;
}

export const defaultSeedOptions: SeedOptions = { seed: 'lantian-2023', scale: 1, replace: false };

/** The demo year: the plan is for 2023. */
export const DEMO_YEAR = 2023;

/** Data tables in insertion (foreign-key) order; deletion runs in reverse. */
export const dataTables = [
  'dataset_meta',
  'plan_targets',
  'plan_tasks',
  'city_indicators',
  'townships',
  'villages',
  'clean_heating',
  'coal_reburn_reports',
  'enterprises',
  'kilns_boilers',
  'outlets',
  'outlet_readings',
  'construction_sites',
  'site_inspections',
  'nrmm_zones',
  'machines',
  'machine_positions',
  'stations',
  'station_readings',
  'station_wind',
  'dustfall_points',
  'dustfall_readings',
  'fuel_points',
  'devices',
  'device_errors',
  'device_data',
  'emergency_requirements',
  'emergency_list_versions',
  'emergency_list_entries',
  'emergency_list_measures',
  'emergency_list_reductions',
  'stagger_schedules',
  'attachments',
  'emergency_warnings',
  'emergency_warning_events',
  'emergency_steps',
  'emergency_notifications',
  'emergency_supervisors',
  'emergency_visits',
  'gate_truck_records',
  'built_up_areas',
  'vehicles',
  'checkpoints',
  'roadside_checks',
  'repair_shops',
  'repair_shop_inspections',
  'disposal_sites',
  'muck_trucks',
  'muck_permits',
  'muck_positions',
  'spill_reports',
  'road_segments',
  'road_cleaning_standards',
  'road_cleanings',
  'road_dust_loads',
  'stockyards',
  'stockyard_inspections',
  'departments',
  'task_departments',
  'township_leaders',
  'department_plan_items',
  'special_funds',
  'energy_ledger',
  'coal_projects',
  'high_energy_projects',
  'carbon_replacements',
  'carbon_transfers',
  'voc_materials',
  'assistance_visits',
  'assistance_requests',
  'alerts',
  'alert_events',
  'task_events',
  'public_reports',
  'fuel_samples',
  'enforcement_cases',
  'case_steps',
  'case_attachments',
  'fuel_traces',
] as const;

/** Row counts per table after seeding. */
export type SeedSummary = Record<(typeof dataTables)[number], number>;

/**
 * Migrates `db` and fills it with the reference data (official where it exists) and the
 * deterministic synthetic demo data, all in one transaction.
 *
 * @example
 * seedDatabase(openDatabase('data/lantian.db'), { ...defaultSeedOptions, scale: 4 });
 */
export function seedDatabase(
  db: Db,
  options: Partial<SeedOptions> = {},
  ref: ReferenceData = loadReferenceData(),
): SeedSummary {
  const { seed, scale, replace } = { ...defaultSeedOptions, ...options };
  if (!(scale > 0 && scale <= 100)) throw new Error(`scale must be in (0, 100], got ${scale}`);
  migrate(db);
  const rootRng = createRng(seed);
  const ctx = createGeneratorContext(ref, rootRng, DEMO_YEAR, scale);

  db.transaction(() => {
    // one `reset` row in the change log instead of one row per seeded row (server/db/migrations/0005)
    db.prepare("INSERT INTO change_log_pause (reason) VALUES ('seed')").run();
    const existing = db.prepare('SELECT count(*) AS n FROM townships').get() as { n: number };
    if (existing.n > 0) {
      if (!replace) throw new Error('database already holds data; pass replace to regenerate it');
      // accounts outlive a reseed; their departments (issue 17) do not
      db.prepare('UPDATE users SET department_id = NULL WHERE department_id IS NOT NULL').run();
      for (const table of [...dataTables].reverse()) db.prepare(`DELETE FROM ${table}`).run();
    }
    const plan = generatePlanRows(ref.plan);
    insertRows(db, 'plan_targets', plan.targets);
    insertRows(db, 'plan_tasks', plan.tasks);
    // synthetic example of the city-assigned indicators (seeds/generate/city-indicators.ts)
    seedCityIndicators(db, DEMO_YEAR);
    insertRows(db, 'townships', generateTownshipRows(ref));

    const villages = generateVillages(ctx);
    insertRows(db, 'villages', villages.villages);
    insertRows(db, 'clean_heating', villages.heating);
    insertRows(db, 'coal_reburn_reports', villages.reports);

    const enterprises = generateEnterprises(ctx);
    insertRows(db, 'enterprises', enterprises.enterprises);
    insertRows(db, 'kilns_boilers', enterprises.kilns);
    // the demo stack outlets (issue 14) of the enterprises that would have CEMS; hourly data only for the listed
    // enterprises' outlets in November–December (seedEmergency below), later hours come from the simulator
    const outlets = generateOutlets(ctx.rngFor, enterprises.enterprises);
    insertRows(db, 'outlets', outlets);

    const sites = generateConstructionSites(ctx);
    insertRows(db, 'construction_sites', sites.sites);
    insertRows(db, 'site_inspections', sites.inspections);

    insertRows(db, 'nrmm_zones', generateNrmmZones(ctx));

    // positions stream in before their machine rows; foreign keys are checked at commit
    db.pragma('defer_foreign_keys = ON');
    const insertPosition = rowInserter(db, 'machine_positions', ['machine_id', 'ts', 'lon', 'lat', 'township_code']);
    const machines = generateMachines(
      ctx,
      { sites: sites.sites, enterprises: enterprises.enterprises, villages: villages.villages },
      (row) => insertPosition({ ...row }),
    );
    insertRows(db, 'machines', machines);

    const hotspots = [
      ...enterprises.enterprises.filter((e) =>
        ['refractory', 'lime', 'brick-tile', 'casting', 'coking', 'cement-grinding'].includes(e.industry),
      ),
      ...sites.sites,
    ];
    const stations = generateStations(ctx, hotspots);
    insertRows(db, 'stations', stations.rows);
    const insertReading = rowInserter(db, 'station_readings', [
      'station_code',
      'ts',
      'so2',
      'no2',
      'pm10',
      'pm25',
      'co',
      'o3',
    ]);
    generateReadings(ctx.rngFor('readings'), DEMO_YEAR, stations.sites, (row) => insertReading({ ...row }));
    // issue 18: a synthetic hourly wind where the national stations have readings
    seedStationWind(db, ctx.rngFor('station-wind'));

    const dustfall = generateDustfall(ctx);
    insertRows(db, 'dustfall_points', dustfall.points);
    insertRows(db, 'dustfall_readings', dustfall.readings);
    insertRows(db, 'fuel_points', generateFuelPoints(ctx));

    // the demo HJ 212 devices (issue 14): one per active station and per outlet, password lantian
    const outletIds = db.prepare('SELECT id FROM outlets ORDER BY id').all() as { id: string }[];
    const presentUtc = cstInstant(`${DEMO_YEAR}-12-31T23:00`).toISOString();
    const devices = generateDevices(ctx.rngFor('devices'), stations.rows, outletIds, presentUtc);
    insertRows(
      db,
      'devices',
      devices.map((row) => ({ ...row })),
    );

    // the heavy-pollution response (issue 15): list, schedules, warnings on the worst seeded days, their records
    // and the listed outlets' CEMS hours up to the last hour of the year
    seedEmergency(db, ctx, enterprises.enterprises, outlets, `${DEMO_YEAR + 1}-01-01T00:00`);

    // vehicles, roads and dust (issue 16): each generator inserts its own tables, marked synthetic
    // issue 16 seeds: built-up area
    seedBuiltUpArea(db, ctx);
    // issue 16 seeds: vehicles
    seedVehicles(db, ctx, enterprises.enterprises);
    // issue 16 seeds: roadside checks and repair shops
    seedRoadsideChecks(db, ctx);
    // issue 16 seeds: muck trucks
    seedMuckTrucks(db, ctx);
    // issue 16 seeds: roads
    seedRoadDust(db, ctx);
    // issue 16 seeds: stockyards
    seedStockyards(db, ctx);

    // enforcement, assistance and accountability (issue 17): each generator inserts its own tables, marked synthetic
    // issue 17 seeds: departments
    seedDepartments(db, ctx);
    // issue 17 seeds: energy
    seedEnergy(db, ctx);
    // issue 17 seeds: fuel and voc
    seedFuelSamples(db, ctx);
    seedVocLedger(db, ctx);
    // issue 17 seeds: reports
    seedPublicReports(db, ctx);
    // issue 17 seeds: visits
    seedAssistanceVisits(db, ctx);
    // issue 17 seeds: cases
    seedCases(db, ctx);

    const meta: Record<string, string> = {
      seed,
      scale: String(scale),
      generator: 'seeds/seed-database.ts v1',
      demo_year: String(DEMO_YEAR),
      readings_from: `${DEMO_YEAR}-01-01T01:00`,
      readings_to: `${DEMO_YEAR + 1}-01-01T00:00`,
      default_as_of: `${DEMO_YEAR}-12-31T23:00`,
      plan_document: JSON.stringify(planDocumentSchema.parse(ref.plan)),
      note:
        'Reference geometry and codes are official or approximate (see geodata/README.md); ' +
        'everything else is synthetic demo data.',
    };
    insertRows(
      db,
      'dataset_meta',
      Object.entries(meta).map(([key, value]) => ({ key, value })),
    );
    db.prepare('DELETE FROM change_log_pause').run();
    db.prepare('DELETE FROM change_log').run(); // what it said is about the data just replaced
    db.prepare("INSERT INTO change_log (topic) VALUES ('reset')").run();
  })();

  return Object.fromEntries(
    dataTables.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]),
  ) as SeedSummary;
}
