import { describe, expect, it } from 'vitest';
import { windOfAmbientItems } from '../../server/db/air-surface-wind.ts';
import { writeIngestBatch, type AcceptedPacket } from '../../server/db/ingest-batch.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { bootstrapReference } from '../../server/services/bootstrap-reference.ts';

describe('windOfAmbientItems (HJ 212 a01007 风速, a01008 风向)', () => {
  it('reads the N-flagged (or unflagged) Avg, else Rtd', () => {
    expect(windOfAmbientItems({ a01007: { Avg: 2.4, Flag: 'N' }, a01008: { Avg: 315, Flag: 'N' } })).toEqual({
      ws: 2.4,
      wd: 315,
    });
    expect(windOfAmbientItems({ a01007: { Rtd: 1.1 }, a01008: { Rtd: 90 } })).toEqual({ ws: 1.1, wd: 90 });
  });

  it('reads 360° as 0° (north)', () => {
    expect(windOfAmbientItems({ a01007: { Avg: 3 }, a01008: { Avg: 360 } })).toEqual({ ws: 3, wd: 0 });
  });

  it('has no wind unless both speed and direction are valid', () => {
    expect(windOfAmbientItems({ a01007: { Avg: 2.4 } })).toBeNull();
    expect(windOfAmbientItems({ a01007: { Avg: 2.4, Flag: 'M' }, a01008: { Avg: 10 } })).toBeNull();
    expect(windOfAmbientItems({ a01007: { Avg: -1 }, a01008: { Avg: 10 } })).toBeNull();
    expect(windOfAmbientItems({ a01007: { Avg: 1 }, a01008: { Avg: 361 } })).toBeNull();
    expect(windOfAmbientItems({ a34004: { Avg: 35 } })).toBeNull();
  });
});

describe('an accepted ambient packet keeps its wind (station_wind)', () => {
  it('writes the hour’s wind next to its readings, labelled by the hour’s end', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    bootstrapReference(db);
    const township = db.prepare('SELECT code FROM townships ORDER BY code LIMIT 1').pluck().get() as string;
    db.prepare(
      `INSERT INTO stations (code, name, kind, township_code, lon, lat, status, provenance, readings_provenance, source)
       VALUES ('T001', '测试站', 'national', ?, 112.73, 38.42, 'active', 'synthetic', 'synthetic', 'test')`,
    ).run(township);
    const packet = (dataTime: string, items: AcceptedPacket['items']): AcceptedPacket => ({
      mn: 'AQ-WIND',
      st: '22',
      cn: '2061',
      dataTime,
      receivedAt: 0,
      items,
      device: { kind: 'ambient', entityLayer: 'stations', entityId: 'T001', intervalS: 3600 },
      lastPacket: '',
    });
    writeIngestBatch(db, {
      packets: [
        packet('2023-07-01T14:00:00', { a34004: { Avg: 35 }, a01007: { Avg: 2.5 }, a01008: { Avg: 160 } }),
        packet('2023-07-01T15:00:00', { a34004: { Avg: 40 } }),
      ],
      refusals: [],
      at: 0,
    });
    expect(db.prepare('SELECT station_code, ts, ws, wd FROM station_wind').all()).toEqual([
      { station_code: 'T001', ts: '2023-07-01T15:00', ws: 2.5, wd: 160 },
    ]);
    expect(db.prepare('SELECT count(*) FROM station_readings').pluck().get()).toBe(2);
  });
});
