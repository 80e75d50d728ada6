import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { startAlertScheduler } from '../../server/services/alert-scheduler.ts';
import { openDatabase, type Db } from '../../server/db/open-database.ts';
import { createChangeFeed, type Change } from '../../server/services/change-feed.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser } from '../helpers/sign-in.ts';

let seeded: ReturnType<typeof createSeededDbFile>;
/** Another connection: its commits reach the feed only through the change log. */
let other: Db;
beforeAll(() => {
  seeded = createSeededDbFile({ scale: 0.25 });
  other = openDatabase(seeded.file);
  asUser(createApp({ db: seeded.db }), seeded.db, 'admin'); // an account and a session
});
afterAll(() => {
  other.close();
  seeded.dispose();
});

const fuelPointId = () => other.prepare('SELECT min(id) FROM fuel_points').pluck().get() as string;

describe('the change feed', () => {
  it('publishes each topic once per poll with its distinct keys, in commit order, from any connection', () => {
    const feed = createChangeFeed(seeded.db);
    const seen: Change[] = [];
    const all: string[] = [];
    feed.subscribe('readings', (change) => seen.push(change));
    feed.subscribe('*', (change) => all.push(change.topic));
    const station = other.prepare('SELECT code FROM stations ORDER BY code LIMIT 1').pluck().get() as string;
    other.transaction(() => {
      for (const ts of ['2024-01-01T01:00', '2024-01-01T02:00']) {
        other.prepare('INSERT INTO station_readings (station_code, ts, pm25) VALUES (?, ?, 30)').run(station, ts);
      }
    })();
    seeded.db.prepare("UPDATE fuel_points SET name = name || '·' WHERE id = ?").run(fuelPointId());
    feed.poll();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.keys).toEqual([station]);
    expect(all).toEqual(['readings', 'layer:fuel-points']);
    expect(feed.revision('layer:fuel-points')).toBeGreaterThan(feed.revision('readings'));
    feed.poll(); // nothing new: nothing published
    expect(all).toHaveLength(2);
  });

  it('logs nothing for a session slide or the audit log, and publishes reset when the log was trimmed past it', () => {
    const feed = createChangeFeed(seeded.db, { keep: 2 });
    const topics: string[] = [];
    feed.subscribe('*', (change) => topics.push(change.topic));
    expect(other.prepare('UPDATE sessions SET last_seen_at = last_seen_at + 1').run().changes).toBeGreaterThan(0);
    feed.poll();
    expect(topics).toEqual([]);

    const late = createChangeFeed(other, { keep: 0 });
    const lateTopics: string[] = [];
    late.subscribe('*', (change) => lateTopics.push(change.topic));
    const rename = other.prepare("UPDATE fuel_points SET name = name || '·' WHERE id = ?");
    for (let i = 0; i < 30; i++) rename.run(fuelPointId());
    feed.poll(); // reads all 30, then trims to the newest 2
    expect(topics).toEqual(['layer:fuel-points']);
    expect(other.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(2);
    late.poll(); // its next row is gone: it cannot know what changed
    expect(lateTopics).toEqual(['reset']);
  });

  it('brings the alert scheduler forward on a change of rule facts, not on an alert or account write', async () => {
    const feed = createChangeFeed(seeded.db, { keep: 0 });
    let advances = 0;
    const scheduler = startAlertScheduler(
      async () => {
        advances++;
        return { at: '2023-12-31T23:00', hits: 0 };
      },
      { feed, intervalMs: 3_600_000, minGapMs: 0 },
    );
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    await settle();
    expect(advances).toBe(1); // the start
    other.prepare('UPDATE users SET display_name = display_name').run();
    feed.poll();
    await settle();
    expect(advances).toBe(1);
    other.prepare("UPDATE fuel_points SET status = 'verified' WHERE id = ?").run(fuelPointId());
    feed.poll();
    await settle();
    expect(advances).toBe(2);
    scheduler.stop();
  });
});
