/**
 * The columns of a vehicle-register import (issue 16): each field and the headers the transport department's
 * operating-vehicle register (道路运输车辆台账) and the traffic police's registration data (机动车登记信息) give it.
 *
 * @module
 */

/** A field the import reads, and its accepted headers (compared trimmed, case-insensitively, without a unit). */
export const registerColumns = {
  plate: ['号牌号码', '车牌号码', '车牌号', '号牌', 'plate'],
  type: ['车辆类型', '车型', '车辆类别', 'type', 'category'],
  use: ['使用性质', '用途', '车辆用途', 'use'],
  fuel: ['燃料种类', '燃料类型', '燃料', 'fuel'],
  stage: ['排放标准', '排放阶段', '排放等级', 'emissionStage', 'stage'],
  leanBurn: ['稀薄燃烧', '燃烧方式', 'leanBurn'],
  owner: ['所有人', '业户名称', '车主', '车主单位', '所有人名称', 'owner'],
  registeredOn: ['注册日期', '初次登记日期', '注册登记日期', '登记日期', 'registeredOn'],
  status: ['机动车状态', '车辆状态', '状态', 'status'],
  statusOn: ['状态日期', '报废日期', '注销日期', '转出日期', '状态变更日期', 'statusOn'],
  scrapDueOn: ['强制报废期止', '强制报废日期', '报废期止', 'scrapDueOn'],
  keyUser: ['重点用车单位', '重点用车企业', '所属企业', 'keyUser'],
  township: ['所属乡镇', '乡镇', '乡镇（街道）', '所在乡镇', 'township'],
} as const satisfies Record<string, readonly string[]>;

export type RegisterField = keyof typeof registerColumns;

/** `号牌号码（蓝牌）`, ` Plate ` → `号牌号码`, `plate`. */
export function normaliseHeader(name: string): string {
  return name
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/\s*\([^()]*\)$/, '')
    .trim();
}

/**
 * The column index of each field in `header` (the first accepted name found), undefined where absent.
 *
 * @example
 * locateColumns(['车牌号码', '燃料种类']).plate; // 0
 */
export function locateColumns(header: readonly string[]): Partial<Record<RegisterField, number>> {
  const folded = header.map(normaliseHeader);
  const found: Partial<Record<RegisterField, number>> = {};
  for (const [field, names] of Object.entries(registerColumns) as [RegisterField, readonly string[]][]) {
    for (const name of names) {
      const index = folded.indexOf(normaliseHeader(name));
      if (index >= 0) {
        found[field] = index;
        break;
      }
    }
  }
  return found;
}
