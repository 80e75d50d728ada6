/**
 * The source sentences of the seeded layer features (`source`, shown under 来源 in the details drawer), in both
 * languages. The seeds write the English sentence (the API and its tests keep it as it was); the client words it with
 * `localizeSource`, which also knows the township boundary sentence and an import's `导入 <file>（<user>，<date>）`.
 * Zod-free: the client imports it at runtime.
 *
 * @module
 */
import type { Localized } from './localized.ts';

/** The township boundary method of geodata/xinfu-townships.approx.geojson. */
const VORONOI_METHOD =
  'Voronoi cell of the approximate township seat, clipped to the county boundary; not a surveyed boundary, ' +
  'to be replaced by importing the surveyed township boundaries.';

export const sourceNotes = {
  enterpriseNamed: {
    en:
      'Named in plan task 3 (official). Position not published: ' +
      'placed approximately in a plausible township; attributes synthetic.',
    zh: '名称见行动计划任务3（官方）。位置未公开：近似放在可能的乡镇内；其余属性为合成数据。',
  },
  enterpriseSynthetic: {
    en: 'Synthetic demo enterprise (the district register is not public); replace by import.',
    zh: '合成演示企业（区企业名录未公开）；请以导入数据替换。',
  },
  machine: {
    en: 'Synthetic demo machine (the registration database is not public); replace by import.',
    zh: '合成演示机械（编码登记库未公开）；请以导入数据替换。',
  },
  site: {
    en: 'Synthetic demo site (the district site register is not public); replace by import.',
    zh: '合成演示工地（区工地台账未公开）；请以导入数据替换。',
  },
  nationalStation: {
    en: 'Position and code: CNEMC national station list (official, ±10 m). Readings: synthetic demo data.',
    zh: '位置与代码：中国环境监测总站国控站名录（官方，±10 米）。读数：合成演示数据。',
  },
  microStation: {
    en: 'Synthetic demo micro-station (grid micro-station network not public); replace by import.',
    zh: '合成演示微站（网格化微站网络未公开）；请以导入数据替换。',
  },
  village: {
    en:
      'Code, name and township: NBS 2021 统计用区划代码 (official). ' +
      'Position: synthetic (no public village coordinates exist; placed at random inside its provisional township).',
    zh:
      '代码、名称与所属乡镇：国家统计局2021年统计用区划代码（官方）。' +
      '位置：合成（无公开村庄坐标，随机放在示意乡镇范围内）。',
  },
  villageHeating: {
    en: 'Synthetic demo data (clean-heating register not published).',
    zh: '合成演示数据（清洁取暖台账未公开）。',
  },
  villageNamed: {
    en: 'Named in plan task 7 (official); retrofit state synthetic.',
    zh: '名称见行动计划任务7（官方）；改造状态为合成数据。',
  },
  dustfallPoint: {
    en: 'Synthetic demo point; readings synthetic (GB/T 15265-1994 gravimetric method assumed). Replace by import.',
    zh: '合成演示点位；读数为合成数据（假定采用 GB/T 15265-1994 重量法）。请以导入数据替换。',
  },
  fuelPoint: {
    en: 'Synthetic demo report; replace by import.',
    zh: '合成演示举报；请以导入数据替换。',
  },
  zoneUrban: {
    en:
      'Approximates the urban zone of the 2019-09-30 Xinzhou city notice (忻州日报); ' +
      'drawn by hand without road data. Replace by import.',
    zh: '近似2019年9月30日忻州市通告（忻州日报）中的城区控制区；无道路数据，手工绘制。请以导入数据替换。',
  },
  zoneSynthetic: {
    en: 'Synthetic illustrative zone (no such notice found); replace by import.',
    zh: '合成示意控制区（未找到相应通告）；请以导入数据替换。',
  },
  township: {
    en: `Code and name: NBS 2021 统计用区划代码 (official). Boundary: ${VORONOI_METHOD}`,
    zh:
      '代码与名称：国家统计局2021年统计用区划代码（官方）。' +
      '边界：按近似乡镇驻地划分的泰森多边形，以区界裁剪；并非实测边界，待导入实测乡镇边界后替换。',
  },
} as const satisfies Record<string, Localized>;

/** An import's source as the import worker writes it: `导入 <file>（<user>，<YYYY-MM-DD>）`. */
const IMPORTED = /^导入 (.+)（([^，）]+)，(\d{4}-\d{2}-\d{2})）$/;

/**
 * A feature's `source` sentence in both languages: a seeded sentence, an import's, or (text someone else wrote) the
 * text itself in both.
 *
 * @example
 * localizeSource('Synthetic demo report; replace by import.').zh; // '合成演示举报；请以导入数据替换。'
 * localizeSource('导入 a.csv（admin，2026-12-01）').en; // 'Imported from a.csv (admin, 2026-12-01)'
 */
export function localizeSource(source: string): Localized {
  const known = Object.values(sourceNotes).find((note) => note.en === source);
  if (known) return known;
  const imported = IMPORTED.exec(source);
  if (imported) return { zh: source, en: `Imported from ${imported[1]} (${imported[2]}, ${imported[3]})` };
  return { zh: source, en: source };
}
