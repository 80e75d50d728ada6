import { buildCounties } from './build-counties.ts';
import { buildCounty } from './build-county.ts';
import { buildRivers } from './build-rivers.ts';
import { buildStations } from './build-stations.ts';
import { buildTownships } from './build-townships.ts';

/** One output file of the build: its name inside `geodata/` and its full text. */
export interface GeodataFile {
  name: string;
  content: string;
}

/** The source files the build reads (from `geodata/sources/`, copied from the reference folder; see its SOURCES.md). */
export const SOURCE_FILES = [
  'xinfu-county.wgs84.geojson',
  'xinfu-county.gcj02.geojson',
  'xinzhou-districts.wgs84.geojson',
  'xinzhou-rivers-1to4m.geojson',
  'xinzhou-aq-stations.geojson',
  'xinfu-townships.csv',
  'xinfu-villages-2021.csv',
  'xinfu-township-seats.approx.csv',
] as const;

/** Name of a source file of the build. */
export type SourceFileName = (typeof SOURCE_FILES)[number];

/** CSV files copied unchanged, byte for byte. */
const COPIED_FILES = ['xinfu-townships.csv', 'xinfu-villages-2021.csv', 'xinfu-township-seats.approx.csv'] as const;

/** Decodes UTF-8 strictly and keeps a byte-order mark, so that re-encoding gives the same bytes. */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Builds every file of `geodata/` (except README.md) from the source files. Pure: the caller supplies
 * the bytes of each source file and writes the results; the same sources always give the same output.
 *
 * @param readSource - returns the bytes of a source file, by name
 * @returns the output files, in a fixed order
 * @throws Error naming the file if a source does not have the expected content
 * @example
 * const files = buildGeodata((name) => readFileSync(join('geodata/sources', name)));
 * for (const file of files) writeFileSync(join('geodata', file.name), file.content);
 */
export function buildGeodata(readSource: (name: SourceFileName) => Uint8Array): GeodataFile[] {
  const text = (name: SourceFileName): string => decoder.decode(readSource(name));
  return [
    {
      name: 'xinfu-county.wgs84.geojson',
      content: buildCounty(text('xinfu-county.wgs84.geojson'), 'xinfu-county.wgs84.geojson', 'WGS84'),
    },
    {
      name: 'xinfu-county.gcj02.geojson',
      content: buildCounty(text('xinfu-county.gcj02.geojson'), 'xinfu-county.gcj02.geojson', 'GCJ-02'),
    },
    {
      name: 'xinzhou-counties.wgs84.geojson',
      content: buildCounties(text('xinzhou-districts.wgs84.geojson'), 'xinzhou-districts.wgs84.geojson'),
    },
    {
      name: 'xinzhou-rivers-1to4m.geojson',
      content: buildRivers(text('xinzhou-rivers-1to4m.geojson'), 'xinzhou-rivers-1to4m.geojson'),
    },
    {
      name: 'xinzhou-aq-stations.geojson',
      content: buildStations(text('xinzhou-aq-stations.geojson'), 'xinzhou-aq-stations.geojson'),
    },
    ...COPIED_FILES.map((name) => ({ name, content: text(name) })),
    {
      name: 'xinfu-townships.approx.geojson',
      content: buildTownships({
        countyWgs84: text('xinfu-county.wgs84.geojson'),
        townshipsCsv: text('xinfu-townships.csv'),
        seatsCsv: text('xinfu-township-seats.approx.csv'),
      }),
    },
  ];
}
