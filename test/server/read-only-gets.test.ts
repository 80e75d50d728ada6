import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { serialLedgerAdvance, startAlertScheduler } from '../../server/services/alert-scheduler.ts';
import { readLedgerSyncedTo } from '../../server/db/alerts-repository.ts';
import type { Db } from '../../server/db/open-database.ts';
import { advanceAlertLedger } from '../../server/services/refresh-alerts.ts';
import { readRuleFacts } from '../../server/db/rule-facts.ts';
import { evaluateRules } from '../../server/rules/evaluate-rules.ts';
import { alertsResponseSchema } from '../../server/schema/alerts.ts';
import { dbContentHash } from '../helpers/db-content-hash.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser } from '../helpers/sign-in.ts';

/**
 * Everything a write could leave behind: the content of every table, the rows of the alert tables, the
 * change log's newest seq (every logged write adds a row) and this connection's change counter.
 */
function footprint(db: Db) {
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    hash: dbContentHash(db),
    rows: {
      alerts: count('alerts'),
      alertEvents: count('alert_events'),
      auditLog: count('audit_log'),
      sessions: count('sessions'),
    },
    ledgerAt: readLedgerSyncedTo(db),
    changeLogSeq: db.prepare('SELECT coalesce(max(seq), 0) FROM change_log').pluck().get() as number,
    totalChanges: db.prepare('SELECT total_changes()').pluck().get() as number,
  };
}

const setPresent = (db: Db, at: string) =>
  db.prepare("UPDATE dataset_meta SET value = ? WHERE key = 'default_as_of'").run(at);
const hitKeys = (db: Db, at: string) =>
  evaluateRules(readRuleFacts(db, at), { asOf: at, alertLevel: 'none' })
    .map((h) => `${h.rule}|${h.entityId}`)
    .sort();
const ledgerKeys = (db: Db) =>
  (
    db.prepare('SELECT rule, entity_id AS entityId FROM alerts WHERE cleared_at IS NULL').all() as {
      rule: string;
      entityId: string;
    }[]
  )
    .map((a) => `${a.rule}|${a.entityId}`)
    .sort();

describe('a GET never writes (issue 12, defect 2)', () => {
  let seeded: ReturnType<typeof createSeededDbFile>;
  beforeAll(() => {
    seeded = createSeededDbFile({ scale: 0.25 });
    advanceAlertLedger(seeded.db, Date.now()); // the server's scheduler at start
  });
  afterAll(() => seeded.dispose());

  it(
    '50 GETs of alerts, tasks and the monthly report by an official, ' +
      'at past, present and future moments and under alert levels, change no row',
    async () => {
      // a clock that stands still: the session's sliding expiry is never touched either
      const now = Date.now();
      const official = asUser(createApp({ db: seeded.db, now: () => now }), seeded.db, 'official');
      const future = encodeURIComponent('2100-12-31T23:59+08:00');
      const paths = [
        '/api/alerts',
        '/api/alerts?at=2023-07-15T11:00',
        '/api/alerts?at=2023-03-01',
        `/api/alerts?at=${future}`,
        '/api/alerts?at=2024-06-01T12:00',
        '/api/alerts?alertLevel=red',
        '/api/alerts?at=2023-01-10T09:00&alertLevel=orange',
        `/api/alerts?at=${future}&alertLevel=yellow&status=open`,
        '/api/tasks',
        '/api/tasks?at=2023-06-30T23:59',
        `/api/tasks?at=${future}`,
        '/api/reports/monthly',
        '/api/reports/monthly?month=2023-06',
        '/api/reports/monthly?month=2023-12&lang=en',
      ];
      const before = footprint(seeded.db);
      expect(before.ledgerAt).toBe('2023-12-31T23:00');
      for (let i = 0; i < 50; i++) {
        const path = paths[i % paths.length] as string;
        const res = await official.request(path);
        expect(res.status, path).toBe(200);
        await res.arrayBuffer();
      }
      // the probe of the issue: whatever it answers (a date beyond year 9999 is for the date parser to refuse), it
      // writes nothing
      const probe = await official.request(`/api/alerts?at=${encodeURIComponent('9999-12-31T23:59-12:00')}`);
      expect(probe.status).toBeLessThan(500);
      expect(footprint(seeded.db)).toEqual(before);
      expect(
        seeded.db
          .prepare(
            'SELECT count(*) FROM alerts ' +
              "WHERE raised_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'",
          )
          .pluck()
          .get(),
      ).toBe(0);
    },
  );

  it('answers a far-future moment read-only: the rows the ledger does not hold carry no id', async () => {
    const admin = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
    const before = footprint(seeded.db).hash;
    const r = alertsResponseSchema.parse(
      await (await admin.request(`/api/alerts?at=${encodeURIComponent('2100-12-31T23:59+08:00')}`)).json(),
    );
    const provisional = r.alerts.filter((a) => a.provisional);
    expect(provisional.length).toBeGreaterThan(0);
    expect(provisional.every((a) => a.id === null && a.events.length === 0 && a.status === 'open')).toBe(true);
    expect(footprint(seeded.db).hash).toBe(before);
  });
});

describe('the ledger is advanced by the server: a scheduler at the present, and writes', () => {
  it('the scheduler syncs at the dataset’s present when it starts, and a second sync writes nothing', async () => {
    const seeded = createSeededDbFile({ scale: 0.25 });
    try {
      expect(readLedgerSyncedTo(seeded.db)).toBeNull();
      const scheduler = startAlertScheduler(
        serialLedgerAdvance(() => advanceAlertLedger(seeded.db, Date.now())),
        { intervalMs: 3_600_000 },
      );
      try {
        await scheduler.tick(); // joins the sync the start began
        expect(readLedgerSyncedTo(seeded.db)).toBe('2023-12-31T23:00');
        expect(ledgerKeys(seeded.db)).toEqual(hitKeys(seeded.db, '2023-12-31T23:00'));
        const synced = footprint(seeded.db);
        expect(await scheduler.tick()).toEqual({ at: '2023-12-31T23:00', hits: synced.rows.alerts });
        expect(footprint(seeded.db)).toEqual(synced);
      } finally {
        scheduler.stop();
      }
    } finally {
      seeded.dispose();
    }
  });

  it(
    'follows the present when new data move it: what no longer holds is cleared, ' +
      'and the earlier moment reads from the ledger’s history',
    async () => {
      const seeded = createSeededDbFile({ scale: 0.25 });
      try {
        const admin = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
        setPresent(seeded.db, '2023-07-15T11:00'); // the data end at 11:00 …
        advanceAlertLedger(seeded.db, Date.now());
        const at11 = alertsResponseSchema.parse(
          await (await admin.request('/api/alerts?rule=ozone-voc-stagger')).json(),
        );
        expect(at11.ledgerAt).toBe('2023-07-15T11:00');
        expect(at11.alerts.length).toBeGreaterThan(0);
        expect(at11.alerts.every((a) => !a.provisional)).toBe(true);

        setPresent(seeded.db, '2023-07-15T17:00'); // … then readings up to 17:00 arrive
        advanceAlertLedger(seeded.db, Date.now());
        expect(readLedgerSyncedTo(seeded.db)).toBe('2023-07-15T17:00');
        expect(ledgerKeys(seeded.db)).toEqual(hitKeys(seeded.db, '2023-07-15T17:00'));
        const at17 = alertsResponseSchema.parse(
          await (await admin.request('/api/alerts?rule=ozone-voc-stagger')).json(),
        );
        expect(at17.alerts).toEqual([]);

        const hash = dbContentHash(seeded.db);
        const again11 = alertsResponseSchema.parse(
          await (await admin.request('/api/alerts?at=2023-07-15T11:00&rule=ozone-voc-stagger')).json(),
        );
        expect(again11.alerts.map((a) => a.id)).toEqual(at11.alerts.map((a) => a.id));
        expect(
          again11.alerts.every(
            (a) => !a.provisional && a.clearedAt === '2023-07-15T17:00' && a.events.at(-1)?.action === 'cleared',
          ),
        ).toBe(true);
        expect(dbContentHash(seeded.db)).toBe(hash);
      } finally {
        seeded.dispose();
      }
    },
  );

  it('a record edit that creates a rule hit puts it in the ledger at once, with an id', async () => {
    const seeded = createSeededDbFile({ scale: 0.25 });
    try {
      advanceAlertLedger(seeded.db, Date.now());
      const admin = asUser(createApp({ db: seeded.db }), seeded.db, 'admin');
      const id = seeded.db
        .prepare(
          "SELECT id FROM enterprises WHERE operating_status = 'operating' " +
            'AND annual_freight_t < 1500000 ORDER BY id LIMIT 1',
        )
        .pluck()
        .get() as string;
      const inLedger = () =>
        seeded.db
          .prepare(
            "SELECT count(*) FROM alerts WHERE rule = 'freight-no-rail' AND entity_id = ? AND cleared_at IS NULL",
          )
          .pluck()
          .get(id);
      expect(inLedger()).toBe(0);
      const res = await admin.request(`/api/records/enterprises/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ annualFreightT: 2_000_000, railSpur: 'none' }),
      });
      expect(res.status).toBe(200);
      expect(inLedger()).toBe(1);
      const r = alertsResponseSchema.parse(await (await admin.request('/api/alerts?rule=freight-no-rail')).json());
      const alert = r.alerts.find((a) => a.entityId === id);
      expect(alert).toMatchObject({ provisional: false, status: 'open', raisedAt: '2023-12-31T23:00' });
      expect(alert?.id).toEqual(expect.any(Number));
    } finally {
      seeded.dispose();
    }
  });
});
