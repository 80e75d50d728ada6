import { storedTownships } from '../db/import/plan-import.ts';
import { recordAudit, type Actor } from '../db/audit-log.ts';
import type { Db } from '../db/open-database.ts';
import { insertPublicReport, ticketExists } from '../db/public-reports-repository.ts';
import { makeTicket } from '../reports/report-ticket.ts';
import { err, ok, type Result } from '../result.ts';
import type { AttachmentMime } from '../schema/attachments.ts';
import type { Localized } from '../schema/localized.ts';
import type { PublicReportIntake, PublicReportReceipt } from '../schema/public-reports.ts';
import { createPolygonLocator } from '../spatial/polygon-locator.ts';
import { datasetPresent } from './dataset-present.ts';
import { storeAttachment } from './store-attachment.ts';

/** The actor of everything the public intake writes (audit log, the photo's attachment row). */
export const PUBLIC_ACTOR: Actor = { id: null, username: 'public', role: null };

/** Why a report was refused: its pin lies outside the district (400). */
export interface PublicReportProblem {
  code: 'invalid';
  message: string;
  text: Localized;
}

/** A sniffed photo of a report. */
export interface ReportPhoto {
  bytes: Uint8Array;
  mime: AttachmentMime;
  fileName: string;
}

/**
 * The township (9-digit code) holding a pin, or null when it lies outside every township of Xinfu District (read
 * from the stored township polygons).
 */
export function townshipOfPin(db: Db, lon: number, lat: number): string | null {
  return createPolygonLocator(storedTownships(db))(lon, lat);
}

/**
 * Stores a public report (inside the writer's transaction), received at the dataset's present (the moment the alert
 * ledger runs at, so the report enters the alert loop at once): the pin must lie in a township of the district, the
 * photo (already sniffed) is stored as an attachment under actor `public`, a fresh unguessable ticket is drawn, and
 * the intake is audited as `report.create` (with the category and township, never the contact data).
 *
 * @param at when, ISO 8601 UTC (the caller's injected clock)
 * @param clientKey the salted SHA-256 of the sender's address (never the address)
 */
export function submitPublicReport(
  db: Db,
  body: PublicReportIntake,
  photo: ReportPhoto | null,
  clientKey: string,
  at: string,
): Result<PublicReportReceipt, PublicReportProblem> {
  const township = townshipOfPin(db, body.lon, body.lat);
  if (!township) {
    const en = `lon/lat: the pin ${body.lon}, ${body.lat} lies outside Xinfu District (outside every township)`;
    return err({ code: 'invalid', message: en, text: { zh: '标注的位置不在忻府区范围内，请在忻府区内选点', en } });
  }
  const receivedAt = datasetPresent(db); // the console's present (the live feed's, or the demo's end)
  let ticket = makeTicket(receivedAt.slice(0, 10));
  while (ticketExists(db, ticket)) ticket = makeTicket(receivedAt.slice(0, 10));
  const photoId = photo ? storeAttachment(db, PUBLIC_ACTOR, photo, at).id : null;
  const id = insertPublicReport(db, {
    ticket,
    receivedAt,
    category: body.category,
    description: body.description,
    lon: body.lon,
    lat: body.lat,
    township,
    address: body.address ?? null,
    photoId,
    reporterName: body.reporterName ?? null,
    reporterPhone: body.reporterPhone ?? null,
    status: 'received',
    handler: null,
    reply: null,
    updatedAt: receivedAt,
    clientKey,
    provenance: 'official',
  });
  recordAudit(
    db,
    PUBLIC_ACTOR,
    {
      action: 'report.create',
      entity: 'public-report',
      entityId: id,
      after: { ticket, category: body.category, township, hasPhoto: photoId !== null },
    },
    at,
  );
  return ok({ ticket, status: 'received', receivedAt });
}
