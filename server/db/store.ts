import type { Feature, Geometry } from 'geojson';
import type { AlertAction } from '../rules/alert-lifecycle.ts';
import type { RuleHit } from '../rules/evaluate-rules.ts';
import type { Alert } from '../schema/alerts.ts';
import type { AuditEntry, AuditQuery } from '../schema/audit.ts';
import type { CityIndicators, CityIndicatorsInput } from '../schema/city-indicators.ts';
import type { SessionUser, UserRecord } from '../schema/auth.ts';
import type { LayerId } from '../schema/layer-catalogue.ts';
import type { CommonLayerQuery } from '../schema/layer-query.ts';
import type { ActOutcome, AlertFilters } from './alerts-repository.ts';
import type { Actor, AuditRecord } from './audit-log.ts';
import type { Session, SessionLifetime } from './sessions-repository.ts';
import type { TaskChange, TaskState } from './tasks-repository.ts';
import type { NewUser, UserChanges } from './users-repository.ts';

/*
 * The storage seam: what a second backend (PostgreSQL) implements, per aggregate, every method
 * asynchronous. Routes and services that take a Store never see SQL, a connection or a
 * transaction API; `createSqliteStore` (sqlite-store.ts) is today's implementation of the
 * aggregates the console writes (users, sessions, audit, alerts, tasks, townships).
 *
 * SQLite-only features the server still uses, and what a PostgreSQL adapter does instead:
 * - the trigger-fed
 *   `change_log` table (migration 0005): PostgreSQL keeps the same change_log (triggers port
 *   as PL/pgSQL) and adds `LISTEN/NOTIFY` so `changes.subscribe` needs no polling.
 * - scalar `min(a, b)` / `max(a, b)` (alerts-repository.ts `syncAlerts`): `LEAST` / `GREATEST`.
 * - `lastInsertRowid` (users-repository.ts `insertUser`, `syncAlerts`): `INSERT … RETURNING id`
 *   (SQLite ≥ 3.35 has it too; prefer it in new SQL so the statement ports unchanged).
 * - the `CROSS JOIN` planner hint (layers/machines.ts): a `LATERAL` join, or nothing.
 * - `PRAGMA user_version` migrations (migrate.ts): a `schema_migrations` table and one
 *   migrations folder per dialect.
 * - JSON in TEXT columns read with `JSON.parse`: `jsonb`.
 * - `BEGIN IMMEDIATE` through the one writer (writer.ts): PostgreSQL has a pool of connections
 *   and real transactions, so `transaction` maps to `BEGIN … COMMIT` on one pooled client and a
 *   unit of work may await anything.
 */

/** The accounts. */
export interface UserStore {
  list(): Promise<UserRecord[]>;
  read(id: number): Promise<UserRecord | undefined>;
  /** A user with the password hash, for sign-in. */
  findForLogin(username: string): Promise<LoginCandidate | undefined>;
  count(): Promise<number>;
  /** Undefined when the username is taken. `at`: ISO 8601 UTC. */
  insert(user: NewUser, at: string): Promise<UserRecord | undefined>;
  /** A new password or disabling ends the user's sessions. */
  update(id: number, changes: UserChanges, at: string): Promise<UserRecord | undefined>;
  /** Issue 17: whether a department with this id exists. */
  departmentExists(id: string): Promise<boolean>;
}

/** A user as the sign-in sees them. */
export interface LoginCandidate {
  user: SessionUser;
  passwordHash: string;
  disabled: boolean;
}

/** The signed-in sessions (only token hashes are stored). `now`: epoch ms. */
export interface SessionStore {
  start(userId: number, now: number, lifetime: SessionLifetime): Promise<{ token: string; csrfToken: string }>;
  /** The live session of a cookie token (sliding its idle expiry), 'expired', or undefined. */
  resume(token: string, now: number, lifetime: SessionLifetime): Promise<Session | 'expired' | undefined>;
  end(tokenHash: string): Promise<void>;
}

/** The append-only audit log. */
export interface AuditLog {
  /** `at`: ISO 8601 UTC. */
  record(actor: Actor, record: AuditRecord, at: string): Promise<void>;
  list(query: AuditQuery): Promise<{ entries: AuditEntry[]; nextBefore: number | null }>;
}

/** The alert ledger: episodes per rule and entity, their loop and history. */
export interface AlertLedger {
  /** Alerts in force at `at` (`YYYY-MM-DDTHH:mm` CST). */
  list(at: string, filters?: AlertFilters): Promise<Alert[]>;
  read(id: number): Promise<Alert | null>;
  /** The moment the ledger is synced to, or null before its first sync. */
  syncedTo(): Promise<string | null>;
  /** Brings the ledger in step with `hits` at as-of `at`; `now` (ISO 8601 UTC) is the audit entry's time. */
  sync(at: string, hits: readonly RuleHit[], now: string): Promise<void>;
  act(id: number, action: AlertAction, input: AlertActionInput, now: Date): Promise<ActOutcome>;
}

/** Who acts on an alert and what they attach. */
export interface AlertActionInput {
  actor: Actor;
  assignee?: string;
  note?: string | undefined;
  photo?: string | undefined;
}

/** The plan's 17 tasks' tracking state. */
export interface TaskStore {
  state(number: number): Promise<TaskState | undefined>;
  /** Sets status and/or note and appends to the task's history. `at`: ISO 8601 UTC. */
  update(number: number, change: TaskChange, actor: string, at: string): Promise<void>;
}

/** The city-assigned annual binding indicators (requirement G1/G2), one entry per year. */
export interface CityIndicatorStore {
  list(): Promise<CityIndicators[]>;
  read(year: number): Promise<CityIndicators | undefined>;
  /** Creates or replaces `year`'s entry. `at`: ISO 8601 UTC; `by`: the admin's username. */
  put(year: number, input: CityIndicatorsInput, at: string, by: string): Promise<CityIndicators>;
  /** Whether there was an entry to remove. */
  remove(year: number): Promise<boolean>;
}

/** The township register (reference data). */
export interface TownshipStore {
  /** Codes of `codes` that name no township, in the order given. */
  unknown(codes: readonly string[]): Promise<string[]>;
}

/** A map layer's features. */
export interface LayerStore {
  features(id: LayerId, query: CommonLayerQuery, asOf: string): Promise<Feature<Geometry, Record<string, unknown>>[]>;
}

/** One hourly reading of a station, µg/m³ (CO mg/m³); `ts`: `YYYY-MM-DDTHH:mm` CST, the hour's end. */
export interface StationReading {
  stationCode: string;
  ts: string;
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  pm25: number | null;
  co: number | null;
  o3: number | null;
}

/** Which readings to scan: stations (all when absent) and a half-open time range. */
export interface ReadingScan {
  stations?: readonly string[];
  from: string;
  to: string;
}

/** Monitoring readings: appended by ingest (HJ 212), scanned by the statistics. */
export interface ReadingStore {
  append(rows: readonly StationReading[]): Promise<void>;
  scan(query: ReadingScan): AsyncIterable<StationReading>;
}

/** The topics of the change log (migration 0005). */
export type Topic =
  | 'positions'
  | 'readings'
  | 'dustfall'
  | `layer:${LayerId}`
  | 'townships'
  | 'meta'
  | 'plan'
  | 'alerts'
  | 'accounts'
  | 'reset';

/** Revisions per topic: what caches and the SSE feed follow. */
export interface ChangeRevisions {
  revision(topic: Topic): Promise<number>;
  /** Calls `listener` with the new revision after each commit that changed `topic`; returns the unsubscribe. */
  subscribe(topic: Topic, listener: (revision: number) => void): () => void;
}

/**
 * Everything a storage backend implements. Writes of one request that must land together
 * (a user and its audit entry) go through `transaction`.
 *
 * @example
 * const created = await store.transaction(async (tx) => {
 *   const user = await tx.users.insert(newUser, at);
 *   if (user) await tx.audit.record(admin, { action: 'user.create', entity: 'user', entityId: user.id }, at);
 *   return user;
 * });
 */
export interface Store {
  layers: LayerStore;
  alerts: AlertLedger;
  readings: ReadingStore;
  audit: AuditLog;
  users: UserStore;
  sessions: SessionStore;
  tasks: TaskStore;
  townships: TownshipStore;
  cityIndicators: CityIndicatorStore;
  changes: ChangeRevisions;
  /**
   * A unit of work: everything `work` does through `tx` commits together or not at all (a throw
   * rolls it back and rejects). SQLite: `work` may await only `tx` (see Writer.unit).
   */
  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;
}

/** The aggregates inside a unit of work. */
export type StoreTx = Omit<Store, 'transaction' | 'changes'>;

/** The aggregates the SQLite store implements today (the others still use the synchronous repositories). */
export type CoreAggregates = Pick<
  Store,
  'users' | 'sessions' | 'audit' | 'alerts' | 'tasks' | 'townships' | 'cityIndicators'
>;

/** A store with the aggregates implemented today and their unit of work. */
export interface CoreStore extends CoreAggregates {
  transaction<T>(work: (tx: CoreAggregates) => Promise<T>): Promise<T>;
}
