/**
 * The words the transport department's operating-vehicle register and the traffic police's registration data use
 * for a vehicle's emission stage, fuel, type and status, read into the register's codes (issue 16). Pure.
 *
 * @module
 */
import type { VehicleCategory, VehicleEmissionStage, VehicleFuel, VehicleStatus } from '../schema/enums/vehicle.ts';

const stageDigits: Readonly<Record<string, VehicleEmissionStage>> = {
  一: 'I',
  二: 'II',
  三: 'III',
  四: 'IV',
  五: 'V',
  六: 'VI',
  '1': 'I',
  '2': 'II',
  '3': 'III',
  '4': 'IV',
  '5': 'V',
  '6': 'VI',
  I: 'I',
  II: 'II',
  III: 'III',
  IV: 'IV',
  V: 'V',
  VI: 'VI',
};

/**
 * An emission stage from 国三, 国Ⅲ, 国3, 国III, 国 IV, 国六b, 国VI(b), 新能源, or a bare III / IV; undefined when
 * the text names none.
 *
 * @example
 * readEmissionStage('国Ⅳ'); // 'IV'
 * readEmissionStage('国六b'); // 'VI'
 * readEmissionStage('欧四'); // undefined
 */
export function readEmissionStage(text: string): VehicleEmissionStage | undefined {
  // NFKC turns Ⅳ into IV and full-width digits into ASCII
  const folded = text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (folded === '') return undefined;
  if (/新能源|纯电|燃料电池|NEV/.test(folded)) return 'new-energy';
  const match = /^(?:国|CHINA|GB)?(VI|IV|V|III|II|I|[一二三四五六]|[1-6])(?:[AB]|阶段|排放标准)?$/.exec(
    folded.replace(/^(?:国家第|第)/, '国').replace(/[()（）]/g, ''),
  );
  return match?.[1] ? stageDigits[match[1]] : undefined;
}

/** The traffic police's fuel codes (GA 24.9): A 汽油, B 柴油, C 电, E 天然气, F 液化石油气, L 甲醇, O 混合动力. */
const policeFuelCodes: Readonly<Record<string, VehicleFuel>> = {
  A: 'gasoline',
  B: 'diesel',
  C: 'electric',
  E: 'gas',
  F: 'gas',
  L: 'methanol',
  O: 'hybrid',
};

/**
 * A fuel from the words registers use (柴油, 天然气, LNG, 纯电动, 氢燃料电池, 甲醇, 插电式混合动力 …) or the police's
 * one-letter codes; undefined when unknown.
 *
 * @example
 * readFuel('液化天然气(LNG)'); // 'gas'
 * readFuel('B'); // 'diesel'
 */
export function readFuel(text: string): VehicleFuel | undefined {
  const t = text.normalize('NFKC').trim().toUpperCase();
  if (t === '') return undefined;
  if (/^[A-Z]$/.test(t)) return policeFuelCodes[t];
  if (/混合|插电|油电|HYBRID/.test(t)) return 'hybrid';
  if (/氢|燃料电池|HYDROGEN/.test(t)) return 'hydrogen';
  if (/甲醇|METHANOL/.test(t)) return 'methanol';
  if (/电|ELECTRIC|BEV/.test(t)) return 'electric';
  if (/柴油|DIESEL/.test(t)) return 'diesel';
  if (/天然气|燃气|LNG|CNG|液化石油气|LPG|\bGAS\b/.test(t)) return 'gas';
  if (/汽油|GASOLINE|PETROL/.test(t)) return 'gasoline';
  return undefined;
}

/**
 * A vehicle category from 车辆类型 (and 使用性质 when given): municipal uses first (环卫, 邮政, 快递), then 渣土,
 * 牵引, 重型/中型/轻型/微型 货车, 客车, or the police's type codes (H1x heavy, H2x medium, H3x/H4x light, Q tractor,
 * K bus). `other` when nothing matches.
 *
 * @example
 * readCategory('重型普通货车', ''); // 'heavy-truck'
 * readCategory('H31', '邮政'); // 'postal'
 */
export function readCategory(type: string, use: string): VehicleCategory {
  const both = `${type} ${use}`.normalize('NFKC').toUpperCase();
  if (/环卫|清扫|洒水|垃圾|清洗车/.test(both)) return 'sanitation';
  if (/邮政/.test(both)) return 'postal';
  if (/快递/.test(both)) return 'express';
  if (/渣土/.test(both)) return 'muck-truck';
  const t = type.normalize('NFKC').trim().toUpperCase();
  if (/牵引/.test(t) || /^Q\d/.test(t)) return 'tractor-unit';
  if (/重型/.test(t) || /^H1/.test(t)) return 'heavy-truck';
  if (/中型/.test(t) || /^H2/.test(t)) return 'medium-truck';
  if (/轻型|微型/.test(t) || /^H[34]/.test(t)) return 'light-truck';
  if (/客/.test(t) || /^K\d/.test(t)) return 'bus';
  return 'other';
}

/**
 * A register status from 正常/在用, 报废, 注销, 转出, or the police's status letters (机动车状态, possibly several:
 * A 正常, B 转出, E 注销, M 强制注销, P 达到报废标准公告牌证作废; other letters such as G 违法未处理 or Q 逾期未检验
 * leave the vehicle in use); undefined when unknown.
 *
 * @example
 * readStatus('已报废'); // 'scrapped'
 * readStatus('AG'); // 'in-use'
 * readStatus('E'); // 'deregistered'
 */
export function readStatus(text: string): VehicleStatus | undefined {
  const t = text.normalize('NFKC').trim().toUpperCase();
  if (t === '') return undefined;
  if (/^[A-Q]+$/.test(t)) {
    if (t.includes('P')) return 'scrapped';
    if (t.includes('E') || t.includes('M')) return 'deregistered';
    if (t.includes('B')) return 'transferred-out';
    return 'in-use';
  }
  if (/报废|SCRAPPED/.test(t)) return 'scrapped';
  if (/注销|DEREGISTERED/.test(t)) return 'deregistered';
  if (/转出|迁出|TRANSFERRED/.test(t)) return 'transferred-out';
  if (/正常|在用|营运|IN-USE/.test(t)) return 'in-use';
  return undefined;
}
