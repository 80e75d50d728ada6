import type { z } from 'zod';
import { airSurfaceResponseSchema } from '../schema/air-surface.ts';
import { bootstrapResponseSchema } from '../schema/bootstrap.ts';
import { machineDensityResponseSchema } from '../schema/machine-density.ts';
import { openApiDocumentSchema } from '../schema/openapi.ts';
import { fuelSamplesResponseSchema, fuelSamplesSummarySchema } from '../schema/fuel-samples.ts';
import { visitsListResponseSchema, visitsSummarySchema } from '../schema/visits.ts';
import { caseDetailSchema, caseSummarySchema, casesResponseSchema } from '../schema/cases.ts';
import {
  publicReportDetailSchema,
  publicReportFollowUpSchema,
  publicReportsResponseSchema,
} from '../schema/public-reports.ts';
import { muckTrackResponseSchema } from '../schema/muck-track.ts';
import { permitSchema, spillSchema, violationsResponseSchema } from '../schema/muck.ts';
import { staggerResponseSchema } from '../schema/stagger.ts';
import {
  cleaningsResponseSchema,
  dustLoadsResponseSchema,
  scheduleResponseSchema,
  standardsResponseSchema,
} from '../schema/roads.ts';
import { alertSchema, alertsResponseSchema, assigneesResponseSchema } from '../schema/alerts.ts';
import { aqDailyResponseSchema, aqEvaluationResponseSchema } from '../schema/aq.ts';
import { auditResponseSchema } from '../schema/audit.ts';
import { cityIndicatorsResponseSchema } from '../schema/city-indicators.ts';
import { meResponseSchema } from '../schema/auth.ts';
import { controlsResponseSchema } from '../schema/controls.ts';
import { importTargetsResponseSchema } from '../schema/imports.ts';
import { layerCatalogueSchema } from '../schema/layer-catalogue.ts';
import { layerFeatureCollectionSchemas } from '../schema/layer-feature-collection.ts';
import { healthResponseSchema, metaResponseSchema } from '../schema/meta.ts';
import { emissionsResponseSchema, outletHoursResponseSchema, outletsResponseSchema } from '../schema/outlets.ts';
import { planResponseSchema } from '../schema/plan.ts';
import { planDocumentResponseSchema, requirementsResponseSchema } from '../schema/plan-requirements.ts';
import { ruleCatalogueResponseSchema, ruleHitsResponseSchema } from '../schema/rules.ts';
import { townshipStatsResponseSchema } from '../schema/stats.ts';
import { tasksResponseSchema } from '../schema/tasks.ts';
import { usersResponseSchema } from '../schema/users.ts';
import { dustSourcesResponseSchema } from '../schema/dust-sources.ts';
import { stockyardInspectionsResponseSchema } from '../schema/stockyard.ts';
import {
  coalProjectSchema,
  highEnergyProjectSchema,
  ledgerResponseSchema,
  summaryResponseSchema,
} from '../schema/energy.ts';
import { carbonResponseSchema, materialsResponseSchema, vocSummarySchema } from '../schema/voc-ledger.ts';
import { deviceDetailSchema, devicesResponseSchema } from '../schema/devices.ts';
import { listDiffSchema, listResponseSchema, requirementsListResponseSchema } from '../schema/emergency-list.ts';
import {
  supervisorCandidatesResponseSchema,
  visitSchema,
  warningDetailSchema,
  warningsResponseSchema,
} from '../schema/emergency-warnings.ts';
import { complianceResponseSchema } from '../schema/emergency-compliance.ts';
import { gateRecordsResponseSchema } from '../schema/gate-records.ts';
import { repairInspectionsResponseSchema } from '../schema/repair-inspections.ts';
import { checkSummarySchema, checksResponseSchema } from '../schema/roadside-checks.ts';
import { vehicleProgressResponseSchema } from '../schema/vehicle-progress.ts';
import { builtUpSummarySchema } from '../schema/built-up-summary.ts';
import {
  departmentDetailSchema,
  departmentsResponseSchema,
  fundsResponseSchema,
  leadersResponseSchema,
  planItemsResponseSchema,
} from '../schema/departments.ts';

/**
 * What a GET route answers: JSON that a zod schema describes, a file of one of `types` (matched by `file`), or an
 * endless stream. `byId`: one schema per value of the path's `:id` (the map layers); `json` is then the one the
 * response-schemas test checks by default.
 */
export type ResponseDoc =
  | { json: z.ZodType; byId?: Readonly<Record<string, z.ZodType>> }
  | { file: RegExp; types: readonly string[] }
  | { stream: RegExp };

/**
 * Every GET route of the policy table and what its body follows: the one table the OpenAPI description
 * (server/openapi/build-document.ts) and the response-schemas test (test/server/response-schemas.test.ts, which
 * requests each route and checks the body field for field) both read. A GET route added to the policy table without
 * an entry here fails both tests.
 */
export const responseDocs: Readonly<Record<string, ResponseDoc>> = {
  '/api/health': { json: healthResponseSchema },
  '/api/auth/me': { json: meResponseSchema },
  '/api/meta': { json: metaResponseSchema },
  '/api/layers': { json: layerCatalogueSchema },
  // one schema per layer: checked layer by layer in its own test
  '/api/layers/:id': { json: layerFeatureCollectionSchemas.townships, byId: layerFeatureCollectionSchemas },
  '/api/bootstrap': { json: bootstrapResponseSchema },
  '/api/plan': { json: planResponseSchema },
  '/api/plan/indicators': { json: cityIndicatorsResponseSchema },
  '/api/plan/requirements': { json: requirementsResponseSchema },
  '/api/plan/document': { json: planDocumentResponseSchema },
  '/api/stats/townships': { json: townshipStatsResponseSchema },
  // issue 18: machine density
  '/api/machines/density': { json: machineDensityResponseSchema },
  '/api/aq/daily': { json: aqDailyResponseSchema },
  '/api/aq/evaluation': { json: aqEvaluationResponseSchema },
  // issue 18: the concentration surface
  '/api/air/surface': { json: airSurfaceResponseSchema },
  // issue 18: the API reference
  '/api/openapi.json': { json: openApiDocumentSchema },
  '/api/docs': { file: /^text\/html/, types: ['text/html'] },
  '/api/rules': { json: ruleHitsResponseSchema },
  '/api/rules/catalogue': { json: ruleCatalogueResponseSchema },
  '/api/controls': { json: controlsResponseSchema },
  '/api/alerts': { json: alertsResponseSchema },
  '/api/alerts/:id': { json: alertSchema },
  '/api/alerts/:id/assignees': { json: assigneesResponseSchema },
  '/api/tasks': { json: tasksResponseSchema },
  '/api/exports/layers/:id': {
    file: /^(text\/csv|application\/geo\+json)/,
    types: ['text/csv', 'application/geo+json'],
  },
  '/api/exports/stats/townships': {
    file: /^(text\/csv|application\/geo\+json)/,
    types: ['text/csv', 'application/geo+json'],
  },
  '/api/reports/monthly': { file: /^text\/html/, types: ['text/html'] },
  '/api/users': { json: usersResponseSchema },
  '/api/audit': { json: auditResponseSchema },
  '/api/imports/targets': { json: importTargetsResponseSchema },
  '/api/devices': { json: devicesResponseSchema },
  '/api/devices/:mn': { json: deviceDetailSchema },
  '/api/monitoring/outlets': { json: outletsResponseSchema },
  '/api/monitoring/outlets/:id/hours': { json: outletHoursResponseSchema },
  '/api/monitoring/emissions': { json: emissionsResponseSchema },
  '/api/emergency/stagger': { json: staggerResponseSchema },
  '/api/emergency/list': { json: listResponseSchema },
  '/api/emergency/list/diff': { json: listDiffSchema },
  '/api/emergency/list/export': {
    file: /^(application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet|text\/csv)/,
    types: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv'],
  },
  '/api/emergency/requirements': { json: requirementsListResponseSchema },
  // the demo seed's first winter episode
  '/api/emergency/warnings/:id/compliance': { json: complianceResponseSchema },
  '/api/emergency/warnings/:id/report': { file: /^text\/html/, types: ['text/html'] },
  '/api/emergency/warnings': { json: warningsResponseSchema },
  '/api/emergency/warnings/:id': { json: warningDetailSchema },
  '/api/emergency/supervisor-candidates': { json: supervisorCandidatesResponseSchema },
  '/api/emergency/visits': { json: visitSchema.array() },
  '/api/emergency/gate': { json: gateRecordsResponseSchema },
  // issue 16 routes: built-up area
  '/api/built-up-area/summary': { json: builtUpSummarySchema },
  // issue 16 routes: vehicles
  '/api/vehicles/progress': { json: vehicleProgressResponseSchema },
  // issue 16 routes: roadside checks and repair shops
  '/api/checks': { json: checksResponseSchema },
  '/api/checks/summary': { json: checkSummarySchema },
  '/api/repair-shops/:id/inspections': { json: repairInspectionsResponseSchema },
  // issue 16 routes: muck trucks
  '/api/muck/trucks/:id/track': { json: muckTrackResponseSchema },
  '/api/muck/violations': { json: violationsResponseSchema },
  '/api/muck/permits': { json: permitSchema.array() },
  '/api/muck/spills': { json: spillSchema.array() },
  // issue 16 routes: roads
  '/api/roads/standards': { json: standardsResponseSchema },
  '/api/roads/schedule': { json: scheduleResponseSchema },
  '/api/roads/segments/:id/cleanings': { json: cleaningsResponseSchema },
  '/api/roads/dust-loads': { json: dustLoadsResponseSchema },
  // issue 16 routes: stockyards
  '/api/stockyards/:id/inspections': { json: stockyardInspectionsResponseSchema },
  '/api/dust/sources-near': { json: dustSourcesResponseSchema },
  // issue 16 routes: statistics, report and routes
  // issue 17 routes: cases
  '/api/cases': { json: casesResponseSchema },
  '/api/cases/summary': { json: caseSummarySchema },
  '/api/cases/export': { file: /^text\/csv/, types: ['text/csv'] },
  '/api/cases/:id': { json: caseDetailSchema },
  // issue 17 routes: reports
  '/api/reports/public/:ticket': { json: publicReportFollowUpSchema },
  '/api/public-reports': { json: publicReportsResponseSchema },
  '/api/public-reports/:id': { json: publicReportDetailSchema },
  // issue 17 routes: visits
  '/api/visits': { json: visitsListResponseSchema },
  '/api/visits/summary': { json: visitsSummarySchema },
  // issue 17 routes: departments
  '/api/departments': { json: departmentsResponseSchema },
  '/api/departments/leaders': { json: leadersResponseSchema },
  '/api/departments/plan-items': { json: planItemsResponseSchema },
  '/api/departments/funds': { json: fundsResponseSchema },
  '/api/departments/:id': { json: departmentDetailSchema },
  // issue 17 routes: fuel and voc
  '/api/fuel-samples': { json: fuelSamplesResponseSchema },
  '/api/fuel-samples/summary': { json: fuelSamplesSummarySchema },
  '/api/voc/carbon': { json: carbonResponseSchema },
  '/api/voc/materials': { json: materialsResponseSchema },
  '/api/voc/summary': { json: vocSummarySchema },
  // issue 17 routes: energy
  '/api/energy/ledger': { json: ledgerResponseSchema },
  '/api/energy/summary': { json: summaryResponseSchema },
  '/api/energy/coal-projects': { json: coalProjectSchema.array() },
  '/api/energy/high-energy-projects': { json: highEnergyProjectSchema.array() },
  // the demo seed's first visit photo
  '/api/attachments/:id': {
    file: /^(image\/(png|jpeg)|application\/pdf)$/,
    types: ['image/png', 'image/jpeg', 'application/pdf'],
  },
  // server-sent events (schema/live-events.ts): never ends, so only its start is read
  '/api/events': { stream: /^text\/event-stream/ },
};
