/**
 * The app the export tests talk to: a real seeded SQLite file and a signed-in caller. Requests go
 * through `request` only, so changing how tests authenticate is a change here.
 */
import Papa from 'papaparse';
import { createApp } from '../../server/app.ts';
import type { Role } from '../../server/schema/auth.ts';
import { createSeededDbFile } from '../helpers/seeded-db.ts';
import { asUser, type Requester } from '../helpers/sign-in.ts';

/** A seeded database, an app on it, and a caller with `role`. */
export interface ExportTestApp {
  seeded: ReturnType<typeof createSeededDbFile>;
  request: Requester['request'];
}

/** Seeds a database file and signs in as `role` (analyst: read, stats, export). */
export function createExportTestApp(role: Role = 'analyst'): ExportTestApp {
  const seeded = createSeededDbFile();
  const caller = asUser(createApp({ db: seeded.db }), seeded.db, role);
  return { seeded, request: caller.request };
}

/** The body's bytes decoded as UTF-8 with a leading BOM kept (Response.text() would strip it). */
export async function bodyWithBom(res: Response): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
}

/** Parses CSV text (after its BOM) with an independent parser into header and records. */
export function parseCsv(text: string): { header: string[]; records: string[][] } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: false, newline: '\r\n' });
  if (parsed.errors.length > 0) throw new Error(`CSV does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const rows = parsed.data;
  // the file ends with CRLF, which leaves one empty record at the end
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  const [header, ...records] = rows;
  if (!header) throw new Error('CSV has no header');
  return { header, records };
}

/** The records as objects keyed by header label. */
export function csvObjects(text: string): Record<string, string>[] {
  const { header, records } = parseCsv(text);
  return records.map((record) => Object.fromEntries(header.map((key, i) => [key, record[i] ?? ''])));
}
