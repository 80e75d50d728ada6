import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { LiveEvent } from '../../server/schema/live-events.ts';
import { createChangeFeed, type ChangeFeed } from '../../server/services/change-feed.ts';
import { startLiveFeed } from '../../server/services/live-feed.ts';
import { createLiveHub, type LiveHub } from '../../server/services/live-hub.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
let feed: ChangeFeed;
let hub: LiveHub;
let stop: () => void;
let got: LiveEvent[];
let station: string;
let newestTs: string;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.1 });
  feed = createChangeFeed(seeded.db);
  hub = createLiveHub();
  stop = startLiveFeed({ db: seeded.db, feed, hub });
  got = [];
  hub.subscribe(new Set(['present', 'readings', 'outlets', 'alerts', 'reset']), (e) => got.push(e));
  const row = seeded.db
    .prepare('SELECT station_code AS code, max(ts) AS ts FROM station_readings GROUP BY station_code LIMIT 1')
    .get() as { code: string; ts: string };
  station = row.code;
  newestTs = row.ts;
});
afterAll(() => {
  stop();
  seeded.dispose();
});

const take = () => got.splice(0);
const nextHour = (ts: string) => {
  const d = new Date(`${ts}:00Z`);
  d.setUTCHours(d.getUTCHours() + 1);
  return d.toISOString().slice(0, 16);
};

describe('startLiveFeed', () => {
  it('a station_readings insert → a readings event with the station’s newest hour', () => {
    take();
    const ts = nextHour(newestTs);
    seeded.db
      .prepare('INSERT INTO station_readings (station_code, ts, pm25, pm10, so2, no2, co, o3) VALUES (?,?,?,?,?,?,?,?)')
      .run(station, ts, 181, 220, 12, 40, 1.4, 20);
    feed.poll();
    expect(take()).toMatchObject([
      {
        topic: 'readings',
        data: { readings: [{ station, ts, pm25: 181, pm10: 220, so2: 12, no2: 40, co: 1.4, o3: 20 }] },
      },
    ]);
    // a late hour still sends the station's newest one
    seeded.db.prepare('UPDATE station_readings SET pm25 = 5 WHERE station_code = ? AND ts = ?').run(station, newestTs);
    feed.poll();
    expect(take()).toMatchObject([{ topic: 'readings', data: { readings: [{ station, ts, pm25: 181 }] } }]);
  });

  it('default_as_of moving → a present event; another meta key → none', () => {
    take();
    seeded.db.prepare("UPDATE dataset_meta SET value = ? WHERE key = 'default_as_of'").run('2024-01-01T01:00');
    feed.poll();
    expect(take()).toEqual([expect.objectContaining({ topic: 'present', data: { asOf: '2024-01-01T01:00' } })]);
    seeded.db.prepare("INSERT OR REPLACE INTO dataset_meta (key, value) VALUES ('live_test', 'x')").run();
    feed.poll();
    expect(take()).toEqual([]);
  });

  it('an alert insert → raised with its rule title and the open count; clearing it → cleared', () => {
    take();
    const open = () => seeded.db.prepare('SELECT count(*) FROM alerts WHERE cleared_at IS NULL').pluck().get();
    const id = Number(
      seeded.db
        .prepare(
          `INSERT INTO alerts (rule, task, severity, layer, entity_id, township_code, title, detail, raised_at,
             last_seen_at, status)
           VALUES ('coal-reburning', 12, 'violation', 'villages', 'V-TEST', '140902001', ?, ?, '2024-01-01T01:00',
             '2024-01-01T01:00', 'open')`,
        )
        .run(JSON.stringify({ zh: '散煤复烧', en: 'x' }), JSON.stringify({ zh: '检测到复烧', en: 'x' }))
        .lastInsertRowid,
    );
    feed.poll();
    const [raised] = take();
    expect(raised).toMatchObject({
      topic: 'alerts',
      data: {
        raised: [{ id, rule: 'coal-reburning', task: 12, entityId: 'V-TEST', title: '散煤复烧', detail: '检测到复烧' }],
        cleared: [],
        open: open(),
      },
    });
    // an edit (assignment) is not news
    seeded.db.prepare("UPDATE alerts SET status = 'assigned', assignee = 'x' WHERE id = ?").run(id);
    feed.poll();
    expect(take()).toEqual([]);
    seeded.db.prepare("UPDATE alerts SET cleared_at = '2024-01-01T02:00' WHERE id = ?").run(id);
    feed.poll();
    expect(take()).toMatchObject([
      { topic: 'alerts', data: { raised: [], cleared: [{ id, rule: 'coal-reburning' }], open: open() } },
    ]);
  });

  it('an outlet hour → an outlets event, over only for a valid value above the ULE limit after O2 correction', () => {
    take();
    const enterprise = seeded.db.prepare('SELECT id FROM enterprises LIMIT 1').pluck().get() as string;
    seeded.db
      .prepare(
        `INSERT INTO outlets (id, enterprise_id, code, name, standard, reference_o2, limits, ule_limits, provenance,
           source) VALUES ('O-TEST', ?, 'DA901', '1#窑尾', 'gb4915-2013-grinding', 10, '{"pm":20,"so2":100}',
           '{"pm":10}', 'synthetic', 'test')`,
      )
      .run(enterprise);
    const insert = seeded.db.prepare(
      `INSERT INTO outlet_readings (outlet_id, ts, pm, so2, nox, o2, flags) VALUES ('O-TEST', ?, ?, 50, 80, ?, ?)`,
    );
    // 9 mg/m³ at 11 % O2 → 9.9 at 10 %: under the ULE 10
    insert.run('2024-01-01T01:00', 9, 11, '{"pm":"N","so2":"N","nox":"N"}');
    feed.poll();
    expect(take()).toMatchObject([
      {
        topic: 'outlets',
        data: { outlets: [{ outlet: 'O-TEST', enterprise, ts: '2024-01-01T01:00', pm: 9, so2: 50, over: false }] },
      },
    ]);
    // 9 mg/m³ at 13 % O2 → 9 × 11 / 8 = 12.4 > 10
    insert.run('2024-01-01T02:00', 9, 13, '{"pm":"N","so2":"N","nox":"N"}');
    feed.poll();
    expect(take()).toMatchObject([{ topic: 'outlets', data: { outlets: [{ ts: '2024-01-01T02:00', over: true }] } }]);
    // the same value under maintenance (M) is not counted
    insert.run('2024-01-01T03:00', 30, 13, '{"pm":"M","so2":"N","nox":"N"}');
    feed.poll();
    expect(take()).toMatchObject([{ topic: 'outlets', data: { outlets: [{ ts: '2024-01-01T03:00', over: false }] } }]);
  });

  it('a reset row → a reset event', () => {
    take();
    seeded.db.prepare("INSERT INTO change_log (topic, key, ts) VALUES ('reset', NULL, NULL)").run();
    feed.poll();
    expect(take()).toMatchObject([{ topic: 'reset', data: { reason: 'data-rebuilt' } }]);
  });
});

describe('createApp without a hub', () => {
  it('streams a readings event for a row written by another connection, polled by the next request', async () => {
    const app = createApp({ db: seeded.db });
    const caller = asUser(app, seeded.db, 'official');
    const res = await caller.request('/api/events?topics=readings');
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    const ts = '2030-01-01T01:00';
    seeded.db.prepare('INSERT INTO station_readings (station_code, ts, pm25) VALUES (?, ?, 99)').run(station, ts);
    await caller.request('/api/health'); // any request polls the change feed
    let text = '';
    const decoder = new TextDecoder();
    while (!text.includes('event: readings')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value);
    }
    const data = /event: readings\ndata: (.*)\n/.exec(text)?.[1] ?? '{}';
    expect(JSON.parse(data)).toMatchObject({ readings: [{ station, ts, pm25: 99 }] });
    await reader.cancel();
  });
});
