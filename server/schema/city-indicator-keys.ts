/**
 * The city-assigned annual binding indicators' keys, names and years (see city-indicators.ts for the
 * schema). Zod-free: the client imports it.
 *
 * @module
 */

/** The years an indicator may be entered for: the plan's year onwards. */
export const CITY_INDICATOR_FIRST_YEAR = 2023;
export const CITY_INDICATOR_LAST_YEAR = 2100;

/** The concentration targets' keys (pollutants of the AQ evaluation). */
export const cityConcentrationKeys = ['PM2.5', 'PM10', 'SO2', 'NO2', 'CO', 'O3'] as const;
export type CityConcentrationKey = (typeof cityConcentrationKeys)[number];

/** The emission totals' pollutants: 二氧化硫, 氮氧化物, 颗粒物, 挥发性有机物. */
export const cityEmissionKeys = ['SO2', 'NOx', 'PM', 'VOCs'] as const;
export type CityEmissionKey = (typeof cityEmissionKeys)[number];

/** Chinese and English names of each field, for labels and error messages. */
export const cityEmissionNames: Readonly<Record<CityEmissionKey, { zh: string; en: string }>> = {
  SO2: { zh: '二氧化硫', en: 'SO2' },
  NOx: { zh: '氮氧化物', en: 'NOx' },
  PM: { zh: '颗粒物', en: 'particulate matter' },
  VOCs: { zh: '挥发性有机物', en: 'VOCs' },
};

/** The Chinese name of a body field by its path, for error messages that name the field. */
export function cityIndicatorFieldZh(path: readonly PropertyKey[]): string | null {
  const [head, key, leaf] = path;
  if (head === 'concentrations' && typeof key === 'string') {
    return key === 'CO' ? 'CO 浓度目标' : key === 'O3' ? 'O3 浓度目标' : `${key} 年均浓度目标`;
  }
  if (head === 'goodDayRatio') return '优良天数比例';
  if (head === 'emissions' && typeof key === 'string') {
    const name = cityEmissionNames[key as CityEmissionKey]?.zh ?? key;
    return leaf === 'cap' ? `${name}排放总量上限` : leaf === 'reduction' ? `${name}减排量` : `${name}排放总量`;
  }
  if (head === 'source') {
    const names: Record<string, string> = {
      name: '文件名称',
      number: '文号',
      issuer: '印发机关',
      issuedOn: '印发日期',
    };
    return typeof key === 'string' ? (names[key] ?? '来源文件') : '来源文件';
  }
  if (head === 'provenance') return '数据来源';
  return null;
}

/** A source document as {@link sourceDocumentText} reads it (the schema's `SourceDocument`). */
export interface SourceDocumentLike {
  name: string;
  number: string | null;
  issuer: string;
  issuedOn: string;
}

/**
 * The source document in one line: 《name》, 文号, issuer, date.
 *
 * @example
 * const source = { name: '关于下达…的通知', number: null, issuer: '忻州市人民政府', issuedOn: '2024-02-20' };
 * sourceDocumentText(source, 'zh');
 * // '《关于下达…的通知》，忻州市人民政府，2024-02-20'
 */
export function sourceDocumentText(source: SourceDocumentLike, lang: 'zh' | 'en'): string {
  const name = lang === 'zh' ? `《${source.name}》` : `“${source.name}”`;
  return [name, source.number, source.issuer, source.issuedOn]
    .filter((part): part is string => part !== null)
    .join(lang === 'zh' ? '，' : ', ');
}
