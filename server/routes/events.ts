import { Hono } from 'hono';
import { ApiError } from '../http/api-error.ts';
import type { AuthEnv } from '../http/auth-env.ts';
import { defaultLiveTopics, eventsQuerySchema } from '../schema/events-query.ts';
import { liveTopics, type LiveEvent, type LiveTopic } from '../schema/live-events.ts';
import type { LiveHub } from '../services/live-hub.ts';

/** Options of {@link eventsRoutes}. */
export interface EventsOptions {
  hub: LiveHub;
  /** Milliseconds between two `: ping` comments; default 15,000. */
  pingMs?: number;
  /** Streams open at once beyond which a new one is refused (503 + Retry-After); default 500. */
  maxStreams?: number;
  /** Bytes a stream may have queued (not yet taken by its socket) before it is dropped; default 1 MiB. */
  maxPendingBytes?: number;
}

/** What the client waits before reconnecting (the `retry:` field), milliseconds. */
export const EVENTS_RETRY_MS = 3_000;

const encoder = new TextEncoder();

/**
 * `GET /api/events` (mounted at /api/events): the live events of `hub` as server-sent events, for
 * signed-in readers. `?topics=a,b` selects topics (default: all but `data`; `reset` is always sent);
 * `Last-Event-ID` (or `?lastEventId=`) resumes after that id with the events missed, or sends `reset`
 * when they are no longer held. A fresh stream starts with a bare `id:` line (the hub's newest id), so
 * the browser's reconnect resumes from there even before any event came. Never compressed (it is not
 * JSON) and never buffered: a stream whose socket falls more than `maxPendingBytes` behind is dropped
 * (the browser reconnects and resumes), so one slow console never holds the hub, the others or the ingest.
 *
 * @example
 * api.route('/events', eventsRoutes({ hub }));
 */
export function eventsRoutes({ hub, pingMs = 15_000, maxStreams = 500, maxPendingBytes = 1 << 20 }: EventsOptions) {
  let open = 0;
  // one encoding per event, shared by every stream that sends it
  const encoded = new WeakMap<LiveEvent, Uint8Array>();
  const bytesOf = (event: LiveEvent): Uint8Array => {
    let bytes = encoded.get(event);
    if (!bytes) {
      bytes = encoder.encode(`id: ${event.id}\nevent: ${event.topic}\ndata: ${JSON.stringify(event.data)}\n\n`);
      encoded.set(event, bytes);
    }
    return bytes;
  };

  return new Hono<AuthEnv>().get('/', (c) => {
    const parsed = eventsQuerySchema.safeParse(c.req.query());
    if (!parsed.success) {
      const sent = (c.req.query('topics') ?? '').slice(0, 60);
      throw new ApiError(400, 'invalid_request', {
        zh: `事件主题无效（收到「${sent}」）：须为以逗号分隔的 ${liveTopics.join('、')}`,
        en: `topics: must be a comma-separated list of ${liveTopics.join(', ')}; got '${sent}'`,
      });
    }
    if (open >= maxStreams) {
      c.header('Retry-After', '10');
      throw new ApiError(503, 'rate_limited', {
        zh: '实时连接数已满，请稍后再试',
        en: `too many live streams (${maxStreams}); try again later`,
      });
    }
    const topics = new Set<LiveTopic>(parsed.data.topics ?? defaultLiveTopics);
    topics.add('reset');
    const header = c.req.header('last-event-id')?.trim();
    const resumeText = header !== undefined && header !== '' ? header : parsed.data.lastEventId;
    // a malformed Last-Event-ID cannot be resumed from: the client reloads
    const resumeId = resumeText === undefined ? null : /^\d{1,15}$/.test(resumeText) ? Number(resumeText) : -1;

    // under @hono/node-server: the response's socket, destroyed to drop a slow client without an error logged
    const outgoing = (c.env as { outgoing?: { destroy(): void } } | undefined)?.outgoing;
    open++;
    let closed = false;
    let unsubscribe = () => {};
    let timer: NodeJS.Timeout | undefined;
    const stop = () => {
      if (closed) return;
      closed = true;
      unsubscribe();
      clearInterval(timer);
      open--;
    };
    const body = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          const send = (bytes: Uint8Array) => {
            if (closed) return;
            if ((controller.desiredSize ?? 0) < bytes.byteLength) {
              // the socket is more than maxPendingBytes behind: drop the stream, its queue with it
              stop();
              if (outgoing) outgoing.destroy();
              else controller.error(new Error('live stream dropped: the client reads too slowly'));
              return;
            }
            controller.enqueue(bytes);
          };
          send(encoder.encode(`retry: ${EVENTS_RETRY_MS}\n\n`));
          const held = resumeId === null ? [] : resumeId < 0 ? null : hub.since(resumeId, topics);
          // a replay larger than half the stream's budget would drop it on the spot, and again at each retry:
          // the client reloads instead
          let replayBytes = 0;
          const missed = held?.every((event) => (replayBytes += bytesOf(event).byteLength) <= maxPendingBytes / 2)
            ? held
            : null;
          if (missed === null) {
            const reason =
              resumeId === null || resumeId < 0 ? 'bad-last-event-id' : held ? 'too-many-missed' : 'events-dropped';
            send(encoder.encode(`id: ${hub.lastId()}\nevent: reset\ndata: ${JSON.stringify({ reason })}\n\n`));
          } else {
            if (resumeId === null) send(encoder.encode(`id: ${hub.lastId()}\n\n`));
            for (const event of missed) send(bytesOf(event));
          }
          if (closed) return;
          unsubscribe = hub.subscribe(topics, (event) => send(bytesOf(event)));
          timer = setInterval(() => send(encoder.encode(': ping\n\n')), pingMs);
          timer.unref();
        },
        cancel: stop,
      },
      { highWaterMark: maxPendingBytes, size: (chunk) => chunk.byteLength },
    );
    return c.body(body, 200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
    });
  });
}
