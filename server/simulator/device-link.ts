import { connect, type Socket } from 'node:net';
import { createFrameReader } from '../hj212/frame-reader.ts';
import { parseCp } from '../hj212/parse-cp.ts';
import { corruptCrc } from './packets.ts';

/** One packet a device sends and waits for the platform's acknowledgement of. */
export interface Outgoing {
  frame: string;
  qn: string;
  /** Its first attempt goes out with a wrong CRC. */
  badCrc: boolean;
  /** Once acknowledged, it is sent once more (a duplicate the ingest must store once). */
  duplicate: boolean;
  /** Hour data (counted in the per-hour log) rather than real-time or minute data. */
  hour: boolean;
  /** This is the duplicate resend of a packet already acknowledged. */
  repeat?: boolean;
}

/** Counters of a run, summed over every device. */
export interface LinkCounters {
  /** Frames written (every attempt). */
  sent: number;
  /** Packets acknowledged with a 9014 (a duplicate's acknowledgement counts too). */
  acked: number;
  /** 9011 refusals received. */
  refused: number;
  /** Attempts after the first (after a refusal, a timeout or a reconnection). */
  resent: number;
  /** Duplicates sent on purpose. */
  duplicates: number;
  /** Frames sent with a wrong CRC on purpose. */
  badCrc: number;
  /** Packets given up after `maxAttempts` or refused for good (wrong password, MN…). */
  lost: number;
  /** Hour packets acknowledged. */
  hoursAcked: number;
  /** Connections opened (reconnections included). */
  connections: number;
}

export const emptyCounters = (): LinkCounters => ({
  sent: 0,
  acked: 0,
  refused: 0,
  resent: 0,
  duplicates: 0,
  badCrc: 0,
  lost: 0,
  hoursAcked: 0,
  connections: 0,
});

/** Options of {@link createDeviceLink}. */
export interface DeviceLinkOptions {
  host: string;
  port: number;
  mn: string;
  counters: LinkCounters;
  /** Real ms to wait for an acknowledgement before resending (default 5000). */
  ackTimeoutMs?: number;
  /** Attempts before a packet is given up (default 10). */
  maxAttempts?: number;
  /** Real ms before reconnecting after a close (default 1000). */
  reconnectMs?: number;
  log: (line: string) => void;
  /** Called whenever the link has nothing left to send or wait for. */
  onIdle?: () => void;
}

/** A device's TCP connection to the platform: sends its packets one at a time, each until acknowledged. */
export interface DeviceLink {
  send(packet: Outgoing): void;
  /** Nothing queued and nothing waiting for an acknowledgement. */
  idle(): boolean;
  /** Closes the connection for good (queued packets are dropped). */
  close(): void;
  /** Sends what is queued, then closes the connection for good (a device going silent). */
  closeWhenIdle(): void;
}

/** QnRtn codes after which resending the same packet cannot help (PW, MN, ST, Flag, QN, CN wrong; 100 other). */
const finalRefusals = new Set(['3', '4', '5', '6', '7', '8', '100']);

/**
 * Opens one device's connection (one socket per device, as real devices do) and keeps it open: reconnects when
 * it closes, resends the packet in flight after a refusal for its CRC, an acknowledgement timeout or a
 * reconnection, and counts what happens in `counters`.
 *
 * @example
 * const link = createDeviceLink({ host: '127.0.0.1', port: 9212, mn, counters, log: console.log });
 * link.send({ frame, qn, badCrc: false, duplicate: false, hour: true });
 */
export function createDeviceLink(options: DeviceLinkOptions): DeviceLink {
  const { counters } = options;
  const ackTimeoutMs = options.ackTimeoutMs ?? 5000;
  const maxAttempts = options.maxAttempts ?? 10;
  const queue: Outgoing[] = [];
  let inFlight: { packet: Outgoing; attempts: number } | null = null;
  let socket: Socket | null = null;
  let connected = false;
  let closed = false;
  let closing = false;
  let timer: NodeJS.Timeout | null = null;
  let reconnectTimer: NodeJS.Timeout | null = null;
  let reader = createFrameReader();

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const finish = (delivered: boolean) => {
    clearTimer();
    const done = inFlight;
    inFlight = null;
    if (done && delivered) {
      counters.acked += 1;
      if (done.packet.hour && !done.packet.repeat) counters.hoursAcked += 1;
      if (done.packet.duplicate) queue.unshift({ ...done.packet, duplicate: false, badCrc: false, repeat: true });
    } else if (done) {
      counters.lost += 1;
    }
    pump();
  };

  const write = () => {
    if (!inFlight || !connected || !socket) return;
    clearTimer();
    const { packet, attempts } = inFlight;
    const corrupt = packet.badCrc && attempts === 0;
    if (corrupt) counters.badCrc += 1;
    if (attempts > 0) counters.resent += 1;
    inFlight.attempts += 1;
    counters.sent += 1;
    socket.write(corrupt ? corruptCrc(packet.frame) : packet.frame);
    timer = setTimeout(() => {
      timer = null;
      retry();
    }, ackTimeoutMs);
  };

  const retry = () => {
    if (!inFlight) return;
    if (inFlight.attempts >= maxAttempts) {
      options.log(`${options.mn}: packet ${inFlight.packet.qn} given up after ${maxAttempts} attempts`);
      finish(false);
      return;
    }
    write();
  };

  function pump() {
    if (inFlight === null) {
      const next = queue.shift();
      if (next === undefined) {
        if (closing) close();
        options.onIdle?.();
        return;
      }
      if (next.repeat) counters.duplicates += 1;
      inFlight = { packet: next, attempts: 0 };
    }
    write();
  }

  const onResponse = (cn: string, qn: string | null, cp: string) => {
    if (!inFlight) return;
    const fields = parseCp(cp);
    const cpQn = fields.ok ? (fields.value.fields.QN ?? null) : null;
    const about = cpQn ?? qn;
    if (about !== null && about !== inFlight.packet.qn) return;
    if (cn === '9014') {
      finish(true);
      return;
    }
    if (cn !== '9011') return;
    const rtn = fields.ok ? (fields.value.fields.QnRtn ?? '') : '';
    if (rtn === '1') return;
    counters.refused += 1;
    if (finalRefusals.has(rtn)) {
      options.log(`${options.mn}: packet ${inFlight.packet.qn} refused (QnRtn ${rtn})`);
      finish(false);
    } else if (rtn === '9') {
      retry(); // a CRC error: the device resends at once
    }
    // 2 (refused: disabled, over the rate limit): the timer resends it
  };

  function close() {
    closed = true;
    clearTimer();
    if (reconnectTimer !== null) clearTimeout(reconnectTimer);
    queue.length = 0;
    inFlight = null;
    socket?.destroy();
  }

  const open = () => {
    reconnectTimer = null;
    if (closed) return;
    reader = createFrameReader();
    const s = connect({ host: options.host, port: options.port });
    socket = s;
    s.setEncoding('utf8');
    s.setNoDelay(true);
    s.on('connect', () => {
      connected = true;
      counters.connections += 1;
      pump();
    });
    s.on('data', (chunk: string) => {
      for (const outcome of reader.push(chunk)) {
        if (outcome.ok) onResponse(outcome.value.cn, outcome.value.qn, outcome.value.cp);
      }
    });
    s.on('error', () => {
      // 'close' follows: reconnect there
    });
    s.on('close', () => {
      connected = false;
      socket = null;
      clearTimer();
      if (!closed) reconnectTimer = setTimeout(open, options.reconnectMs ?? 1000);
    });
  };
  open();

  return {
    send(packet) {
      if (closed) return;
      queue.push(packet);
      if (inFlight === null && connected) pump();
    },
    idle: () => inFlight === null && queue.length === 0,
    close,
    closeWhenIdle() {
      closing = true;
      if (inFlight === null && queue.length === 0) close();
    },
  };
}
