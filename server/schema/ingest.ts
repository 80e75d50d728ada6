import { z } from 'zod';

/**
 * `POST /api/ingest/hj212` (issue 14), for gateways that relay HJ 212 packets over HTTP: the body is
 * text (`text/plain`), one or more whole frames `##dddd…CRC` (each `\r\n`-terminated; the last may
 * omit it), at most 1 MB. Each packet authenticates itself with its MN and PW; the answer lists what
 * became of each frame, in order, with the response frame a TCP device would have been sent.
 */
export const ingestResultSchema = z.object({
  /** Stored (or a duplicate of a stored packet, or a split part held for the rest). */
  ok: z.boolean(),
  mn: z.string().nullable(),
  cn: z.string().nullable(),
  /** DataTime 'YYYY-MM-DDTHH:mm:ss' CST, when the packet was accepted. */
  dataTime: z.string().nullable(),
  /** The HJ 212 response frame (9014 data response or 9011 refusal) when the packet's Flag asks for one. */
  response: z.string().optional(),
  /** Why it was refused: `qnRtn` is the 9011 return code (2 refused, 3 PW, 4 MN, 5 ST, 8 CN, 9 CRC, 100 other). */
  error: z.object({ code: z.string(), qnRtn: z.number().int(), message: z.string() }).optional(),
  duplicate: z.boolean().optional(),
  partial: z.boolean().optional(),
});
export type IngestResultBody = z.infer<typeof ingestResultSchema>;

export const ingestResponseSchema = z.object({ results: z.array(ingestResultSchema) });
export type IngestResponse = z.infer<typeof ingestResponseSchema>;

/** Largest body `POST /api/ingest/hj212` reads, bytes. */
export const MAX_INGEST_BODY_BYTES = 1024 * 1024;
