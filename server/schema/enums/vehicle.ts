/**
 * Vehicle-register enums (issue 16; tasks 9, 10, 16): categories, fuels, emission stages (GB 17691 /
 * GB 18352: 国一 … 国六), register status and the registers vehicles come from. Zod-free: the client imports it.
 *
 * @module
 */
import type { Labels } from '../localized.ts';

export const vehicleCategories = [
  'heavy-truck',
  'medium-truck',
  'light-truck',
  'tractor-unit',
  'bus',
  'sanitation',
  'postal',
  'express',
  'muck-truck',
  'other',
] as const;
export type VehicleCategory = (typeof vehicleCategories)[number];

/**
 * @example
 * vehicleCategoryLabels.sanitation.zh; // '环卫车辆'
 */
export const vehicleCategoryLabels: Labels<VehicleCategory> = {
  'heavy-truck': { zh: '重型货车', en: 'heavy truck' },
  'medium-truck': { zh: '中型货车', en: 'medium truck' },
  'light-truck': { zh: '轻型货车', en: 'light truck' },
  'tractor-unit': { zh: '半挂牵引车', en: 'tractor unit' },
  bus: { zh: '客车', en: 'bus' },
  sanitation: { zh: '环卫车辆', en: 'sanitation vehicle' },
  postal: { zh: '邮政车辆', en: 'postal vehicle' },
  express: { zh: '快递物流车辆', en: 'express-delivery vehicle' },
  'muck-truck': { zh: '渣土运输车', en: 'muck truck' },
  other: { zh: '其他', en: 'other' },
};

/** The municipal public-service categories task 10 requires to be electric, hydrogen or methanol (new or replaced). */
export const municipalVehicleCategories: readonly VehicleCategory[] = ['sanitation', 'postal', 'express'];
/** The freight categories (货车) the diesel-truck phase-out and the bulk-freight rule look at. */
export const truckCategories: readonly VehicleCategory[] = [
  'heavy-truck',
  'medium-truck',
  'light-truck',
  'tractor-unit',
  'muck-truck',
];

export const vehicleFuels = ['diesel', 'gas', 'gasoline', 'electric', 'hydrogen', 'methanol', 'hybrid'] as const;
export type VehicleFuel = (typeof vehicleFuels)[number];

/**
 * @example
 * vehicleFuelLabels.methanol.zh; // '甲醇'
 */
export const vehicleFuelLabels: Labels<VehicleFuel> = {
  diesel: { zh: '柴油', en: 'diesel' },
  gas: { zh: '燃气', en: 'natural gas' },
  gasoline: { zh: '汽油', en: 'gasoline' },
  electric: { zh: '纯电动', en: 'battery electric' },
  hydrogen: { zh: '氢燃料', en: 'hydrogen' },
  methanol: { zh: '甲醇', en: 'methanol' },
  hybrid: { zh: '混合动力', en: 'hybrid' },
};

/** The fuels task 10 accepts for new or replaced municipal vehicles (电动、氢能、甲醇). */
export const cleanMunicipalFuels: readonly VehicleFuel[] = ['electric', 'hydrogen', 'methanol'];

export const vehicleEmissionStages = ['I', 'II', 'III', 'IV', 'V', 'VI', 'new-energy'] as const;
export type VehicleEmissionStage = (typeof vehicleEmissionStages)[number];

/**
 * @example
 * vehicleEmissionStageLabels.IV.zh; // '国四'
 */
export const vehicleEmissionStageLabels: Labels<VehicleEmissionStage> = {
  I: { zh: '国一', en: 'China I' },
  II: { zh: '国二', en: 'China II' },
  III: { zh: '国三', en: 'China III' },
  IV: { zh: '国四', en: 'China IV' },
  V: { zh: '国五', en: 'China V' },
  VI: { zh: '国六', en: 'China VI' },
  'new-energy': { zh: '新能源', en: 'new energy' },
};

export const vehicleStatuses = ['in-use', 'scrapped', 'deregistered', 'transferred-out'] as const;
export type VehicleStatus = (typeof vehicleStatuses)[number];

/**
 * @example
 * vehicleStatusLabels.scrapped.zh; // '已报废'
 */
export const vehicleStatusLabels: Labels<VehicleStatus> = {
  'in-use': { zh: '在用', en: 'in use' },
  scrapped: { zh: '已报废', en: 'scrapped' },
  deregistered: { zh: '已注销', en: 'deregistered' },
  'transferred-out': { zh: '已转出', en: 'transferred out' },
};

export const vehicleRegisters = ['transport', 'public-security', 'enterprise', 'other'] as const;
export type VehicleRegister = (typeof vehicleRegisters)[number];

/**
 * @example
 * vehicleRegisterLabels['public-security'].zh; // '公安交管登记'
 */
export const vehicleRegisterLabels: Labels<VehicleRegister> = {
  transport: { zh: '交通运输部门营运车辆台账', en: 'transport department register' },
  'public-security': { zh: '公安交管登记', en: 'traffic police registration' },
  enterprise: { zh: '企业报送', en: 'enterprise return' },
  other: { zh: '其他来源', en: 'other source' },
};
