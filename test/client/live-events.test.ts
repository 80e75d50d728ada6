import { describe, expect, it } from 'vitest';
import { connectLiveEvents, liveStatus, onLive } from '../../client/live/live-events.ts';

/** A stand-in EventSource: records the URL and lets the test fire its events. */
function fakeSource() {
  const handlers = new Map<string, ((event: Event) => void)[]>();
  const source = {
    url: '',
    readyState: 0,
    closed: false,
    addEventListener(type: string, fn: (event: Event) => void) {
      handlers.set(type, [...(handlers.get(type) ?? []), fn]);
    },
    close() {
      source.closed = true;
    },
    fire(type: string, data?: unknown, lastEventId = '') {
      const event =
        data === undefined
          ? new Event(type)
          : new MessageEvent(type, { data: typeof data === 'string' ? data : JSON.stringify(data), lastEventId });
      for (const fn of handlers.get(type) ?? []) fn(event);
    },
  };
  return source;
}

describe('the console’s live connection', () => {
  it('opens one stream of the console topics and hands each event to its topic’s listeners', () => {
    const source = fakeSource();
    const close = connectLiveEvents(undefined, (url) => {
      source.url = url;
      return source as unknown as EventSource;
    });
    expect(source.url).toBe('/api/events?topics=present,readings,outlets,alerts,devices,emergency');
    const present: string[] = [];
    const devices: string[] = [];
    const resets: string[] = [];
    const offPresent = onLive('present', (data, event) => present.push(`${event.id}:${data.asOf}`));
    const offDevices = onLive('devices', (data) => devices.push(...data.devices.map((d) => d.status)));
    const offReset = onLive('reset', (data) => resets.push(data.reason));
    source.fire('open');
    expect(liveStatus()).toBe('open');
    source.fire('present', { asOf: '2024-01-01T01:00' }, '12');
    source.fire('devices', { devices: [{ mn: 'M1', status: 'offline', since: null }] }, '13');
    source.fire('present', 'not json', '14');
    source.fire('reset', { reason: 'events-dropped' }, '15');
    expect(present).toEqual(['12:2024-01-01T01:00']);
    expect(devices).toEqual(['offline']);
    expect(resets).toEqual(['events-dropped']);
    source.readyState = 0; // the browser reconnects by itself
    source.fire('error');
    expect(liveStatus()).toBe('retrying');
    offPresent();
    source.fire('present', { asOf: '2024-01-01T02:00' }, '16');
    expect(present).toHaveLength(1);
    close();
    expect(source.closed).toBe(true);
    expect(liveStatus()).toBe('closed');
    offDevices();
    offReset();
  });
});
