/**
 * Puts split packets (PNUM/PNO) back together: the parts of one packet share MN, QN and CN; their CP pieces are
 * concatenated in PNO order. Incomplete sets are evicted after `timeoutMs` and the number of open sets and the
 * text they hold are capped, so a device that never finishes (or floods) cannot grow memory without bound.
 *
 * @module
 */
import { err, ok, type Result } from '../result.ts';
import type { Hj212Packet, Hj212Problem } from './contract.ts';
import { FLAG_SPLIT } from './flags.ts';
import { hj212Problem } from './problem.ts';

export interface ReassemblerOptions {
  /** How long an incomplete set waits for its other parts, ms from its first part (default 30 s). */
  timeoutMs?: number;
  /** The most incomplete sets held at once; the oldest is dropped to make room (default 1000). */
  maxOpen?: number;
  /** The most CP characters held across incomplete sets; the oldest sets are dropped to make room (default 4 M). */
  maxChars?: number;
}

export interface Reassembler {
  /**
   * Takes a decoded packet: an unsplit one comes straight back; a part gives null until its set is complete, then
   * the whole packet (PNUM/PNO null, the split bit cleared). A part that contradicts its set (another PNUM, the
   * same PNO with another CP) is `split-invalid`; an exact repeat of a part is ignored (null).
   */
  add(packet: Hj212Packet, nowMs: number): Result<Hj212Packet | null, Hj212Problem>;
  /** Drops the sets older than the timeout; returns how many were dropped. */
  sweep(nowMs: number): number;
  /** Incomplete sets held now. */
  readonly open: number;
}

interface PartSet {
  pnum: number;
  firstMs: number;
  parts: (string | undefined)[];
  received: number;
  chars: number;
}

/**
 * A reassembler for one ingest (sets are keyed by MN, so one is enough for every connection).
 *
 * @example
 * const reassembler = createReassembler();
 * reassembler.add(part1of2, Date.now()); // { ok: true, value: null }
 * reassembler.add(part2of2, Date.now()); // { ok: true, value: { …, cp: part1of2.cp + part2of2.cp, pnum: null } }
 */
export function createReassembler(options: ReassemblerOptions = {}): Reassembler {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxOpen = Math.max(1, options.maxOpen ?? 1000);
  const maxChars = Math.max(1, options.maxChars ?? 4_000_000);
  /** Insertion order = age order (a set is never re-inserted while open). */
  const sets = new Map<string, PartSet>();
  let chars = 0;

  function drop(key: string): void {
    const set = sets.get(key);
    if (set === undefined) return;
    chars -= set.chars;
    sets.delete(key);
  }

  function sweep(nowMs: number): number {
    let dropped = 0;
    for (const [key, set] of sets) {
      if (nowMs - set.firstMs < timeoutMs) break;
      drop(key);
      dropped += 1;
    }
    return dropped;
  }

  function add(packet: Hj212Packet, nowMs: number): Result<Hj212Packet | null, Hj212Problem> {
    const { pnum, pno } = packet;
    if (pnum === null || pno === null) return ok(packet);
    if (!(Number.isInteger(pnum) && Number.isInteger(pno) && pno >= 1 && pno <= pnum)) {
      return err(hj212Problem('split-invalid', `PNO ${pno} of PNUM ${pnum} is out of range`, 100));
    }
    sweep(nowMs);
    if (pnum === 1) return ok(whole(packet, packet.cp));
    const key = `${packet.mn}\u0000${packet.qn ?? ''}\u0000${packet.cn}`;
    let set = sets.get(key);
    if (set !== undefined && set.pnum !== pnum) {
      return err(hj212Problem('split-invalid', `PNUM ${pnum} differs from its set's PNUM ${set.pnum}`, 100));
    }
    const known = set?.parts[pno - 1];
    if (known !== undefined) {
      if (known === packet.cp) return ok(null);
      return err(hj212Problem('split-invalid', `part PNO ${pno} of ${pnum} came twice with different CP`, 100));
    }
    if (set === undefined) {
      while (sets.size >= maxOpen) drop(sets.keys().next().value ?? '');
      set = { pnum, firstMs: nowMs, parts: new Array<string | undefined>(pnum).fill(undefined), received: 0, chars: 0 };
      sets.set(key, set);
    }
    set.parts[pno - 1] = packet.cp;
    set.received += 1;
    set.chars += packet.cp.length;
    chars += packet.cp.length;
    if (set.received === pnum) {
      drop(key);
      return ok(whole(packet, set.parts.join('')));
    }
    while (chars > maxChars && sets.size > 0) {
      const oldest = sets.keys().next().value ?? '';
      drop(oldest);
      if (oldest === key) break;
    }
    return ok(null);
  }

  return {
    add,
    sweep,
    get open() {
      return sets.size;
    },
  };
}

function whole(packet: Hj212Packet, cp: string): Hj212Packet {
  const flag = packet.flag === null ? null : packet.flag & ~FLAG_SPLIT;
  return { ...packet, flag, pnum: null, pno: null, cp };
}
