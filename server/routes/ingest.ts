import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createFrameReader, type FrameOutcome } from '../hj212/frame-reader.ts';
import { ApiError } from '../http/api-error.ts';
import type { AuthEnv } from '../http/auth-env.ts';
import type { Ingest } from '../ingest/ingest-service.ts';
import { type IngestResponse, MAX_INGEST_BODY_BYTES } from '../schema/ingest.ts';

/** The frames of a body, read as the TCP listener reads a stream (text between frames is refused as such). */
function framesOf(text: string): FrameOutcome[] {
  const reader = createFrameReader();
  // a frame alone may come without its CR LF
  const outcomes = reader.push(text.endsWith('\n') ? text : `${text}\r\n`);
  return [...outcomes, ...reader.flush()].filter((o) => o.ok || o.raw.trim() !== '');
}

/**
 * POST /ingest/hj212: HJ 212 frames relayed by a gateway (access 'public': each packet authenticates
 * with its MN and PW; a request without a session cookie needs no Origin). Answers after the accepted
 * packets are committed: `{ results }` in frame order (see server/schema/ingest.ts).
 */
export function ingestRoutes(ingest: Ingest) {
  let next = 1;
  return new Hono<AuthEnv>().post(
    '/hj212',
    bodyLimit({
      maxSize: MAX_INGEST_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', {
          zh: `报文总长不能超过 ${MAX_INGEST_BODY_BYTES} 字节`,
          en: `the body exceeds ${MAX_INGEST_BODY_BYTES} bytes`,
        });
      },
    }),
    async (c) => {
      const frames = framesOf(await c.req.text());
      if (frames.length === 0) {
        throw new ApiError(400, 'invalid_request', {
          zh: '请求体中没有 HJ 212 报文（应以 ## 开头）',
          en: 'the body holds no HJ 212 frame (each starts with ##)',
        });
      }
      const source = { id: `http:${next++}`, transport: 'http' as const };
      try {
        const body: IngestResponse = { results: await ingest.receiveDetailed(frames, source) };
        return c.json(body);
      } finally {
        ingest.release(source);
      }
    },
  );
}
