/** A parsed TSPLIB TSP instance (NODE_COORD_SECTION with EUC_2D, CEIL_2D, ATT or GEO weights). */
export interface TsplibInstance {
  name: string;
  type: 'EUC_2D' | 'CEIL_2D' | 'ATT' | 'GEO';
  /** Coordinates in file order (node i of the file is index i − 1). */
  coords: [number, number][];
}

/**
 * Parses the text of a TSPLIB `.tsp` file. Throws on unsupported edge-weight types.
 *
 * @example
 * parseTsplib('NAME: t\nDIMENSION: 2\nEDGE_WEIGHT_TYPE: EUC_2D\nNODE_COORD_SECTION\n1 0 0\n2 3 4\nEOF').coords.length;
 * // 2
 */
export function parseTsplib(text: string): TsplibInstance {
  const lines = text.split(/\r?\n/);
  let name = '';
  let type = '';
  let dimension = 0;
  const coords: [number, number][] = [];
  let inCoords = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (inCoords) {
      if (line === 'EOF' || /^[A-Z_]+\s*:?$/.test(line)) break;
      const parts = line.split(/\s+/).map(Number);
      coords.push([parts[1] as number, parts[2] as number]);
      continue;
    }
    const match = /^([A-Z_]+)\s*:\s*(.*)$/.exec(line);
    if (match) {
      const key = match[1] as string;
      const value = (match[2] as string).trim();
      if (key === 'NAME') name = value;
      else if (key === 'DIMENSION') dimension = Number(value);
      else if (key === 'EDGE_WEIGHT_TYPE') type = value;
    } else if (line.startsWith('NODE_COORD_SECTION')) inCoords = true;
  }
  if (type !== 'EUC_2D' && type !== 'CEIL_2D' && type !== 'ATT' && type !== 'GEO')
    throw new Error(`unsupported EDGE_WEIGHT_TYPE ${type}`);
  if (coords.length !== dimension) throw new Error(`DIMENSION ${dimension} but ${coords.length} coordinates`);
  return { name, type, coords };
}

/** TSPLIB GEO latitude/longitude (DDD.MM) in radians, with TSPLIB's PI = 3.141592. */
function geoRadians(x: number): number {
  const degrees = Math.trunc(x);
  // biome-ignore lint/suspicious/noApproximativeNumericConstant: TSPLIB's GEO distance is defined with PI = 3.141592.
  return (3.141592 * (degrees + (5 * (x - degrees)) / 3)) / 180;
}

/**
 * The instance's integer distance matrix by the TSPLIB conventions: EUC_2D nint(√(dx²+dy²)),
 * CEIL_2D ceil, ATT pseudo-Euclidean, GEO great-circle km on a 6378.388 km sphere.
 */
export function tsplibMatrix(instance: TsplibInstance): number[][] {
  const { coords, type } = instance;
  const n = coords.length;
  const rad = coords.map(([x, y]) => [geoRadians(x), geoRadians(y)] as const);
  const matrix: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    const [xi, yi] = coords[i] as [number, number];
    for (let j = 0; j < n; j++) {
      if (i === j) {
        row.push(0);
        continue;
      }
      const [xj, yj] = coords[j] as [number, number];
      const dx = xi - xj,
        dy = yi - yj;
      if (type === 'EUC_2D') row.push(Math.round(Math.hypot(dx, dy)));
      else if (type === 'CEIL_2D') row.push(Math.ceil(Math.hypot(dx, dy)));
      else if (type === 'ATT') {
        const r = Math.sqrt((dx * dx + dy * dy) / 10);
        const t = Math.round(r);
        row.push(t < r ? t + 1 : t);
      } else {
        const [lat1, lon1] = rad[i] as readonly [number, number];
        const [lat2, lon2] = rad[j] as readonly [number, number];
        const q1 = Math.cos(lon1 - lon2),
          q2 = Math.cos(lat1 - lat2),
          q3 = Math.cos(lat1 + lat2);
        row.push(Math.trunc(6378.388 * Math.acos(0.5 * ((1 + q1) * q2 - (1 - q1) * q3)) + 1));
      }
    }
    matrix.push(row);
  }
  return matrix;
}
