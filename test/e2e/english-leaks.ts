/**
 * Words of English in text meant to be Chinese: every run of two or more Latin letters that is not a code, unit,
 * standard, format or proper name the Chinese UI writes in Latin letters (GB 3095, PM2.5, km², CSV, WGS84, the demo
 * accounts' user names…). Pure, so the browser tests and its own unit test share it.
 *
 * @example
 * englishLeaks('超标 PM2.5 37.9 µg/m³，GB 3095-2012'); // []
 * englishLeaks('操作失败：assignee: Invalid input'); // ['assignee', 'Invalid', 'input']
 */
export function englishLeaks(text: string): string[] {
  // a command-line flag (`--no-demo`) is something to type, not prose
  // an identifier of letters and digits (a device's MN LT22XFW001, an outlet E0001-DA001) is a code, not a word
  const words =
    text
      .replace(/(^|\s)--[a-z][a-z-]*/g, ' ')
      .replace(/[A-Za-z0-9-]*(?:[A-Za-z]\d|\d[A-Za-z])[A-Za-z0-9-]*/g, ' ')
      // a register code of capitals joined by hyphens and ending in digits (a muck truck ZTC-007, a site XN-DS-02)
      .replace(/\b[A-Z]{1,5}(?:-[A-Z0-9]+)*-\d+\b/g, ' ')
      .match(/[A-Za-z][A-Za-z'’]*[A-Za-z]/g) ?? [];
  return words.filter((word) => !ALLOWED.has(word) && !ALLOWED.has(word.toLowerCase()));
}

/** Latin words the Chinese UI may show: standards, pollutants, units, file formats, coordinate systems, names. */
const ALLOWED = new Set([
  // standards and bodies (CJJ: the urban-construction standards, CJJ/T 126 on road cleaning)
  'GB',
  'HJ',
  'CJJ',
  'CNEMC',
  // pollutants and indices
  'PM',
  'SO',
  'NO',
  'CO',
  'AQI',
  'IAQI',
  'VOCs',
  'NOx',
  // units
  'km',
  'kg',
  'mg',
  'µg',
  'kWh',
  'kW',
  'MW',
  // issue 17's energy ledger: megawatt-hours and tonnes / kilograms of coal equivalent (标准煤)
  'MWh',
  'tce',
  'kgce',
  'h',
  'min',
  'd',
  // formats, coordinate systems and map sources
  'CSV',
  'csv',
  'XLSX',
  'xlsx',
  'PNG',
  'GPX',
  'PDF',
  'GeoJSON',
  'Shapefile',
  'shp',
  'zip',
  'KML',
  'WGS',
  'GCJ',
  'CGCS',
  'OpenStreetMap',
  'OSM',
  'MapLibre',
  'deck.gl',
  'HTTPS',
  'URL',
  'API',
  'CEMS',
  'GPS',
  'TSP',
  'NRMM',
  // HJ 212-2017's own field names the devices page shows (设备编号 MN, 密码 PW, CRC校验)
  'MN',
  'PW',
  'CRC',
  // the plan's own words in two task requirements (泄漏检测与修复 LDAR, 车载诊断 OBD)
  'LDAR',
  'OBD',
  // the product, the demo accounts and their password (the sign-in page and demo banner name them)
  'Lantian',
  'official',
  'analyst',
  'inspector',
  'duty',
  'admin',
  'lantian-demo',
  'lantian',
  'demo',
  'English',
]);
