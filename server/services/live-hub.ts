import type { LiveEvent, LiveEventData, LiveTopic } from '../schema/live-events.ts';

/** A subscriber of the hub: called synchronously with each event of its topics, in id order. */
export type LiveListener = (event: LiveEvent) => void;

/** The in-process bus of live events (server-sent by GET /api/events). */
export interface LiveHub {
  /** Adds an event (ids increase by one) and hands it to the subscribers of its topic; returns its id. */
  publish<T extends LiveTopic>(topic: T, data: LiveEventData[T]): number;
  /**
   * The held events after `lastId` of `topics`, or null when some were already dropped (the caller sends
   * `reset`). An id above the newest (another process's, or a restart) also gives null.
   */
  since(lastId: number, topics: ReadonlySet<LiveTopic>): LiveEvent[] | null;
  /** Subscribes to `topics`; returns the unsubscribe. */
  subscribe(topics: ReadonlySet<LiveTopic>, fn: LiveListener): () => void;
  /** The newest id (0 before any). */
  lastId(): number;
  /** Subscribers now (for the benchmark and the health probe). */
  subscribers(): number;
}

/**
 * A {@link LiveHub} that holds the newest `keep` events (default 10,000) for resumption, except
 * those of `data` (raw packets, opt-in, up to a thousand per event): they go to the subscribers
 * connected at the time and are never replayed, so a burst of ingest never fills the memory. A
 * listener that throws is removed (a closed connection) and the others still get the event.
 *
 * @example
 * const hub = createLiveHub();
 * hub.subscribe(new Set(['present']), (e) => console.log(e.data));
 * hub.publish('present', { asOf: '2024-01-01T01:00' });
 */
export function createLiveHub(keep = 10_000): LiveHub {
  // held[start..] are the events kept; the array is compacted once `start` reaches `keep`
  let held: LiveEvent[] = [];
  let start = 0;
  /** The newest id no longer held (0: none dropped yet). */
  let droppedUpTo = 0;
  let next = 1;
  const listeners = new Map<LiveListener, ReadonlySet<LiveTopic>>();
  return {
    publish(topic, data) {
      const event = { id: next++, topic, data } as LiveEvent;
      if (topic !== 'data') {
        held.push(event);
        if (held.length - start > keep) droppedUpTo = (held[start++] as LiveEvent).id;
        if (start >= keep) {
          held = held.slice(start);
          start = 0;
        }
      }
      for (const [fn, topics] of listeners) {
        if (!topics.has(topic)) continue;
        try {
          fn(event);
        } catch {
          listeners.delete(fn);
        }
      }
      return event.id;
    },
    since(lastId, topics) {
      if (lastId >= next || lastId < droppedUpTo) return null;
      // the first held event after lastId (ids increase along `held`)
      let lo = start;
      let hi = held.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((held[mid] as LiveEvent).id <= lastId) lo = mid + 1;
        else hi = mid;
      }
      return held.slice(lo).filter((event) => topics.has(event.topic));
    },
    subscribe(topics, fn) {
      listeners.set(fn, topics);
      return () => listeners.delete(fn);
    },
    lastId: () => next - 1,
    subscribers: () => listeners.size,
  };
}
