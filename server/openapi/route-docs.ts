import { z } from 'zod';
import { loadRequirementsRegister, registerUnits } from '../reference/load-requirements-register.ts';
import { airSurfaceQuerySchema } from '../schema/air-surface.ts';
import { alertDepartmentBodySchema } from '../schema/departments.ts';
import {
  alertSchema,
  alertsQuerySchema,
  assignBodySchema,
  resolveBodySchema,
  taskPatchSchema,
  tasksQuerySchema,
  verifyBodySchema,
} from '../schema/alerts.ts';
import {
  aqDailyQuerySchema,
  aqEvaluationQuerySchema,
  aqiQuerySchema,
  aqiRequestSchema,
  aqiResponseSchema,
} from '../schema/aq.ts';
import { attachmentQuerySchema, attachmentSchema } from '../schema/attachments.ts';
import { auditQuerySchema } from '../schema/audit.ts';
import {
  loginBodySchema,
  meResponseSchema,
  passwordChangeSchema,
  userCreateSchema,
  userPatchSchema,
  userRecordSchema,
} from '../schema/auth.ts';
import { bootstrapQuerySchema } from '../schema/bootstrap.ts';
import { builtUpAreaQuerySchema } from '../schema/built-up-area.ts';
import { builtUpSummaryQuerySchema } from '../schema/built-up-summary.ts';
import {
  caseAttachBodySchema,
  caseAttachFormSchema,
  caseExportQuerySchema,
  caseOpenBodySchema,
  caseStepBodySchema,
  caseSummaryQuerySchema,
  casesQuerySchema,
} from '../schema/cases.ts';
import { checkpointQuerySchema } from '../schema/checkpoint.ts';
import {
  cityIndicatorsInputSchema,
  cityIndicatorsSchema,
  cityIndicatorYearParamSchema,
} from '../schema/city-indicators.ts';
import {
  asOfParamSchema,
  booleanParamSchema,
  idParamSchema,
  textSchema,
  townshipCodeSchema,
} from '../schema/common.ts';
import { constructionSiteQuerySchema } from '../schema/construction-site.ts';
import {
  departmentIdSchema,
  departmentsQuerySchema,
  fundCreateSchema,
  fundPatchSchema,
  fundSchema,
  fundsQuerySchema,
  leadersBodySchema,
  leadersImportResponseSchema,
  leadersQuerySchema,
  leadersResponseSchema,
  planItemCreateSchema,
  planItemPatchSchema,
  planItemSchema,
  planItemsQuerySchema,
} from '../schema/departments.ts';
import { deviceInputSchema, devicePatchSchema, mnSchema } from '../schema/devices.ts';
import { dustSourcesQuerySchema } from '../schema/dust-sources.ts';
import { dustfallPointQuerySchema } from '../schema/dustfall-point.ts';
import { complianceQuerySchema } from '../schema/emergency-compliance.ts';
import {
  listDiffQuerySchema,
  listImportQuerySchema,
  listQuerySchema,
  listRevisionBodySchema,
  requirementBodySchema,
} from '../schema/emergency-list.ts';
import { listExportQuerySchema, listImportOutcomeSchema } from '../schema/emergency-list-import.ts';
import {
  ackBodySchema,
  notificationSchema,
  notifyBodySchema,
  stepBodySchema,
  stepSchema,
  supervisorsBodySchema,
  visitBodySchema as emergencyVisitBodySchema,
  visitSchema,
  visitsQuerySchema,
  warningChangeBodySchema,
  warningDetailSchema,
  warningIssueBodySchema,
  warningLiftBodySchema,
  warningsQuerySchema,
} from '../schema/emergency-warnings.ts';
import {
  coalProjectBodySchema,
  coalProjectPatchSchema,
  coalProjectSchema,
  coalProjectsQuerySchema,
  highEnergyBodySchema,
  highEnergyPatchSchema,
  highEnergyProjectSchema,
  highEnergyQuerySchema,
  ledgerBodySchema,
  ledgerKeySchema,
  ledgerQuerySchema,
  ledgerRowSchema,
  projectIdParamSchema,
  summaryQuerySchema,
} from '../schema/energy.ts';
import { enterpriseQuerySchema } from '../schema/enterprise.ts';
import { eventsQuerySchema } from '../schema/events-query.ts';
import { exportOptionsSchema, townshipStatsExportQuerySchema } from '../schema/exports.ts';
import { fuelPointQuerySchema } from '../schema/fuel-point.ts';
import { fuelSampleQuerySchema } from '../schema/fuel-sample-layer.ts';
import {
  fuelResultBodySchema,
  fuelSampleBodySchema,
  fuelSamplesQuerySchema,
  fuelSamplesSummaryQuerySchema,
  fuelTraceBodySchema,
} from '../schema/fuel-samples.ts';
import { gateRecordsQuerySchema } from '../schema/gate-records.ts';
import { importOutcomeSchema, importQuerySchema, importReportSchema } from '../schema/imports.ts';
import { ingestResponseSchema } from '../schema/ingest.ts';
import { layerIdSchema, type LayerId } from '../schema/layer-catalogue.ts';
import type { Localized } from '../schema/localized.ts';
import { machineQuerySchema } from '../schema/machine.ts';
import { machineDensityQuerySchema } from '../schema/machine-density.ts';
import { muckTrackQuerySchema } from '../schema/muck-track.ts';
import { muckTruckQuerySchema } from '../schema/muck-truck.ts';
import {
  permitBodySchema,
  permitPatchSchema,
  permitSchema,
  permitsQuerySchema,
  positionsBodySchema,
  spillBodySchema,
  spillPatchSchema,
  spillSchema,
  spillsQuerySchema,
  violationsQuerySchema,
} from '../schema/muck.ts';
import { nrmmZoneQuerySchema } from '../schema/nrmm-zone.ts';
import { emissionsQuerySchema, outletHoursQuerySchema, outletsQuerySchema } from '../schema/outlets.ts';
import { requirementsQuerySchema } from '../schema/plan-requirements.ts';
import { publicReportQuerySchema } from '../schema/public-report-layer.ts';
import {
  publicReportDetailSchema,
  publicReportIntakeSchema,
  publicReportReceiptSchema,
  publicReportsQuerySchema,
  publicReportStepBodySchema,
} from '../schema/public-reports.ts';
import { recordEditSchema, recordPatchSchema } from '../schema/records.ts';
import {
  repairInspectionBodySchema,
  repairInspectionSchema,
  repairRectificationBodySchema,
} from '../schema/repair-inspections.ts';
import { repairShopQuerySchema } from '../schema/repair-shop.ts';
import { monthlyReportQuerySchema, warningReportQuerySchema } from '../schema/reports.ts';
import { roadSegmentQuerySchema } from '../schema/road-segment.ts';
import { roadClasses } from '../schema/enums/road-segment.ts';
import {
  cleaningBodySchema,
  cleaningSchema,
  cleaningsQuerySchema,
  dustLoadBodySchema,
  dustLoadsQuerySchema,
  scheduleQuerySchema,
  segmentIdSchema,
  standardBodySchema,
  trackBodySchema,
} from '../schema/roads.ts';
import {
  checkBodySchema,
  checkSummaryQuerySchema,
  checksQuerySchema,
  roadsideCheckSchema,
} from '../schema/roadside-checks.ts';
import { routePlanRequestSchema } from '../schema/routes.ts';
import { controlsQuerySchema, ruleHitsQuerySchema } from '../schema/rules.ts';
import { staggerBodySchema, staggerQuerySchema, staggerScheduleSchema } from '../schema/stagger.ts';
import { stationQuerySchema } from '../schema/station.ts';
import { areaStatsRequestSchema, townshipStatsQuerySchema } from '../schema/stats.ts';
import {
  stockyardIdParamSchema,
  stockyardInspectionBodySchema,
  stockyardInspectionSchema,
  stockyardQuerySchema,
} from '../schema/stockyard.ts';
import { townshipQuerySchema } from '../schema/township.ts';
import { vehicleQuerySchema } from '../schema/vehicle.ts';
import { vehicleImportOutcomeSchema, vehicleImportQuerySchema } from '../schema/vehicle-import.ts';
import { vehicleProgressQuerySchema } from '../schema/vehicle-progress.ts';
import { villageQuerySchema } from '../schema/village.ts';
import {
  followUpBodySchema,
  requestAnswerBodySchema,
  visitBodySchema,
  visitsListQuerySchema,
  visitsSummaryQuerySchema,
} from '../schema/visits.ts';
import {
  carbonQuerySchema,
  carbonReplacementBodySchema,
  carbonTransferBodySchema,
  materialBodySchema,
  materialsQuerySchema,
  vocSummaryQuerySchema,
} from '../schema/voc-ledger.ts';

/** A request body that is not JSON: a file's bytes, a form, or HJ 212 text. */
export interface UploadDoc {
  types: readonly string[];
  note: Localized;
  /** The fields of a multipart form, when the body is one. */
  form?: z.ZodType;
}

/** What a non-GET route answers: a JSON schema, a described object (no schema module), or a file. */
export type WriteResponseDoc = z.ZodType | { described: Localized } | { types: readonly string[] };

/** One route of the policy table, as the OpenAPI description shows it. */
export interface RouteDoc {
  /** The resource (a key of {@link tagDocs}). */
  tag: TagId;
  summary: Localized;
  /** Path parameters by name; one not named here is a plain string. */
  params?: Readonly<Record<string, z.ZodType>>;
  /** The query's zod schema, or one per value of `:id` (the map layers: each layer has its own filters). */
  query?: z.ZodType | Readonly<Record<string, z.ZodType>>;
  /** The JSON body's zod schema. */
  body?: z.ZodType;
  /** A body that is not JSON (or may be either: `body` and `upload` together). */
  upload?: UploadDoc;
  /** Non-GET routes: what a success answers (GET routes: server/openapi/response-docs.ts). */
  response?: WriteResponseDoc;
  /** The success status of a write, when it is not 200. */
  status?: 201;
  /** What a caller should know beyond the summary. */
  note?: Localized;
}

const t = (zh: string, en: string): Localized => ({ zh, en });
const described = (zh: string, en: string): WriteResponseDoc => ({ described: { zh, en } });

/** The resources, in the order the reference lists them. */
export const tagDocs = {
  auth: t('登录与会话', 'Sign-in and session'),
  meta: t('元数据', 'Metadata'),
  layers: t('地图图层', 'Map layers'),
  plan: t('规划与指标', 'Plan and indicators'),
  stats: t('统计', 'Statistics'),
  aq: t('空气质量', 'Air quality'),
  rules: t('规则与管控', 'Rules and controls'),
  alerts: t('预警与任务', 'Alerts and tasks'),
  routes: t('巡查路线', 'Inspection routes'),
  exports: t('导出与报告', 'Exports and reports'),
  users: t('用户与审计', 'Users and audit'),
  imports: t('导入与记录编辑', 'Imports and record edits'),
  devices: t('监测设备与在线监测', 'Devices and online monitoring'),
  ingest: t('HJ 212 数据接入', 'HJ 212 ingest'),
  emergency: t('重污染天气应急', 'Heavy-pollution response'),
  attachments: t('附件', 'Attachments'),
  vehicles: t('机动车与路检', 'Vehicles and roadside checks'),
  muck: t('渣土车', 'Muck trucks'),
  roads: t('道路扬尘', 'Road dust'),
  dust: t('扬尘源与建成区', 'Dust sources and the built-up area'),
  cases: t('执法案件', 'Enforcement cases'),
  reports: t('群众举报', 'Public reports'),
  visits: t('帮扶走访', 'Assistance visits'),
  departments: t('部门与责任', 'Departments and duties'),
  voc: t('VOCs 与油品', 'VOCs and fuel'),
  energy: t('能源与煤炭', 'Energy and coal'),
  docs: t('接口文档', 'API reference'),
} as const satisfies Record<string, Localized>;
export type TagId = keyof typeof tagDocs;

/** Each map layer's own filters (server/db/layers/*.ts `querySchema`). */
export const layerQueryDocs: Readonly<Record<LayerId, z.ZodType>> = {
  townships: townshipQuerySchema,
  villages: villageQuerySchema,
  stations: stationQuerySchema,
  enterprises: enterpriseQuerySchema,
  machines: machineQuerySchema,
  'nrmm-zones': nrmmZoneQuerySchema,
  'muck-trucks': muckTruckQuerySchema,
  vehicles: vehicleQuerySchema,
  'construction-sites': constructionSiteQuerySchema,
  'public-reports': publicReportQuerySchema,
  'dustfall-points': dustfallPointQuerySchema,
  'built-up-area': builtUpAreaQuerySchema,
  'fuel-points': fuelPointQuerySchema,
  'road-segments': roadSegmentQuerySchema,
  'repair-shops': repairShopQuerySchema,
  stockyards: stockyardQuerySchema,
  'fuel-samples': fuelSampleQuerySchema,
  checkpoints: checkpointQuerySchema,
};

// schemas the routes build for themselves from the schema modules' parts (same parts, same rules)
/** GET /api/layers: server/routes/layers.ts `asOfOnly`. */
const asOfOnlyQuery = z.object({ asOf: asOfParamSchema.optional() }).strict();
/** GET /api/emergency/warnings/:id: server/routes/emergency-warnings.ts `detailQuerySchema`. */
const warningDetailQuery = z.object({ at: warningsQuerySchema.shape.at }).strict();
/** GET /api/plan/requirements: the register's units, as server/routes/plan.ts builds it. */
const planRequirementsQuery = requirementsQuerySchema(registerUnits(loadRequirementsRegister()));

const id = { id: idParamSchema };
const fileUpload = (zh: string, en: string): UploadDoc => ({
  types: ['application/octet-stream', 'text/csv', 'application/geo+json', 'application/zip'],
  note: { zh, en },
});
const importNote = fileUpload(
  '文件原始字节作为请求体；文件名由查询参数 file 给出（其扩展名决定读取方式）',
  'the file’s bytes as the body; its name in the `file` query parameter (the extension picks the reader)',
);

/**
 * Every route of the policy table (server/auth/route-policy.ts), keyed `METHOD /api/path` with the policy's `:param`
 * names: its summary, resource, parameters and the zod schemas that the route passes to `parseWith`. The OpenAPI
 * description (server/openapi/build-document.ts) is generated from this and server/openapi/response-docs.ts;
 * test/server/openapi.test.ts fails when a policy row has no entry here, or an entry no row.
 */
export const routeDocs: Readonly<Record<string, RouteDoc>> = {
  'GET /api/health': { tag: 'meta', summary: t('服务健康状态', 'Service health') },
  'POST /api/auth/login': {
    tag: 'auth',
    summary: t('登录（设置会话 Cookie）', 'Sign in (sets the session cookie)'),
    body: loginBodySchema,
    response: meResponseSchema,
    note: t('连续失败会被限流（429）', 'repeated failures are rate-limited (429)'),
  },
  'GET /api/auth/me': { tag: 'auth', summary: t('当前用户与 CSRF 令牌', 'The current user and CSRF token') },
  'POST /api/auth/logout': {
    tag: 'auth',
    summary: t('退出登录', 'Sign out'),
    response: described('会话已结束', 'the session has ended'),
  },
  'POST /api/auth/password': {
    tag: 'auth',
    summary: t('修改本人密码', 'Change one’s own password'),
    body: passwordChangeSchema,
    response: described('密码已修改', 'the password has been changed'),
  },
  'GET /api/meta': { tag: 'meta', summary: t('数据集与站点元数据', 'Dataset and site metadata') },
  'GET /api/layers': { tag: 'layers', summary: t('图层目录', 'The layer catalogue'), query: asOfOnlyQuery },
  'GET /api/layers/{id}': {
    tag: 'layers',
    summary: t('一个图层的要素（GeoJSON）', 'One layer’s features (GeoJSON)'),
    params: { id: layerIdSchema },
    query: layerQueryDocs,
    note: t(
      '各图层有各自的筛选参数；未知参数会被拒绝',
      'each layer has its own filters; unknown parameters are refused',
    ),
  },
  'GET /api/bootstrap': {
    tag: 'layers',
    summary: t('首屏数据（元数据、图层目录、规划与首批图层要素，一次请求）', 'The first view’s data in one request'),
    query: bootstrapQuerySchema,
  },
  'GET /api/machines/density': {
    tag: 'layers',
    summary: t('非道路移动机械位置密度（网格计数）', 'Non-road machines’ position density (grid counts)'),
    query: machineDensityQuerySchema,
  },
  'GET /api/air/surface': {
    tag: 'aq',
    summary: t('浓度面（IDW 插值，HJ 633 分级）与风', 'The concentration surface (IDW, HJ 633 bands) and wind'),
    query: airSurfaceQuerySchema,
  },
  'GET /api/plan': { tag: 'plan', summary: t('规划目标与 17 项任务', 'The plan’s targets and 17 tasks') },
  'GET /api/plan/requirements': {
    tag: 'plan',
    summary: t('规划要求台账', 'The plan’s requirements register'),
    query: planRequirementsQuery,
  },
  'GET /api/plan/document': { tag: 'plan', summary: t('规划原文', 'The plan’s text') },
  'GET /api/plan/indicators': { tag: 'plan', summary: t('市级考核指标', 'City indicators by year') },
  'PUT /api/plan/indicators/{year}': {
    tag: 'plan',
    summary: t('录入或修改某年的市级指标', 'Enter or change a year’s city indicators'),
    params: { year: cityIndicatorYearParamSchema },
    body: cityIndicatorsInputSchema,
    response: cityIndicatorsSchema,
  },
  'DELETE /api/plan/indicators/{year}': {
    tag: 'plan',
    summary: t('删除某年的市级指标', 'Delete a year’s city indicators'),
    params: { year: cityIndicatorYearParamSchema },
    response: z.object({ deleted: z.number().int() }),
  },
  'GET /api/stats/townships': {
    tag: 'stats',
    summary: t('分乡镇统计', 'Statistics by township'),
    query: townshipStatsQuerySchema,
  },
  'POST /api/stats/area': {
    tag: 'stats',
    summary: t('任意区域统计', 'Statistics of a drawn area'),
    body: areaStatsRequestSchema,
    response: described('区域内各图层的计数与汇总', 'the counts and totals of each layer inside the area'),
  },
  'POST /api/aq/aqi': {
    tag: 'aq',
    summary: t('由浓度计算 AQI', 'AQI from concentrations'),
    query: aqiQuerySchema,
    body: aqiRequestSchema,
    response: aqiResponseSchema,
  },
  'GET /api/aq/daily': { tag: 'aq', summary: t('逐日空气质量', 'Daily air quality'), query: aqDailyQuerySchema },
  'GET /api/aq/evaluation': {
    tag: 'aq',
    summary: t('年度空气质量评价（HJ 663）', 'Annual air-quality evaluation (HJ 663)'),
    query: aqEvaluationQuerySchema,
  },
  'GET /api/rules': { tag: 'rules', summary: t('规则命中', 'Rule hits'), query: ruleHitsQuerySchema },
  'GET /api/rules/catalogue': { tag: 'rules', summary: t('规则目录', 'The rule catalogue') },
  'GET /api/controls': {
    tag: 'rules',
    summary: t('应急管控措施', 'Control measures in force'),
    query: controlsQuerySchema,
  },
  'GET /api/alerts': { tag: 'alerts', summary: t('预警列表', 'Alerts'), query: alertsQuerySchema },
  'GET /api/alerts/{id}': { tag: 'alerts', summary: t('一条预警', 'One alert'), params: id },
  'GET /api/alerts/{id}/assignees': {
    tag: 'alerts',
    summary: t('可指派的人员', 'Who an alert can be assigned to'),
    params: id,
  },
  'POST /api/alerts/{id}/assign': {
    tag: 'alerts',
    summary: t('指派预警', 'Assign an alert'),
    params: id,
    body: assignBodySchema,
    response: alertSchema,
  },
  'POST /api/alerts/{id}/resolve': {
    tag: 'alerts',
    summary: t('办结预警', 'Resolve an alert'),
    params: id,
    body: resolveBodySchema,
    response: alertSchema,
  },
  'POST /api/alerts/{id}/verify': {
    tag: 'alerts',
    summary: t('核查预警（通过或退回）', 'Verify an alert (accept or send back)'),
    params: id,
    body: verifyBodySchema,
    response: alertSchema,
  },
  'PUT /api/alerts/{id}/department': {
    tag: 'alerts',
    summary: t('设置预警的责任部门', 'Set an alert’s responsible department'),
    params: id,
    body: alertDepartmentBodySchema,
    response: alertSchema,
  },
  'GET /api/tasks': { tag: 'alerts', summary: t('规划任务进度', 'The plan tasks’ progress'), query: tasksQuerySchema },
  'PATCH /api/tasks/{n}': {
    tag: 'alerts',
    summary: t('更新一项规划任务', 'Update a plan task'),
    params: { n: idParamSchema },
    query: tasksQuerySchema,
    body: taskPatchSchema,
    response: described('更新后的任务', 'the task as updated'),
  },
  'POST /api/routes/plan': {
    tag: 'routes',
    summary: t('规划巡查路线', 'Plan an inspection route'),
    body: routePlanRequestSchema,
    response: described('路线、停靠点顺序与行程时间', 'the route, the order of its stops and the travel times'),
  },
  'GET /api/exports/layers/{id}': {
    tag: 'exports',
    summary: t('导出图层（CSV 或 GeoJSON）', 'Export a layer (CSV or GeoJSON)'),
    params: { id: layerIdSchema },
    query: exportOptionsSchema,
    note: t('另可带该图层的筛选参数', 'the layer’s own filters apply as well'),
  },
  'GET /api/exports/stats/townships': {
    tag: 'exports',
    summary: t('导出分乡镇统计', 'Export the township statistics'),
    query: townshipStatsExportQuerySchema,
  },
  'POST /api/exports/stats/area': {
    tag: 'exports',
    summary: t('导出区域统计', 'Export a drawn area’s statistics'),
    query: exportOptionsSchema,
    body: areaStatsRequestSchema,
    response: { types: ['text/csv', 'application/geo+json'] },
  },
  'GET /api/reports/monthly': {
    tag: 'exports',
    summary: t('月报（可打印 HTML）', 'The monthly report (printable HTML)'),
    query: monthlyReportQuerySchema,
  },
  'GET /api/users': { tag: 'users', summary: t('用户列表', 'Users') },
  'POST /api/users': {
    tag: 'users',
    summary: t('新建用户', 'Create a user'),
    body: userCreateSchema,
    response: userRecordSchema,
    status: 201,
  },
  'PATCH /api/users/{id}': {
    tag: 'users',
    summary: t('修改用户（角色、乡镇、停用、重置密码）', 'Change a user (role, townships, disable, reset password)'),
    params: id,
    body: userPatchSchema,
    response: userRecordSchema,
  },
  'GET /api/audit': { tag: 'users', summary: t('审计日志', 'The audit log'), query: auditQuerySchema },
  'PATCH /api/records/{target}/{key}': {
    tag: 'imports',
    summary: t('更正一条图层记录', 'Correct one layer record'),
    body: recordPatchSchema,
    response: recordEditSchema,
  },
  'GET /api/imports/targets': {
    tag: 'imports',
    summary: t('可导入的数据及其字段', 'What can be imported, and its columns'),
  },
  'POST /api/imports/{target}/dry-run': {
    tag: 'imports',
    summary: t('导入试运行：校验报告与预览，不写入', 'Import dry run: the check report and a preview; nothing written'),
    query: importQuerySchema,
    upload: importNote,
    response: importReportSchema,
  },
  'POST /api/imports/{target}/commit': {
    tag: 'imports',
    summary: t('导入提交（全部或全不）', 'Commit an import (all or nothing)'),
    query: importQuerySchema,
    upload: importNote,
    response: importOutcomeSchema,
    note: t('任一行有错误时返回 422 与报告，不写入', 'any row in error: 422 with the report, nothing written'),
  },
  'GET /api/devices': { tag: 'devices', summary: t('在线监测设备', 'Monitoring devices') },
  'GET /api/devices/{mn}': { tag: 'devices', summary: t('一台设备', 'One device'), params: { mn: mnSchema } },
  'POST /api/devices': {
    tag: 'devices',
    summary: t('登记设备', 'Register a device'),
    body: deviceInputSchema,
    response: described('登记后的设备', 'the device as registered'),
    status: 201,
  },
  'PATCH /api/devices/{mn}': {
    tag: 'devices',
    summary: t('修改设备', 'Change a device'),
    params: { mn: mnSchema },
    body: devicePatchSchema,
    response: described('修改后的设备', 'the device as changed'),
  },
  'DELETE /api/devices/{mn}': {
    tag: 'devices',
    summary: t('注销设备', 'Deregister a device'),
    params: { mn: mnSchema },
    response: described('已注销的设备', 'the device deregistered'),
  },
  'GET /api/events': {
    tag: 'devices',
    summary: t('实时事件流（SSE）', 'Live events (server-sent events)'),
    query: eventsQuerySchema,
  },
  'GET /api/monitoring/outlets': { tag: 'devices', summary: t('排放口', 'Outlets'), query: outletsQuerySchema },
  'GET /api/monitoring/outlets/{id}/hours': {
    tag: 'devices',
    summary: t('排放口小时数据', 'An outlet’s hourly data'),
    query: outletHoursQuerySchema,
  },
  'GET /api/monitoring/emissions': {
    tag: 'devices',
    summary: t('排放量汇总', 'Emission totals'),
    query: emissionsQuerySchema,
  },
  'POST /api/ingest/hj212': {
    tag: 'ingest',
    summary: t('接收 HJ 212 报文（数采仪）', 'Receive HJ 212 frames (data loggers)'),
    upload: {
      types: ['text/plain'],
      note: t(
        '一个或多个 HJ 212-2017 报文（## 开头），设备以报文内的 PW 认证',
        'one or more HJ 212-2017 frames (each starting ##); the device authenticates with the PW inside the frame',
      ),
    },
    response: ingestResponseSchema,
  },
  'GET /api/emergency/list': {
    tag: 'emergency',
    summary: t('应急减排清单', 'The emergency emission-reduction list'),
    query: listQuerySchema,
  },
  'GET /api/emergency/list/diff': {
    tag: 'emergency',
    summary: t('清单两个版本的差异', 'The difference between two list versions'),
    query: listDiffQuerySchema,
  },
  'GET /api/emergency/list/export': {
    tag: 'emergency',
    summary: t('导出清单（xlsx 或 CSV）', 'Export the list (xlsx or CSV)'),
    query: listExportQuerySchema,
  },
  'POST /api/emergency/list/versions': {
    tag: 'emergency',
    summary: t('发布清单新版本', 'Publish a new list version'),
    body: listRevisionBodySchema,
    response: described('新版本', 'the new version'),
    status: 201,
  },
  'POST /api/emergency/list/import/dry-run': {
    tag: 'emergency',
    summary: t('清单导入试运行', 'List import dry run'),
    query: listImportQuerySchema,
    upload: importNote,
    response: described('校验报告', 'the check report'),
  },
  'POST /api/emergency/list/import/commit': {
    tag: 'emergency',
    summary: t('清单导入提交', 'Commit a list import'),
    query: listImportQuerySchema,
    upload: importNote,
    response: listImportOutcomeSchema,
    status: 201,
  },
  'GET /api/emergency/requirements': { tag: 'emergency', summary: t('应急管控要求', 'Emergency requirements') },
  'POST /api/emergency/requirements': {
    tag: 'emergency',
    summary: t('新增或修订管控要求', 'Add or revise a requirement'),
    body: requirementBodySchema,
    response: described('写入的要求', 'the requirement as written'),
    status: 201,
  },
  'GET /api/emergency/stagger': {
    tag: 'emergency',
    summary: t('错峰生产安排', 'Staggered-production schedules'),
    query: staggerQuerySchema,
  },
  'POST /api/emergency/stagger': {
    tag: 'emergency',
    summary: t('新增错峰安排', 'Add a schedule'),
    body: staggerBodySchema,
    response: staggerScheduleSchema,
    status: 201,
  },
  'PATCH /api/emergency/stagger/{id}': {
    tag: 'emergency',
    summary: t('修改错峰安排', 'Change a schedule'),
    params: id,
    body: staggerBodySchema,
    response: staggerScheduleSchema,
  },
  'DELETE /api/emergency/stagger/{id}': {
    tag: 'emergency',
    summary: t('删除错峰安排', 'Delete a schedule'),
    params: id,
    response: staggerScheduleSchema,
  },
  'GET /api/emergency/warnings': {
    tag: 'emergency',
    summary: t('重污染天气预警', 'Heavy-pollution warnings'),
    query: warningsQuerySchema,
  },
  'POST /api/emergency/warnings': {
    tag: 'emergency',
    summary: t('发布预警', 'Issue a warning'),
    body: warningIssueBodySchema,
    response: warningDetailSchema,
    status: 201,
  },
  'GET /api/emergency/warnings/{id}': {
    tag: 'emergency',
    summary: t('一次预警的详情', 'One warning in detail'),
    params: id,
    query: warningDetailQuery,
  },
  'POST /api/emergency/warnings/{id}/change': {
    tag: 'emergency',
    summary: t('调整预警级别', 'Change a warning’s level'),
    params: id,
    body: warningChangeBodySchema,
    response: warningDetailSchema,
  },
  'POST /api/emergency/warnings/{id}/lift': {
    tag: 'emergency',
    summary: t('解除预警', 'Lift a warning'),
    params: id,
    body: warningLiftBodySchema,
    response: warningDetailSchema,
  },
  'POST /api/emergency/warnings/{id}/steps': {
    tag: 'emergency',
    summary: t('记录响应步骤', 'Record a response step'),
    params: id,
    body: stepBodySchema,
    response: stepSchema,
    status: 201,
  },
  'POST /api/emergency/warnings/{id}/notifications': {
    tag: 'emergency',
    summary: t('通知企业', 'Notify the enterprises'),
    params: id,
    body: notifyBodySchema,
    response: notificationSchema.array(),
  },
  'POST /api/emergency/warnings/{id}/notifications/{enterprise}/ack': {
    tag: 'emergency',
    summary: t('记录企业回执', 'Record an enterprise’s acknowledgement'),
    params: { id: idParamSchema, enterprise: textSchema().trim().min(1).max(64) },
    body: ackBodySchema,
    response: notificationSchema,
  },
  'PUT /api/emergency/warnings/{id}/supervisors': {
    tag: 'emergency',
    summary: t('设置督查人员', 'Set the supervisors'),
    params: id,
    body: supervisorsBodySchema,
    response: described('督查人员', 'the supervisors'),
  },
  'GET /api/emergency/supervisor-candidates': {
    tag: 'emergency',
    summary: t('可选督查人员', 'Supervisor candidates'),
  },
  'GET /api/emergency/warnings/{id}/compliance': {
    tag: 'emergency',
    summary: t('预警期间企业落实情况', 'Compliance during a warning'),
    params: id,
    query: complianceQuerySchema,
  },
  'GET /api/emergency/warnings/{id}/report': {
    tag: 'emergency',
    summary: t('预警总结报告（HTML）', 'A warning’s report (HTML)'),
    params: id,
    query: warningReportQuerySchema,
  },
  'GET /api/emergency/visits': {
    tag: 'emergency',
    summary: t('督查走访记录', 'Supervision visits'),
    query: visitsQuerySchema,
  },
  'POST /api/emergency/visits': {
    tag: 'emergency',
    summary: t('记录督查走访', 'Record a supervision visit'),
    body: emergencyVisitBodySchema,
    response: visitSchema,
    status: 201,
  },
  'GET /api/emergency/gate': {
    tag: 'emergency',
    summary: t('门禁车辆记录', 'Gate vehicle records'),
    query: gateRecordsQuerySchema,
  },
  'POST /api/attachments': {
    tag: 'attachments',
    summary: t('上传附件（JPEG、PNG、PDF）', 'Upload an attachment (JPEG, PNG, PDF)'),
    query: attachmentQuerySchema,
    upload: {
      types: ['image/jpeg', 'image/png', 'application/pdf'],
      note: t(
        '文件原始字节作为请求体，类型按内容判断',
        'the file’s bytes as the body; the type is told by the content',
      ),
    },
    response: attachmentSchema,
    status: 201,
  },
  'GET /api/attachments/{id}': { tag: 'attachments', summary: t('下载附件', 'Download an attachment'), params: id },
  'GET /api/built-up-area/summary': {
    tag: 'dust',
    summary: t('建成区扬尘汇总', 'The built-up area’s dust summary'),
    query: builtUpSummaryQuerySchema,
  },
  'GET /api/vehicles/progress': {
    tag: 'vehicles',
    summary: t('老旧车辆淘汰进度', 'Old-vehicle retirement progress'),
    query: vehicleProgressQuerySchema,
  },
  'POST /api/vehicles/import/dry-run': {
    tag: 'vehicles',
    summary: t('车辆台账导入试运行', 'Vehicle register import dry run'),
    query: vehicleImportQuerySchema,
    upload: importNote,
    response: described('校验报告', 'the check report'),
  },
  'POST /api/vehicles/import/commit': {
    tag: 'vehicles',
    summary: t('车辆台账导入提交', 'Commit a vehicle register import'),
    query: vehicleImportQuerySchema,
    upload: importNote,
    response: vehicleImportOutcomeSchema,
    status: 201,
  },
  'GET /api/checks': { tag: 'vehicles', summary: t('路检记录', 'Roadside checks'), query: checksQuerySchema },
  'POST /api/checks': {
    tag: 'vehicles',
    summary: t('记录一次路检', 'Record a roadside check'),
    body: checkBodySchema,
    response: roadsideCheckSchema,
    status: 201,
  },
  'GET /api/checks/summary': {
    tag: 'vehicles',
    summary: t('路检汇总', 'Roadside check summary'),
    query: checkSummaryQuerySchema,
  },
  'GET /api/repair-shops/{id}/inspections': {
    tag: 'vehicles',
    summary: t('维修站检查记录', 'A repair shop’s inspections'),
  },
  'POST /api/repair-shops/{id}/inspections': {
    tag: 'vehicles',
    summary: t('记录维修站检查', 'Record a repair-shop inspection'),
    body: repairInspectionBodySchema,
    response: repairInspectionSchema,
    status: 201,
  },
  'PATCH /api/repair-shops/{id}/inspections/{inspection}': {
    tag: 'vehicles',
    summary: t('记录整改', 'Record a rectification'),
    params: { inspection: idParamSchema },
    body: repairRectificationBodySchema,
    response: repairInspectionSchema,
  },
  'GET /api/muck/trucks/{id}/track': {
    tag: 'muck',
    summary: t('渣土车轨迹', 'A muck truck’s track'),
    query: muckTrackQuerySchema,
  },
  'GET /api/muck/violations': {
    tag: 'muck',
    summary: t('渣土车违规', 'Muck-truck violations'),
    query: violationsQuerySchema,
  },
  'POST /api/muck/positions': {
    tag: 'muck',
    summary: t('上报渣土车定位', 'Report muck-truck positions'),
    body: positionsBodySchema,
    response: described('写入的定位与发现的违规', 'the positions written and the violations found'),
    status: 201,
  },
  'GET /api/muck/permits': { tag: 'muck', summary: t('处置核准', 'Disposal permits'), query: permitsQuerySchema },
  'POST /api/muck/permits': {
    tag: 'muck',
    summary: t('新增处置核准', 'Add a permit'),
    body: permitBodySchema,
    response: permitSchema,
    status: 201,
  },
  'PATCH /api/muck/permits/{id}': {
    tag: 'muck',
    summary: t('修改处置核准', 'Change a permit'),
    body: permitPatchSchema,
    response: permitSchema,
  },
  'GET /api/muck/spills': { tag: 'muck', summary: t('撒漏报告', 'Spill reports'), query: spillsQuerySchema },
  'POST /api/muck/spills': {
    tag: 'muck',
    summary: t('报告撒漏', 'Report a spill'),
    body: spillBodySchema,
    response: spillSchema,
    status: 201,
  },
  'PATCH /api/muck/spills/{id}': {
    tag: 'muck',
    summary: t('处理撒漏报告', 'Handle a spill report'),
    params: id,
    body: spillPatchSchema,
    response: spillSchema,
  },
  'GET /api/roads/standards': { tag: 'roads', summary: t('道路保洁标准', 'Road cleaning standards') },
  'PUT /api/roads/standards/{class}': {
    tag: 'roads',
    summary: t('修改某等级道路的保洁标准', 'Change a road class’s standard'),
    params: { class: z.enum(roadClasses) },
    body: standardBodySchema,
    response: described('修改后的标准', 'the standard as changed'),
  },
  'GET /api/roads/schedule': {
    tag: 'roads',
    summary: t('保洁排班', 'The cleaning schedule'),
    query: scheduleQuerySchema,
  },
  'POST /api/roads/cleanings': {
    tag: 'roads',
    summary: t('记录一次保洁', 'Record a cleaning'),
    body: cleaningBodySchema,
    response: cleaningSchema,
    status: 201,
    note: t('重复提交同一次保洁时返回 200 与原记录', 'the same cleaning sent again answers 200 with the record'),
  },
  'POST /api/roads/cleanings/track': {
    tag: 'roads',
    summary: t('由作业车轨迹记录保洁', 'Record cleanings from a sweeper’s track'),
    body: trackBodySchema,
    response: described('匹配到的路段与写入的保洁', 'the segments matched and the cleanings written'),
  },
  'GET /api/roads/segments/{id}/cleanings': {
    tag: 'roads',
    summary: t('路段保洁记录', 'A segment’s cleanings'),
    params: { id: segmentIdSchema },
    query: cleaningsQuerySchema,
  },
  'GET /api/roads/dust-loads': {
    tag: 'roads',
    summary: t('道路积尘负荷', 'Road dust loads'),
    query: dustLoadsQuerySchema,
  },
  'POST /api/roads/dust-loads': {
    tag: 'roads',
    summary: t('记录积尘负荷检测', 'Record a dust-load measurement'),
    body: dustLoadBodySchema,
    response: described('写入的检测及是否超标', 'the measurement and whether it is high'),
    status: 201,
  },
  'GET /api/stockyards/{id}/inspections': {
    tag: 'dust',
    summary: t('堆场检查记录', 'A stockyard’s inspections'),
    params: { id: stockyardIdParamSchema },
  },
  'POST /api/stockyards/{id}/inspections': {
    tag: 'dust',
    summary: t('记录堆场检查', 'Record a stockyard inspection'),
    params: { id: stockyardIdParamSchema },
    body: stockyardInspectionBodySchema,
    response: stockyardInspectionSchema,
    status: 201,
  },
  'GET /api/dust/sources-near': {
    tag: 'dust',
    summary: t('降尘超标点周边扬尘源', 'Dust sources near the dustfall points over the limit'),
    query: dustSourcesQuerySchema,
  },
  'GET /api/cases': { tag: 'cases', summary: t('执法案件', 'Enforcement cases'), query: casesQuerySchema },
  'GET /api/cases/summary': { tag: 'cases', summary: t('案件汇总', 'Case summary'), query: caseSummaryQuerySchema },
  'GET /api/cases/export': {
    tag: 'cases',
    summary: t('导出案件（CSV）', 'Export the cases (CSV)'),
    query: caseExportQuerySchema,
  },
  'GET /api/cases/{id}': { tag: 'cases', summary: t('一个案件', 'One case'), params: id },
  'POST /api/cases': {
    tag: 'cases',
    summary: t('立案', 'Open a case'),
    body: caseOpenBodySchema,
    response: described('新案件', 'the new case'),
    status: 201,
  },
  'POST /api/cases/{id}/steps': {
    tag: 'cases',
    summary: t('记录案件步骤', 'Record a case step'),
    params: id,
    body: caseStepBodySchema,
    response: described('写入的步骤', 'the step written'),
    status: 201,
  },
  'POST /api/cases/{id}/attachments': {
    tag: 'cases',
    summary: t('附加文书', 'Attach a document'),
    params: id,
    body: caseAttachBodySchema,
    upload: {
      types: ['multipart/form-data'],
      note: t('或以表单上传：file、kind、title、stepId', 'or a form upload: file, kind, title, stepId'),
      form: caseAttachFormSchema,
    },
    response: described('附加的文书', 'the document attached'),
    status: 201,
  },
  'POST /api/reports/public': {
    tag: 'reports',
    summary: t('群众举报（公开）', 'Submit a public report (open to all)'),
    upload: {
      types: ['multipart/form-data'],
      note: t('表单字段见下，另可附一张照片（photo）', 'the form’s fields below, and optionally one photo (photo)'),
      form: publicReportIntakeSchema,
    },
    response: publicReportReceiptSchema,
    status: 201,
    note: t('按来源限流（429）', 'rate-limited per client (429)'),
  },
  'GET /api/reports/public/{ticket}': {
    tag: 'reports',
    summary: t('凭受理号查询举报进展（公开）', 'Follow a report by its ticket (open to all)'),
  },
  'GET /api/public-reports': {
    tag: 'reports',
    summary: t('群众举报列表', 'Public reports'),
    query: publicReportsQuerySchema,
  },
  'GET /api/public-reports/{id}': { tag: 'reports', summary: t('一件举报', 'One public report'), params: id },
  'POST /api/public-reports/{id}/steps': {
    tag: 'reports',
    summary: t('记录举报处理步骤', 'Record a step in handling a report'),
    params: id,
    body: publicReportStepBodySchema,
    response: publicReportDetailSchema,
  },
  'GET /api/visits/summary': {
    tag: 'visits',
    summary: t('帮扶走访汇总', 'Assistance visit summary'),
    query: visitsSummaryQuerySchema,
  },
  'GET /api/visits': { tag: 'visits', summary: t('帮扶走访', 'Assistance visits'), query: visitsListQuerySchema },
  'POST /api/visits': {
    tag: 'visits',
    summary: t('记录帮扶走访', 'Record an assistance visit'),
    body: visitBodySchema,
    response: described('写入的走访', 'the visit written'),
    status: 201,
  },
  'PATCH /api/visits/requests/{id}': {
    tag: 'visits',
    summary: t('答复企业诉求', 'Answer an enterprise’s request'),
    params: id,
    body: requestAnswerBodySchema,
    response: described('答复后的诉求', 'the request as answered'),
  },
  'PATCH /api/visits/{id}': {
    tag: 'visits',
    summary: t('记录回访', 'Record a follow-up'),
    params: id,
    body: followUpBodySchema,
    response: described('回访后的走访', 'the visit with its follow-up'),
  },
  'GET /api/departments': {
    tag: 'departments',
    summary: t('部门与乡镇', 'Departments and townships'),
    query: departmentsQuerySchema,
  },
  'GET /api/departments/leaders': {
    tag: 'departments',
    summary: t('乡镇包联领导', 'Township leaders'),
    query: leadersQuerySchema,
  },
  'PUT /api/departments/leaders/{township}': {
    tag: 'departments',
    summary: t('设置乡镇包联领导', 'Set a township’s leaders'),
    params: { township: townshipCodeSchema },
    body: leadersBodySchema,
    response: leadersResponseSchema,
  },
  'POST /api/departments/leaders/import': {
    tag: 'departments',
    summary: t('导入包联领导（CSV）', 'Import the township leaders (CSV)'),
    query: z.object({ dryRun: booleanParamSchema.optional() }),
    upload: { types: ['text/csv'], note: t('CSV 原始字节作为请求体', 'the CSV’s bytes as the body') },
    response: leadersImportResponseSchema,
  },
  'GET /api/departments/plan-items': {
    tag: 'departments',
    summary: t('部门任务清单', 'Departments’ plan items'),
    query: planItemsQuerySchema,
  },
  'POST /api/departments/plan-items': {
    tag: 'departments',
    summary: t('新增部门任务', 'Add a plan item'),
    body: planItemCreateSchema,
    response: planItemSchema,
    status: 201,
  },
  'PATCH /api/departments/plan-items/{id}': {
    tag: 'departments',
    summary: t('更新部门任务', 'Update a plan item'),
    params: id,
    body: planItemPatchSchema,
    response: planItemSchema,
    note: t(
      '需要 edit 权限，或为该任务所属部门的用户（仅进度、状态、完成日期与备注）',
      '`edit`, or a user of the item’s department (progress, status, done date and note only)',
    ),
  },
  'GET /api/departments/funds': {
    tag: 'departments',
    summary: t('专项资金', 'Earmarked funds'),
    query: fundsQuerySchema,
  },
  'POST /api/departments/funds': {
    tag: 'departments',
    summary: t('新增专项资金', 'Add a fund'),
    body: fundCreateSchema,
    response: fundSchema,
    status: 201,
  },
  'PATCH /api/departments/funds/{id}': {
    tag: 'departments',
    summary: t('更新专项资金', 'Update a fund'),
    params: id,
    body: fundPatchSchema,
    response: fundSchema,
  },
  'GET /api/departments/{id}': {
    tag: 'departments',
    summary: t('一个部门', 'One department'),
    params: { id: departmentIdSchema },
    query: departmentsQuerySchema,
  },
  'GET /api/voc/carbon': {
    tag: 'voc',
    summary: t('活性炭台账', 'The activated-carbon ledger'),
    query: carbonQuerySchema,
  },
  'POST /api/voc/carbon/replacements': {
    tag: 'voc',
    summary: t('记录活性炭更换', 'Record a carbon replacement'),
    body: carbonReplacementBodySchema,
    response: described('写入的更换记录', 'the replacement written'),
    status: 201,
  },
  'POST /api/voc/carbon/transfers': {
    tag: 'voc',
    summary: t('记录废活性炭转移', 'Record a spent-carbon transfer'),
    body: carbonTransferBodySchema,
    response: described('写入的转移记录', 'the transfer written'),
    status: 201,
  },
  'GET /api/voc/materials': {
    tag: 'voc',
    summary: t('原辅材料台账', 'The materials ledger'),
    query: materialsQuerySchema,
  },
  'POST /api/voc/materials': {
    tag: 'voc',
    summary: t('录入原辅材料', 'Enter materials'),
    body: materialBodySchema,
    response: described('写入的台账', 'the ledger written'),
    status: 201,
  },
  'GET /api/voc/summary': { tag: 'voc', summary: t('VOCs 汇总', 'VOCs summary'), query: vocSummaryQuerySchema },
  'POST /api/voc/import/dry-run': {
    tag: 'voc',
    summary: t('VOCs 台账导入试运行', 'VOCs ledger import dry run'),
    upload: importNote,
    response: described('校验报告', 'the check report'),
  },
  'POST /api/voc/import/commit': {
    tag: 'voc',
    summary: t('VOCs 台账导入提交', 'Commit a VOCs ledger import'),
    upload: importNote,
    response: described('校验报告与写入条数', 'the check report and the rows committed'),
    status: 201,
  },
  'GET /api/fuel-samples/summary': {
    tag: 'voc',
    summary: t('油品抽检汇总', 'Fuel sampling summary'),
    query: fuelSamplesSummaryQuerySchema,
  },
  'GET /api/fuel-samples': { tag: 'voc', summary: t('油品抽检', 'Fuel samples'), query: fuelSamplesQuerySchema },
  'POST /api/fuel-samples': {
    tag: 'voc',
    summary: t('记录油品抽检', 'Record a fuel sample'),
    body: fuelSampleBodySchema,
    response: described('写入的抽检', 'the sample written'),
    status: 201,
  },
  'PATCH /api/fuel-samples/{id}/result': {
    tag: 'voc',
    summary: t('录入检测结果', 'Enter a sample’s result'),
    params: id,
    body: fuelResultBodySchema,
    response: described('更新后的抽检', 'the sample as updated'),
  },
  'PATCH /api/fuel-samples/{id}/trace': {
    tag: 'voc',
    summary: t('记录不合格油品溯源', 'Record a failed sample’s trace'),
    params: id,
    body: fuelTraceBodySchema,
    response: described('更新后的抽检', 'the sample as updated'),
  },
  'GET /api/energy/ledger': {
    tag: 'energy',
    summary: t('能源消费台账', 'The energy ledger'),
    query: ledgerQuerySchema,
  },
  'PUT /api/energy/ledger/{enterprise}/{year}': {
    tag: 'energy',
    summary: t('录入企业某年能源消费', 'Enter an enterprise’s energy use for a year'),
    params: ledgerKeySchema.shape,
    body: ledgerBodySchema,
    response: ledgerRowSchema,
  },
  'GET /api/energy/summary': { tag: 'energy', summary: t('能源消费汇总', 'Energy summary'), query: summaryQuerySchema },
  'GET /api/energy/coal-projects': {
    tag: 'energy',
    summary: t('煤炭替代项目', 'Coal replacement projects'),
    query: coalProjectsQuerySchema,
  },
  'POST /api/energy/coal-projects': {
    tag: 'energy',
    summary: t('新增煤炭替代项目', 'Add a coal project'),
    body: coalProjectBodySchema,
    response: coalProjectSchema,
    status: 201,
  },
  'PATCH /api/energy/coal-projects/{id}': {
    tag: 'energy',
    summary: t('修改煤炭替代项目', 'Change a coal project'),
    params: { id: projectIdParamSchema },
    body: coalProjectPatchSchema,
    response: coalProjectSchema,
  },
  'GET /api/energy/high-energy-projects': {
    tag: 'energy',
    summary: t('“两高”项目', 'Energy-intensive projects'),
    query: highEnergyQuerySchema,
  },
  'POST /api/energy/high-energy-projects': {
    tag: 'energy',
    summary: t('新增“两高”项目', 'Add an energy-intensive project'),
    body: highEnergyBodySchema,
    response: highEnergyProjectSchema,
    status: 201,
  },
  'PATCH /api/energy/high-energy-projects/{id}': {
    tag: 'energy',
    summary: t('修改“两高”项目', 'Change an energy-intensive project'),
    params: { id: projectIdParamSchema },
    body: highEnergyPatchSchema,
    response: highEnergyProjectSchema,
  },
  'GET /api/openapi.json': { tag: 'docs', summary: t('本接口描述（OpenAPI 3.1）', 'This description (OpenAPI 3.1)') },
  'GET /api/docs': { tag: 'docs', summary: t('接口参考页面', 'The interactive API reference') },
};
