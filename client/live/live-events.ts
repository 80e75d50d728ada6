import type { LiveEvent, LiveEventData, LiveTopic } from '../../server/schema/live-events.ts';

/** A listener of one live topic: the event's data, and the event (its id and topic). */
export type LiveListener<T extends LiveTopic> = (data: LiveEventData[T], event: LiveEvent<T>) => void;

/** The topics the console listens to (`data`, raw packets, is for the benchmark only). */
export const consoleTopics: readonly LiveTopic[] = ['present', 'readings', 'outlets', 'alerts', 'devices', 'emergency'];

/** What the console's one connection is doing: connecting, open, or retrying after a drop. */
export type LiveStatus = 'connecting' | 'open' | 'retrying' | 'closed';

const listeners = new Map<LiveTopic, Set<LiveListener<LiveTopic>>>();
const statusListeners = new Set<(status: LiveStatus) => void>();
let status: LiveStatus = 'closed';

/**
 * Listens to a live topic of the console's connection (opened once by the console, see
 * {@link connectLiveEvents}); views call it when they mount, whether or not the connection is open yet,
 * and call the returned function when they unmount. `reset` means: reload what you show.
 *
 * @example
 * const off = onLive('devices', ({ devices }) => patchStatuses(devices));
 * // … on unmount
 * off();
 */
export function onLive<T extends LiveTopic>(topic: T, fn: LiveListener<T>): () => void {
  const set = listeners.get(topic) ?? new Set();
  set.add(fn as unknown as LiveListener<LiveTopic>);
  listeners.set(topic, set);
  return () => void set.delete(fn as unknown as LiveListener<LiveTopic>);
}

/** Hands `event` to the listeners of its topic (one failing listener does not stop the others). */
export function dispatchLive(event: LiveEvent): void {
  for (const fn of [...(listeners.get(event.topic) ?? [])]) {
    try {
      fn(event.data, event);
    } catch (error) {
      console.error(`live ${event.topic} listener failed:`, error);
    }
  }
}

/** The connection's status now, and a way to hear of changes (returns the unsubscribe). */
export function liveStatus(): LiveStatus {
  return status;
}
export function onLiveStatus(fn: (status: LiveStatus) => void): () => void {
  statusListeners.add(fn);
  return () => void statusListeners.delete(fn);
}
function setStatus(next: LiveStatus): void {
  if (next === status) return;
  status = next;
  for (const fn of statusListeners) fn(next);
}

/** The EventSource constructor (replaceable in tests). */
export type EventSourceFactory = (url: string) => Pick<EventSource, 'addEventListener' | 'close' | 'readyState'>;

/**
 * Opens the console's one event stream, `GET /api/events?topics=…` on the console's own origin (the
 * session cookie signs it), and dispatches each event to the {@link onLive} listeners of its topic.
 * The browser reconnects by itself after a drop, sending `Last-Event-ID`: the server replays what was
 * missed, or sends `reset` when it no longer holds it. Returns the close.
 *
 * @example
 * const close = connectLiveEvents();
 */
export function connectLiveEvents(
  topics: readonly LiveTopic[] = consoleTopics,
  open: EventSourceFactory = (url) => new EventSource(url),
): () => void {
  const source = open(`/api/events?topics=${topics.join(',')}`);
  setStatus('connecting');
  source.addEventListener('open', () => setStatus('open'));
  // EventSource retries by itself while readyState is CONNECTING; CLOSED means it gave up (401, 503)
  source.addEventListener('error', () => setStatus(source.readyState === 2 ? 'closed' : 'retrying'));
  for (const topic of new Set<LiveTopic>([...topics, 'reset'])) {
    source.addEventListener(topic, (message) => {
      const { data, lastEventId } = message as MessageEvent<string>;
      let parsed: unknown;
      try {
        parsed = JSON.parse(data);
      } catch {
        return; // not ours
      }
      dispatchLive({ id: Number(lastEventId), topic, data: parsed } as LiveEvent);
    });
  }
  return () => {
    source.close();
    setStatus('closed');
  };
}
