/**
 * The shapes held by the statistics index (stats-index.ts): the townships, the entity points, the
 * machine tracks and what is cached per as-of, month and reading window.
 *
 * @module
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Bbox } from '../../schema/common.ts';
import type { PointIndex } from '../../spatial/point-index.ts';
import type { PreparedPolygon } from '../../spatial/prepared-polygon.ts';
import type { DustSnapshot } from './dust-snapshot.ts';
import type { Track } from './machine-tracks.ts';

/** Point layers held in the entity index, in this order (machines are held apart). */
export const entityLayers = [
  'enterprises',
  'construction-sites',
  'villages',
  'stations',
  'dustfall-points',
  'fuel-points',
] as const;
/** One of {@link entityLayers}. */
export type EntityLayer = (typeof entityLayers)[number];

/** A township with its geometry prepared for point tests. */
export interface TownshipEntry {
  code: string;
  name: string;
  geometry: Polygon | MultiPolygon;
  bbox: Bbox;
  /** Geodesic area of the geometry, km². */
  areaKm2: number;
  prepared: PreparedPolygon;
}

/** The townships and their union; rebuilt only when a township changes (topic `townships`). */
export interface TownshipPart {
  /** The 18 townships by code. */
  townships: TownshipEntry[];
  /** The district: the union of the townships (turf union, once per build) and its geodesic area, km². */
  district: { geometry: Polygon | MultiPolygon; bbox: Bbox; areaKm2: number };
}

/** The entity points and attributes; rebuilt (without positions or townships) when an entity or the meta changes. */
export interface EntityPart {
  /** Every entity point: which layer (index into entityLayers) and its local index in that layer. */
  entities: { index: PointIndex; layer: Uint8Array; local: Int32Array };
  enterprises: { industry: Uint8Array };
  sites: { ids: string[] };
  villages: { codes: string[] };
  stations: { codes: string[]; national: Uint8Array; active: Uint8Array };
  dustfallPoints: { ids: string[]; lon: Float64Array; lat: Float64Array };
  fuelPoints: { open: Uint8Array };
  /** Machines by id (local index m), with their positions in `tracks[m]` (shared with the index's track store). */
  machines: {
    ids: string[];
    /** Banned wherever it is (unregistered, black smoke): 1, else 0. */
    bannedAnywhere: Uint8Array;
    /** Emission stage rank (nrmm-ban.ts stageRank; electric 255), against a zone's minimum stage. */
    stageRank: Uint8Array;
    /** Exempt use (livelihood, emergency): allowed inside NRMM zones even when banned. */
    exempt: Uint8Array;
    tracks: Track[];
  };
  zones: Array<{ id: string; prepared: PreparedPolygon; effectiveFrom: string; minStageRank: number }>;
}

/** Everything static the statistics need. Array positions ("local indices") follow each layer's feature order. */
export type StatsData = TownshipPart & EntityPart;

/** What depends on as-of: statuses of villages and sites, and where each machine was last. */
export interface AsOfSnapshot {
  asOf: string;
  /** `asOf` in minutes since 1970-01-01T00:00Z. */
  limitMinute: number;
  /** Index into heatingStatuses per village. */
  villageStatus: Uint8Array;
  /** Per site: 1 compliant, 0 failing, 255 never inspected. */
  siteCompliant: Uint8Array;
  /** Per site: bit k set when check sixChecks[k] failed. */
  siteFailed: Uint8Array;
  siteActive: Uint8Array;
  /** Per machine: longitude and latitude of its latest position at as-of, NaN when it has none yet. */
  machineLon: Float64Array;
  machineLat: Float64Array;
  /** Per machine: its latest position lies in an NRMM zone in force at as-of (effective on or before as-of's date). */
  machineInZone: Uint8Array;
  /**
   * Per machine: banned at its latest position at as-of (unregistered or black smoke anywhere; below
   * the strictest minimum stage of the zones in force that hold the position), as the machines layer.
   */
  machineBanned: Uint8Array;
}

/**
 * Machine positions of one calendar month (CST): those present when it was built in a flatbush
 * index, and those appended since in a small unindexed tail (scanned linearly until it grows).
 */
export interface MonthPositions {
  index: PointIndex;
  machine: Int32Array;
  minute: Int32Array;
  tail: { machine: number[]; minute: number[]; lon: number[]; lat: number[] };
}

/** Sums of valid hourly values per pollutant for one station over one window. */
export interface ReadingSums {
  count: Float64Array;
  sum: Float64Array;
}

/** How often each part was (re)built: for tests and benches. */
export interface BuildCounts {
  /** Full builds (first use, `reset`, a trimmed log, invalidate()). */
  full: number;
  /** Entity-part rebuilds (`layer:*`, `meta`). */
  entities: number;
  /** Township-part rebuilds (`townships`). */
  townships: number;
  /** Month position indexes built. */
  months: number;
  /** Station-month chunks of readings read from SQLite (reading-sums.ts). */
  readings: number;
  /** Issue-16 layer snapshots read (dust-snapshot.ts). */
  dust: number;
}

/** The lazily built statistics index of one database, kept current through the change log. */
export interface StatsIndex {
  /** The static data, brought up to date with the change log first. */
  data(): StatsData;
  /** Statuses and latest positions at `asOf` (`YYYY-MM-DDTHH:mm` CST); cached, patched by new positions. */
  atAsOf(asOf: string): AsOfSnapshot;
  /** Machine positions in `month` (YYYY-MM, CST calendar month); cached, appended to. */
  monthPositions(month: string): MonthPositions;
  /** Readings of each dustfall point in `month`, t/(km²·month); NaN where there is none. Cached. */
  dustfall(month: string): Float64Array;
  /**
   * Valid-hour counts and sums of station `local` over hour-ending timestamps in (from, to], equal to
   * SQL `count()`/`sum()` bit for bit; cached, patched by new readings (reading-sums.ts).
   */
  readingSums(local: number, from: string, to: string): ReadingSums;
  /**
   * The issue-16 layers at `asOf` (dust-snapshot.ts); cached, dropped when one of their layers or a muck-truck
   * position changes.
   */
  dustAt(asOf: string): DustSnapshot;
  /**
   * Ids of the muck trucks with an alert of a muck-truck rule raised in `month` (YYYY-MM) up to `asOf`, read from
   * the alert ledger on every call (the ledger is not followed: one indexed read).
   */
  muckViolators(month: string, asOf: string): Set<string>;
  /** The latest month with dustfall readings up to `month`, or null. */
  latestDustfallMonth(upTo: string): string | null;
  /** The dataset's default as-of. */
  defaultAsOf(): string;
  /** Drops everything; the next use rebuilds. */
  invalidate(): void;
  /** Build counters since creation. */
  readonly builds: Readonly<BuildCounts>;
}
