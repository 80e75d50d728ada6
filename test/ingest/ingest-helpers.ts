import { createHash, randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import type { Db } from '../../server/db/open-database.ts';
import type { CpItem, Hj212Packet } from '../../server/hj212/contract.ts';
import { encodeCp, encodePacket, encodeSplit } from '../../server/hj212/encode-packet.ts';
import { createFrameReader } from '../../server/hj212/frame-reader.ts';
import { parseCp } from '../../server/hj212/parse-cp.ts';
import type { DeviceEntityLayer, DeviceKind } from '../../server/schema/enums/device-kind.ts';

export const PW = '123456';

/** Registers a device directly in the devices table (salt + SHA-256 hex of salt + password, as the registry does). */
export function addDevice(
  db: Db,
  d: { mn: string; kind: DeviceKind; layer: DeviceEntityLayer; entity: string; password?: string; enabled?: boolean },
): void {
  const salt = randomBytes(16).toString('hex');
  const hash = createHash('sha256')
    .update(salt + (d.password ?? PW))
    .digest('hex');
  const at = new Date().toISOString();
  db.prepare(
    `INSERT INTO devices (mn, kind, entity_layer, entity_id, password_salt, password_hash, interval_s, enabled,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 60, ?, ?, ?)`,
  ).run(d.mn, d.kind, d.layer, d.entity, salt, hash, d.enabled === false ? 0 : 1, at, at);
}

export interface FrameSpec {
  mn: string;
  st?: string;
  cn?: string;
  pw?: string;
  flag?: number | null;
  qn?: string;
  /** YYYYMMDDhhmmss */
  dataTime?: string;
  items?: Record<string, CpItem>;
}

const segmentOf = (f: FrameSpec) => ({
  qn: f.qn ?? null,
  st: f.st ?? '22',
  cn: f.cn ?? '2051',
  pw: f.pw ?? PW,
  mn: f.mn,
  flag: f.flag === undefined ? 5 : f.flag,
  cp: encodeCp({
    ...(f.dataTime === undefined ? {} : { dataTime: f.dataTime }),
    items: f.items ?? { a34004: { Avg: 35, Flag: 'N' } },
  }),
});

/** One whole frame (Flag 5 unless given: version 2017, acknowledgement asked). */
export const frame = (f: FrameSpec): string => encodePacket(segmentOf(f));

/** The frames of a packet split into parts of at most `maxSegment` characters. */
export const splitFrames = (f: FrameSpec, maxSegment: number): string[] => encodeSplit(segmentOf(f), maxSegment);

/** YYYYMMDDhhmmss of a CST 'YYYY-MM-DDTHH:mm'. */
export const dt = (cst: string) => `${cst.replace(/[-T:]/g, '')}00`;

/** A decoded response and its QnRtn (9011), when any. */
export interface Reply {
  packet: Hj212Packet;
  qnRtn: number | null;
  at: number;
}

/** A TCP client of the listener that decodes every response frame it gets. */
export interface Hj212Client {
  socket: Socket;
  replies: Reply[];
  send(text: string): void;
  /** Resolves once `n` replies arrived (rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<Reply[]>;
  close(): void;
}

export async function openClient(port: number, onReply?: (reply: Reply) => void): Promise<Hj212Client> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  socket.setEncoding('utf8');
  const reader = createFrameReader();
  const replies: Reply[] = [];
  let wake: (() => void) | null = null;
  socket.on('data', (chunk: string) => {
    for (const outcome of reader.push(chunk)) {
      if (!outcome.ok) throw new Error(`the server sent a bad frame: ${outcome.raw}`);
      const cp = parseCp(outcome.value.cp);
      const qnRtn = cp.ok && cp.value.fields.QnRtn !== undefined ? Number(cp.value.fields.QnRtn) : null;
      const reply = { packet: outcome.value, qnRtn, at: performance.now() };
      replies.push(reply);
      onReply?.(reply);
    }
    wake?.();
  });
  socket.on('error', () => undefined);
  return {
    socket,
    replies,
    send: (text) => void socket.write(text),
    async waitFor(n, ms = 10_000) {
      const until = Date.now() + ms;
      while (replies.length < n) {
        if (Date.now() > until) throw new Error(`waited ${ms} ms for ${n} replies, got ${replies.length}`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 50);
        });
      }
      return replies.slice(0, n);
    },
    close: () => void socket.destroy(),
  };
}
