/**
 * The HJ 212 ingest (issue 14): checks each packet a transport received (the TCP listener, `POST
 * /api/ingest/hj212`), writes the accepted ones durably in batches and answers only after the commit.
 *
 * @module
 */
import { redactPassword } from '../db/devices-repository.ts';
import type { Db } from '../db/open-database.ts';
import type { Writer } from '../db/writer.ts';
import type { Hj212Head, Hj212Packet, QnReturnCode } from '../hj212/contract.ts';
import { qnReturnCodes } from '../hj212/contract.ts';
import { dataTimeToCst } from '../hj212/data-time.ts';
import { requestsAck } from '../hj212/flags.ts';
import type { FrameOutcome } from '../hj212/frame-reader.ts';
import { parseCp } from '../hj212/parse-cp.ts';
import { createReassembler } from '../hj212/reassembler.ts';
import { dataResponse, requestResponse } from '../hj212/responses.ts';
import type { DataEvent } from '../schema/live-events.ts';
import type { DeviceKind } from '../schema/enums/device-kind.ts';
import type { ChangeFeed } from '../services/change-feed.ts';
import type { LiveHub } from '../services/live-hub.ts';
import { cstInstant } from '../time/cst.ts';
import { createDeviceCache, type DeviceCache, type IngestDevice } from './device-cache.ts';
import { type AcceptedPacket, type BatchOutcome, type Refusal, writeIngestBatch } from '../db/ingest-batch.ts';
import { createRateLimiter, type RateLimits } from './rate-limiter.ts';

/** Where packets came from: one TCP connection, or one HTTP request. Split packets reassemble per source. */
export interface IngestSource {
  id: string;
  transport: 'tcp' | 'http';
}

/** What became of one frame. */
export interface IngestResult {
  /** Accepted and stored (or a duplicate of a stored one), or a part of a split packet held for the rest. */
  ok: boolean;
  mn: string | null;
  cn: string | null;
  /** DataTime as 'YYYY-MM-DDTHH:mm:ss' CST, when readable. */
  dataTime: string | null;
  /** The response frame to send back (none when the Flag asks for none, or the commit failed). */
  response?: string;
  /** Why it was refused (`qnRtn`: the 9011 return code). */
  error?: { code: string; qnRtn: number; message: string };
  duplicate?: boolean;
  /** A part of a split packet: held until its other parts arrive (answered with the whole). */
  partial?: boolean;
}

/** Options of {@link createIngest}. */
export interface IngestOptions {
  db: Db;
  writer: Writer;
  hub: LiveHub;
  /** The clock, epoch ms. */
  now?: () => number;
  /** Per-device token bucket (default 20 packets/s sustained, burst 200). */
  limits?: RateLimits;
  /** Most packets (and refusals) in one commit. Default 1000. */
  maxBatch?: number;
  /** Latest DataTime accepted, ahead of the server's clock, ms. Default 1 h. */
  maxAheadMs?: number;
  /** Registry edits (topic `devices`) take effect at once when given; else within the cache's 2 s. */
  feed?: ChangeFeed;
  devices?: DeviceCache;
}

/** The ingest both transports share. */
export interface Ingest {
  /** Checks and stores `outcomes` (in order); resolves, after their commit, with the responses to send, in order. */
  receive(outcomes: readonly FrameOutcome[], source: IngestSource): Promise<string[]>;
  /** As `receive`, with what became of each frame. */
  receiveDetailed(outcomes: readonly FrameOutcome[], source: IngestSource): Promise<IngestResult[]>;
  /** Forgets a source's half-reassembled split packets (its connection closed). */
  release(source: IngestSource): void;
  /** Packets received and not yet committed. */
  pending(): number;
  /** Resolves once every batch queued so far has settled. */
  drained(): Promise<void>;
}

/** The commands that carry data the ingest stores: real-time, minute, hour, day. */
export const dataCommands: ReadonlySet<string> = new Set(['2011', '2051', '2061', '2031']);

/** device_errors rows one batch writes per MN (the rest of a flood is only counted). */
const LOGGED_PER_BATCH = 20;

/** The ST a device of each kind must send (undefined: any). */
const kindSt: Readonly<Record<DeviceKind, string | undefined>> = {
  ambient: '22',
  micro: '22',
  stack: '31',
  nrmm: undefined,
};

/** A field of a frame as written (`;name=value;`, at most 64 characters), or null. */
function fieldAsSent(raw: string, name: string): string | null {
  let at = raw.indexOf(`${name}=`);
  // a field starts the segment (after the 6 framing characters) or follows a ';'
  while (at >= 0 && at !== 6 && raw[at - 1] !== ';') at = raw.indexOf(`${name}=`, at + 1);
  if (at < 0) return null;
  const rest = raw.slice(at + name.length + 1, at + name.length + 1 + 64);
  const end = rest.search(/[;&]/);
  return end < 0 ? null : rest.slice(0, end);
}

/**
 * The header of a frame the codec refused without one (its MN did not pass the codec's checks), read as
 * written: the refusal is logged under the MN the frame named and answered on the same connection.
 */
function headAsSent(raw: string): Hj212Head | null {
  const mn = fieldAsSent(raw, 'MN');
  if (!mn) return null;
  const flagText = fieldAsSent(raw, 'Flag');
  return {
    qn: fieldAsSent(raw, 'QN'),
    st: fieldAsSent(raw, 'ST') ?? '91',
    cn: fieldAsSent(raw, 'CN') ?? '',
    pw: fieldAsSent(raw, 'PW') ?? '',
    mn,
    flag: flagText !== null && /^\d{1,3}$/.test(flagText) ? Number(flagText) : null,
  };
}

interface OpenBatch {
  packets: AcceptedPacket[];
  refusals: Refusal[];
  sealed: boolean;
  /** device_errors rows this batch logs per MN. */
  logged: Map<string | null, number>;
  done: Promise<BatchOutcome | null>;
}

/** How a frame is answered once its batch has committed. */
type Pending =
  | { kind: 'refused'; result: IngestResult }
  | { kind: 'partial'; result: IngestResult }
  | { kind: 'accepted'; result: IngestResult; batch: OpenBatch; index: number; packet: Hj212Packet };

const valuesOf = (items: AcceptedPacket['items']) => {
  const values: Record<string, number | null> = {};
  for (const [code, item] of Object.entries(items)) values[code] = item.Avg ?? item.Rtd ?? null;
  return values;
};

/** The MN and PW a refusal may echo: the registry's own forms (server/schema/devices.ts). */
const ANSWERABLE_MN = /^[0-9A-Za-z-]{1,24}$/;
const ANSWERABLE_PW = /^[!-%'-+\--:<>-~]{0,32}$/;

/**
 * Creates the ingest. Per frame, in order: a frame the codec refused → 9011 with its return code; an
 * unknown MN → 4; a wrong PW → 3; a disabled device → 2; an ST not of the device's kind (22 ambient
 * and micro-stations, 31 stacks) → 5; over the device's rate limit → 2 (refused, not queued); a CN
 * that is not data (2011, 2051, 2061, 2031) → 8; split parts are reassembled per source; a CP that
 * does not parse, or a DataTime missing, invalid or more than `maxAheadMs` ahead → 100. Responses are
 * sent only when the packet's Flag asks (bit 0), to a readable MN. Refusals are logged in
 * device_errors and counted on the device.
 *
 * Accepted packets are gathered, with every other packet of the same tick (at most `maxBatch`),
 * into ONE writer job (ingest-batch.ts); only after it commits are the 9014 data responses returned
 * and one hub `data` event published (the live feed publishes `present` when it moved). A failed
 * commit answers nothing for its packets (the devices resend) and the ingest keeps going.
 *
 * @example
 * const ingest = createIngest({ db, writer, hub });
 * const reader = createFrameReader();
 * socket.on('data', async (chunk) => {
 *   for (const response of await ingest.receive(reader.push(chunk), { id: 'c1', transport: 'tcp' }))
 *     socket.write(response);
 * });
 */
export function createIngest(options: IngestOptions): Ingest {
  const { db, writer, hub } = options;
  const now = options.now ?? Date.now;
  const maxBatch = options.maxBatch ?? 1000;
  const maxAheadMs = options.maxAheadMs ?? 3_600_000;
  const devices = options.devices ?? createDeviceCache(db);
  options.feed?.subscribe('devices', ({ keys }) => {
    for (const key of keys) devices.invalidate(key ?? undefined);
  });
  const limiter = createRateLimiter(options.limits);
  const reassemblers = new Map<string, ReturnType<typeof createReassembler>>();
  let open: OpenBatch | null = null;
  let last: Promise<unknown> = Promise.resolve();
  let pendingPackets = 0;

  const settle = (batch: OpenBatch, outcome: BatchOutcome) => {
    const packets: DataEvent['packets'] = [];
    outcome.stored.forEach((stored, i) => {
      const p = batch.packets[i];
      if (stored === 'new' && p)
        packets.push({ mn: p.mn, cn: p.cn, dataTime: p.dataTime, receivedAt: p.receivedAt, values: valuesOf(p.items) });
    });
    if (packets.length > 0) hub.publish('data', { packets });
    // the `present` event comes from the live feed (services/live-feed.ts), which sees every writer's commits
  };

  const batchForNext = (): OpenBatch => {
    if (open && !open.sealed && open.packets.length + open.refusals.length < maxBatch) return open;
    const batch: OpenBatch = {
      packets: [],
      refusals: [],
      sealed: false,
      logged: new Map(),
      done: Promise.resolve(null),
    };
    // the job runs on the writer's next flush: everything added to the batch until then joins it
    batch.done = writer
      .write((tx) => {
        batch.sealed = true;
        if (open === batch) open = null;
        return writeIngestBatch(tx, { packets: batch.packets, refusals: batch.refusals, at: now() });
      })
      .then(
        (outcome) => {
          pendingPackets -= batch.packets.length;
          try {
            settle(batch, outcome);
          } catch (error) {
            console.error('ingest: publishing a batch failed (the batch is stored):', error);
          }
          return outcome;
        },
        (error: unknown) => {
          pendingPackets -= batch.packets.length;
          batch.sealed = true;
          if (open === batch) open = null;
          console.error(
            `ingest: a batch of ${batch.packets.length} packets was not stored (no acknowledgement):`,
            error,
          );
          return null;
        },
      );
    last = batch.done;
    open = batch;
    return batch;
  };

  /** Records a refusal and returns its result (with the 9011 when the Flag asks and the MN is readable). */
  const refuse = (
    packet: Hj212Head | null,
    raw: string,
    qnRtn: QnReturnCode,
    message: string,
    device: IngestDevice | null,
    touched: Set<OpenBatch>,
  ): Pending => {
    const batch = batchForNext();
    touched.add(batch);
    const mn = packet?.mn ?? null;
    // a flood is counted in full but logged a few rows per MN and batch
    const logged = batch.logged.get(mn) ?? 0;
    batch.logged.set(mn, logged + 1);
    const log = logged < LOGGED_PER_BATCH;
    batch.refusals.push({ mn, code: String(qnRtn), message, raw: redactPassword(raw), counted: device !== null, log });
    const result: IngestResult = {
      ok: false,
      mn,
      cn: packet?.cn ?? null,
      dataTime: null,
      error: { code: String(qnRtn), qnRtn, message },
    };
    // answered only to a header a 9011 can carry back: a readable MN and PW (never echo bytes no device sent)
    if (packet && requestsAck(packet.flag) && ANSWERABLE_MN.test(packet.mn) && ANSWERABLE_PW.test(packet.pw)) {
      try {
        result.response = requestResponse(packet, qnRtn);
      } catch {
        // a header no frame can carry (the codec's own limits): refused without an answer
      }
    }
    return { kind: 'refused', result };
  };

  const reassemblerOf = (source: IngestSource) => {
    let reassembler = reassemblers.get(source.id);
    if (!reassembler) {
      // per connection: a few open sets of at most ~250 parts between them (one device's split packets)
      reassembler = createReassembler({ maxOpen: 8, maxChars: 256_000 });
      reassemblers.set(source.id, reassembler);
    }
    return reassembler;
  };

  const check = (outcome: FrameOutcome, source: IngestSource, touched: Set<OpenBatch>, at: number): Pending => {
    if (!outcome.ok) {
      // the header, when the MN was readable, addresses the 9011 and counts the refusal on the device
      const problem = outcome.error;
      const head = problem.head ?? headAsSent(outcome.raw);
      const device = head ? devices.get(head.mn, at) : null;
      return refuse(head, outcome.raw, problem.qnRtn, `${problem.code}: ${problem.message}`, device, touched);
    }
    const part = outcome.value;
    const device = devices.get(part.mn, at);
    const no = (qnRtn: QnReturnCode, message: string, known: IngestDevice | null) =>
      refuse(part, outcome.raw, qnRtn, message, known, touched);
    if (!device) return no(qnReturnCodes.mnWrong, `unknown MN ${part.mn}`, null);
    if (!device.passwordIs(part.pw)) return no(qnReturnCodes.passwordWrong, 'wrong PW', device);
    if (!device.enabled) return no(qnReturnCodes.refused, 'device disabled', device);
    const st = kindSt[device.kind];
    if (st !== undefined && part.st !== st)
      return no(qnReturnCodes.stWrong, `ST ${part.st}: a ${device.kind} device sends ST ${st}`, device);
    if (!limiter.take(device.mn, at)) return no(qnReturnCodes.refused, 'rate limit: too many packets', device);
    if (!dataCommands.has(part.cn)) return no(qnReturnCodes.cnWrong, `CN ${part.cn} is not a data upload`, device);
    let packet = part;
    if (part.pnum !== null) {
      const whole = reassemblerOf(source).add(part, at);
      if (!whole.ok) return no(whole.error.qnRtn, `${whole.error.code}: ${whole.error.message}`, device);
      if (whole.value === null) {
        return { kind: 'partial', result: { ok: true, mn: part.mn, cn: part.cn, dataTime: null, partial: true } };
      }
      packet = whole.value;
    }
    const cp = parseCp(packet.cp);
    if (!cp.ok) return no(cp.error.qnRtn, `${cp.error.code}: ${cp.error.message}`, device);
    const dataTime = cp.value.dataTime === null ? null : dataTimeToCst(cp.value.dataTime);
    if (dataTime === null) return no(qnReturnCodes.unknown, 'DataTime missing or not a date-time', device);
    if (cstInstant(dataTime).getTime() > at + maxAheadMs)
      return no(qnReturnCodes.unknown, `DataTime ${dataTime} is ahead of the server's clock`, device);
    const batch = batchForNext();
    touched.add(batch);
    batch.packets.push({
      mn: packet.mn,
      st: packet.st,
      cn: packet.cn,
      dataTime,
      receivedAt: at,
      items: cp.value.items,
      device: {
        kind: device.kind,
        entityLayer: device.entityLayer,
        entityId: device.entityId,
        intervalS: device.intervalS,
      },
      lastPacket: redactPassword(outcome.raw),
    });
    pendingPackets++;
    return {
      kind: 'accepted',
      result: { ok: true, mn: packet.mn, cn: packet.cn, dataTime },
      batch,
      index: batch.packets.length - 1,
      packet,
    };
  };

  const receiveDetailed = async (outcomes: readonly FrameOutcome[], source: IngestSource) => {
    const at = now();
    const touched = new Set<OpenBatch>();
    const pending = outcomes.map((outcome) => check(outcome, source, touched, at));
    // answer in order: after this call's batches and every batch before them
    const wait = touched.size > 0 ? [...touched].map((b) => b.done) : [last];
    const settled = await Promise.all(wait);
    const byBatch = new Map<OpenBatch, BatchOutcome | null>();
    [...touched].forEach((b, i) => byBatch.set(b, settled[i] as BatchOutcome | null));
    return pending.map((entry): IngestResult => {
      if (entry.kind !== 'accepted') return entry.result;
      const stored = byBatch.get(entry.batch)?.stored[entry.index];
      if (stored === undefined || stored === 'failed') {
        return {
          ...entry.result,
          ok: false,
          error: { code: 'store-failed', qnRtn: qnReturnCodes.unknown, message: 'not stored: send it again' },
        };
      }
      const result: IngestResult = { ...entry.result, ...(stored === 'duplicate' ? { duplicate: true } : {}) };
      if (requestsAck(entry.packet.flag)) result.response = dataResponse(entry.packet);
      return result;
    });
  };

  return {
    receiveDetailed,
    async receive(outcomes, source) {
      const results = await receiveDetailed(outcomes, source);
      return results.flatMap((r) => (r.response === undefined ? [] : [r.response]));
    },
    release(source) {
      reassemblers.delete(source.id);
    },
    pending: () => pendingPackets,
    drained: async () => {
      await last;
    },
  };
}
