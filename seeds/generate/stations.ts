import type { GeneratorContext } from './context.ts';
import { randomPointNear } from './geo-sampler.ts';
import { sourceNotes } from '../../server/schema/source-notes.ts';

/** A station as the readings generator needs it. */
export interface StationSite {
  code: string;
  kind: 'national' | 'micro';
  active: boolean;
  /** Local source strength: 1 = urban background; > 1 near industry or construction. */
  pollutionFactor: number;
}

/**
 * The 4 real national stations (official positions from the CNEMC list; 2180A stopped in 2019)
 * and 36 × scale synthetic micro-stations near industry, construction and township seats.
 */
export function generateStations(ctx: GeneratorContext, hotspots: { lon: number; lat: number }[]) {
  const rng = ctx.rngFor('stations');
  const rows = [];
  const sites: StationSite[] = [];
  for (const s of ctx.ref.stations) {
    const stopped = s.status === 'stopped';
    rows.push({
      code: s.code,
      name: s.name,
      kind: 'national',
      township_code: ctx.townshipOf([s.lon, s.lat]),
      lon: s.lon,
      lat: s.lat,
      status: stopped ? 'stopped' : 'active',
      stopped_on: s.stoppedOn,
      provenance: 'official',
      readings_provenance: 'synthetic',
      source: sourceNotes.nationalStation.en,
    });
    sites.push({ code: s.code, kind: 'national', active: !stopped, pollutionFactor: 1 });
  }
  const count = Math.round(36 * ctx.scale);
  const perTownship = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const nearHotspot = rng.chance(0.65) && hotspots.length > 0;
    const township = rng.pick(ctx.ref.townships);
    const hotspot = nearHotspot ? rng.pick(hotspots) : null;
    const centre: [number, number] = hotspot ? [hotspot.lon, hotspot.lat] : township.seat;
    const point = randomPointNear(rng, centre, nearHotspot ? 400 : 1200, ctx.county);
    const code = ctx.townshipOf(point);
    const n = (perTownship.get(code) ?? 0) + 1;
    perTownship.set(code, n);
    const stationCode = `XFW${String(i + 1).padStart(3, '0')}`;
    rows.push({
      code: stationCode,
      name: `${ctx.township(code).name}微站${n}`,
      kind: 'micro',
      township_code: code,
      lon: point[0],
      lat: point[1],
      status: 'active',
      stopped_on: null,
      provenance: 'synthetic',
      readings_provenance: 'synthetic',
      source: sourceNotes.microStation.en,
    });
    sites.push({
      code: stationCode,
      kind: 'micro',
      active: true,
      pollutionFactor: nearHotspot ? rng.range(1.05, 1.4) : rng.range(0.9, 1.1),
    });
  }
  return { rows, sites };
}
