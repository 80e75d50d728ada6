import type { Feature, Point } from 'geojson';
import { formatFeatureCollection } from './canonical-geojson.ts';
import { parseSource, stationCollectionSchema } from './source-schemas.ts';

/** Properties of a national-control air-quality station (xinzhou-aq-stations.geojson). */
export interface StationProperties {
  /** CNEMC station code, e.g. `2181A`. */
  code: string;
  /** Station name without the source's stop note, e.g. `机引`. */
  name: string;
  /** `stopped` if the CNEMC list marks the station 停运, else `active` (listed without such a note). */
  status: 'active' | 'stopped';
  /** Date the station stopped (YYYY-MM-DD), from the source's 停运 note; null when active. */
  stoppedOn: string | null;
  provenance: 'official';
}

/** The source appends a stop note to the name: `机引(20190313停运)`. */
const STOP_NOTE = /^(.+)\((\d{4})(\d{2})(\d{2})停运\)$/;

/**
 * Builds the canonical station file: the stop note is moved from the name into `status` and `stoppedOn`
 * (and checked against the source's own status text); positions are kept as published.
 *
 * @param text - the source file's text (Point features, `[lon, lat]` degrees)
 * @param fileName - the source file's name, for error messages
 * @returns the canonical GeoJSON text, sorted by code
 * @throws Error if a stop note disagrees with the source's status field
 * @example
 * buildStations(readFileSync('geodata/sources/xinzhou-aq-stations.geojson', 'utf8'), 'xinzhou-aq-stations.geojson');
 */
export function buildStations(text: string, fileName: string): string {
  const source = parseSource(stationCollectionSchema, text, fileName);
  const features = source.features.map((f): Feature<Point, StationProperties> => {
    const note = STOP_NOTE.exec(f.properties.name);
    const stoppedOn = note ? `${note[2]}-${note[3]}-${note[4]}` : null;
    const sourceSaysStopped = f.properties.status.startsWith('stopped');
    if (
      sourceSaysStopped !== (stoppedOn !== null) ||
      (stoppedOn !== null && f.properties.status !== `stopped ${stoppedOn}`)
    ) {
      throw new Error(
        `${fileName}: station ${f.properties.code}: name '${f.properties.name}' ` +
          `and status '${f.properties.status}' disagree`,
      );
    }
    return {
      type: 'Feature',
      properties: {
        code: f.properties.code,
        name: note?.[1] ?? f.properties.name,
        status: stoppedOn === null ? 'active' : 'stopped',
        stoppedOn,
        provenance: 'official',
      },
      geometry: f.geometry,
    };
  });
  return formatFeatureCollection(features, (f) => f.properties.code);
}
