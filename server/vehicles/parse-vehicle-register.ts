/**
 * A vehicle register's rows (the transport department's operating-vehicle register or the traffic police's
 * registration data, as CSV or XLSX) read into vehicle rows with every problem named by row and column (issue 16,
 * tasks 9 and 10). Pure: the table and the places in, rows and problems out.
 *
 * A register gives no coordinates. A vehicle is placed, approximately, at its key-user enterprise (重点用车单位,
 * matched by enterprise code or exact name), else at the seat of its township (所属乡镇, by code or name); a row
 * with neither is refused.
 *
 * @module
 */
import { parseDate } from '../import/map-record.ts';
import type { ImportProblem } from '../import/parsed-import.ts';
import type { VehiclePlaces, VehicleRow } from './vehicle-row.ts';
import type { Provenance } from '../schema/common.ts';
import type { Localized } from '../schema/localized.ts';
import { vehicleRegisterLabels, type VehicleRegister } from '../schema/enums/vehicle.ts';
import { locateColumns, registerColumns, type RegisterField } from './register-columns.ts';
import { readCategory, readEmissionStage, readFuel, readStatus } from './register-words.ts';

/** Most data rows one import reads. */
export const MAX_REGISTER_ROWS = 20_000;

/** A sheet as text: the header and the data rows, each with its number as the spreadsheet shows it. */
export interface RegisterTable {
  header: readonly string[];
  rows: readonly { row: number; cells: readonly string[] }[];
}

/** What an import is told besides the file. */
export interface RegisterImportOptions {
  register: VehicleRegister;
  /** The importer's provenance; `official` becomes `approximate` (the position is derived, not surveyed). */
  provenance: Provenance;
  fileName: string;
  places: VehiclePlaces;
}

/** The rows read and every problem found. */
export interface ParsedRegister {
  vehicles: VehicleRow[];
  problems: ImportProblem[];
  counts: { rows: number; atEnterprise: number; atTownshipSeat: number };
}

const platePattern = /^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}[挂学警领]?$/;

/** `晋 h·12345` → `晋H12345`. */
export function normalisePlate(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s·.-]/g, '')
    .toUpperCase();
}

/**
 * Reads a register table. Errors leave the row out (and a commit refuses the whole file): a missing or malformed
 * plate, a plate repeated in the file, an unknown fuel or emission stage, a missing owner, a registration date that
 * is no date, a status other than in use without its date, no place to put the vehicle. Warnings: an unknown
 * vehicle type (stored as 其他), a key-user unit not among the enterprises (placed at the township seat), a
 * lean-burn mark on a vehicle that does not burn gas (ignored).
 *
 * @example
 * parseVehicleRegister({ header: ['车牌号码', …], rows }, options).vehicles[0]?.plate; // '晋H12345'
 */
export function parseVehicleRegister(table: RegisterTable, options: RegisterImportOptions): ParsedRegister {
  const problems: ImportProblem[] = [];
  const columns = locateColumns(table.header);
  const fileError = (text: Localized, field: string | null = null): ParsedRegister => ({
    vehicles: [],
    problems: [{ row: null, field, severity: 'error', problem: text.en, text }],
    counts: { rows: table.rows.length, atEnterprise: 0, atTownshipSeat: 0 },
  });
  const missing = (['plate', 'fuel', 'owner', 'registeredOn'] as const).filter((f) => columns[f] === undefined);
  if (missing.length > 0)
    return fileError({
      zh: `缺少必需的列：${missing.map((f) => registerColumns[f][0]).join('、')}`,
      en: `missing required columns: ${missing.map((f) => `${registerColumns[f][0]} (${f})`).join(', ')}`,
    });
  if (columns.keyUser === undefined && columns.township === undefined)
    return fileError({
      zh: '缺少定位列：须有「重点用车单位」或「所属乡镇」，车辆按其所在地近似定位',
      en: 'no column to place vehicles by: give 重点用车单位 (key-user unit) or 所属乡镇 (township)',
    });
  if (table.rows.length > MAX_REGISTER_ROWS)
    return fileError({
      zh: `数据行超过 ${MAX_REGISTER_ROWS} 行，请分批导入`,
      en: `more than ${MAX_REGISTER_ROWS} data rows; import the register in parts`,
    });

  const enterpriseById = new Map(options.places.enterprises.map((e) => [e.id, e]));
  const enterpriseByName = new Map(options.places.enterprises.map((e) => [e.name, e]));
  const townshipByKey = new Map(options.places.townships.flatMap((t) => [[t.code, t] as const, [t.name, t] as const]));
  const provenance: Provenance = options.provenance === 'official' ? 'approximate' : options.provenance;
  const registerZh = vehicleRegisterLabels[options.register].zh;
  const seen = new Map<string, number>();
  const vehicles: VehicleRow[] = [];
  const counts = { rows: 0, atEnterprise: 0, atTownshipSeat: 0 };

  for (const { row, cells } of table.rows) {
    const cell = (field: RegisterField) => {
      const index = columns[field];
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    if (cells.every((c) => c.trim() === '')) continue;
    counts.rows += 1;
    let failed = false;
    const report = (field: RegisterField | null, severity: 'error' | 'warning', text: Localized) => {
      if (severity === 'error') failed = true;
      const header = field === null ? null : (table.header[columns[field] ?? -1] ?? registerColumns[field][0]);
      problems.push({ row, field: header, severity, problem: text.en, text });
    };
    const quote = (text: string) => text.slice(0, 40);

    const plate = normalisePlate(cell('plate'));
    if (plate === '') report('plate', 'error', { zh: '号牌号码为空', en: 'plate: empty' });
    else if (!platePattern.test(plate))
      report('plate', 'error', {
        zh: `号牌号码「${quote(plate)}」格式不对（应如 晋H12345）`,
        en: `plate '${quote(plate)}' is not a Chinese plate (e.g. 晋H12345)`,
      });
    else if (seen.has(plate))
      report('plate', 'error', {
        zh: `号牌号码 ${plate} 与第 ${seen.get(plate)} 行重复`,
        en: `plate ${plate} repeats row ${seen.get(plate)}`,
      });
    else seen.set(plate, row);

    const fuelText = cell('fuel');
    const fuel = readFuel(fuelText);
    if (!fuel)
      report('fuel', 'error', {
        zh: `燃料种类「${quote(fuelText)}」无法识别（柴油、汽油、天然气、纯电动、氢燃料、甲醇、混合动力）`,
        en: `fuel '${quote(fuelText)}' is not known (diesel, gasoline, gas, electric, hydrogen, methanol, hybrid)`,
      });
    const stageText = cell('stage');
    let stage = readEmissionStage(stageText);
    if (fuel === 'electric' || fuel === 'hydrogen') stage = 'new-energy';
    else if (!stage)
      report('stage', 'error', {
        zh:
          stageText === ''
            ? '排放标准为空（非纯电动、氢燃料车辆须填写，如 国四）'
            : `排放标准「${quote(stageText)}」无法识别（如 国三、国Ⅳ、国4、国六、新能源）`,
        en:
          stageText === ''
            ? 'emission stage: empty (required unless electric or hydrogen, e.g. 国四)'
            : `emission stage '${quote(stageText)}' is not known (e.g. 国三, 国Ⅳ, 国4, 国六, 新能源)`,
      });

    const typeText = cell('type');
    const category = readCategory(typeText, cell('use'));
    if (category === 'other' && typeText !== '')
      report('type', 'warning', {
        zh: `车辆类型「${quote(typeText)}」未归类，按「其他」导入`,
        en: `vehicle type '${quote(typeText)}' not classified; imported as other`,
      });

    const leanText = cell('leanBurn');
    let leanBurn: 0 | 1 = /^(是|稀燃|稀薄燃烧|Y|YES|TRUE|1)$/i.test(leanText) ? 1 : 0;
    if (leanBurn === 1 && fuel !== 'gas') {
      leanBurn = 0;
      report('leanBurn', 'warning', {
        zh: '标为稀薄燃烧但不是燃气车辆，已忽略',
        en: 'marked lean-burn but does not burn gas; ignored',
      });
    }

    const owner = cell('owner');
    if (owner === '') report('owner', 'error', { zh: '所有人为空', en: 'owner: empty' });
    else if (owner.length > 100)
      report('owner', 'error', { zh: '所有人超过 100 个字符', en: 'owner: longer than 100 characters' });

    const readDay = (field: RegisterField, required: boolean): string | null => {
      const text = cell(field);
      if (text === '') {
        if (required)
          report(field, 'error', {
            zh: `${registerColumns[field][0]}为空`,
            en: `${registerColumns[field][0]} (${field}): empty`,
          });
        return null;
      }
      const parsed = parseDate(text);
      if (parsed.ok) return parsed.value;
      report(field, 'error', {
        zh: `${registerColumns[field][0]}「${quote(text)}」${parsed.error.text.zh}`,
        en: `${field} '${quote(text)}' ${parsed.error.text.en}`,
      });
      return null;
    };
    const registeredOn = readDay('registeredOn', true);
    const scrapDueOn = readDay('scrapDueOn', false);

    const statusText = cell('status');
    const status = statusText === '' ? 'in-use' : readStatus(statusText);
    if (!status)
      report('status', 'error', {
        zh: `机动车状态「${quote(statusText)}」无法识别（正常、报废、注销、转出，或公安交管状态代码）`,
        en: `status '${quote(statusText)}' is not known (正常, 报废, 注销, 转出, or a police status code)`,
      });
    const statusOn = status && status !== 'in-use' ? readDay('statusOn', true) : null;
    if (statusOn && registeredOn && statusOn < registeredOn)
      report('statusOn', 'error', {
        zh: `状态日期 ${statusOn} 早于注册日期 ${registeredOn}`,
        en: `status date ${statusOn} is before the registration date ${registeredOn}`,
      });

    const keyUserText = cell('keyUser');
    const enterprise =
      keyUserText === '' ? undefined : (enterpriseById.get(keyUserText) ?? enterpriseByName.get(keyUserText));
    if (keyUserText !== '' && !enterprise)
      report('keyUser', 'warning', {
        zh: `重点用车单位「${quote(keyUserText)}」不在企业名录中，按所属乡镇驻地定位`,
        en: `key-user unit '${quote(keyUserText)}' is not among the enterprises; placed at the township seat`,
      });
    const townshipText = cell('township');
    const township = townshipText === '' ? undefined : townshipByKey.get(townshipText);
    if (townshipText !== '' && !township)
      report('township', enterprise ? 'warning' : 'error', {
        zh: `所属乡镇「${quote(townshipText)}」不是忻府区的乡镇（街道）名称或代码`,
        en: `township '${quote(townshipText)}' is not a township name or code of Xinfu`,
      });
    else if (!enterprise && !township)
      report(columns.township === undefined ? 'keyUser' : 'township', 'error', {
        zh: '无法定位：须给出名录中的重点用车单位或所属乡镇',
        en: 'cannot be placed: give a listed key-user unit or the township',
      });

    if (failed || !fuel || !stage || !registeredOn || !status || !(enterprise ?? township)) continue;
    const place = enterprise
      ? { township_code: enterprise.township, lon: enterprise.lon, lat: enterprise.lat }
      : { township_code: township?.code ?? '', lon: township?.lon ?? 0, lat: township?.lat ?? 0 };
    if (enterprise) counts.atEnterprise += 1;
    else counts.atTownshipSeat += 1;
    vehicles.push({
      plate,
      category,
      fuel,
      emission_stage: stage,
      lean_burn: leanBurn,
      owner_unit: owner,
      key_user_enterprise_id: enterprise?.id ?? null,
      registered_on: registeredOn,
      status,
      status_on: statusOn,
      scrap_due_on: scrapDueOn,
      register: options.register,
      ...place,
      provenance,
      source:
        `${registerZh}导入：${options.fileName.slice(0, 80)}；位置为近似（` +
        `${enterprise ? '重点用车单位所在地' : '所属乡镇驻地'}）`,
    });
  }
  return { vehicles, problems, counts };
}
