import { describe, expect, it } from 'vitest';
import { decodePacket } from '../../server/hj212/decode-packet.ts';
import { encodeCp, encodePacket } from '../../server/hj212/encode-packet.ts';
import { createFrameReader } from '../../server/hj212/frame-reader.ts';
import { parseCp } from '../../server/hj212/parse-cp.ts';
import { createReassembler } from '../../server/hj212/reassembler.ts';
import { AMBIENT_HOUR_SEGMENT, frame, REALTIME_SEGMENT, STACK_HOUR_SEGMENT, WORKED_FRAME } from './frames.ts';

/** mulberry32: a seeded PRNG, so a failure replays. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEEDS = [
  WORKED_FRAME,
  frame(AMBIENT_HOUR_SEGMENT),
  frame(STACK_HOUR_SEGMENT),
  frame(REALTIME_SEGMENT),
  frame('ST=31;CN=2061;PW=1;MN=S1;Flag=7;PNUM=2;PNO=1;CP=&&DataTime=20240131140000;a34013-Avg=8;&&'),
];
const TOKENS = [
  '##',
  '\r\n',
  '&&',
  ';',
  ',',
  '=',
  '-',
  'CP=&&',
  'MN=',
  'Flag=',
  'PNUM=',
  '9999',
  '1e309',
  'NaN',
  '烟',
  '😀',
  '#',
];
const ALPHABET = '#0123456789ABCDEFabcdef;,=&-.\r\n QNSTCPWMFlagRtdAvg烟\u0000\uffff\ud800';

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return text;
}

/** A frame with a few random edits: replace, insert, delete, duplicate a slice, insert a token, repeat a char. */
function mutate(random: () => number, text: string): string {
  let out = text;
  const edits = 1 + Math.floor(random() * 4);
  for (let e = 0; e < edits; e += 1) {
    const at = Math.floor(random() * (out.length + 1));
    const kind = Math.floor(random() * 6);
    if (kind === 0) out = out.slice(0, at) + randomText(random, 1) + out.slice(at + 1);
    else if (kind === 1) out = out.slice(0, at) + randomText(random, 1 + Math.floor(random() * 5)) + out.slice(at);
    else if (kind === 2) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 10));
    else if (kind === 3) out = out.slice(0, at) + out.slice(at, at + 40) + out.slice(at);
    else if (kind === 4) out = out.slice(0, at) + pick(random, TOKENS) + out.slice(at);
    else out = out.slice(0, at) + (out[at] ?? '#').repeat(1 + Math.floor(random() * 3000)) + out.slice(at);
  }
  return out;
}

function generate(random: () => number): string {
  const kind = random();
  if (kind < 0.15) return randomText(random, Math.floor(random() * 300));
  if (kind < 0.25) return frame(mutate(random, pick(random, SEEDS).slice(6, -6))); // good framing, bad content
  return mutate(random, pick(random, SEEDS));
}

describe('fuzzing the codec (seeded)', () => {
  it('never throws, keeps the frame reader bounded, and round-trips whatever it accepts', () => {
    const random = createRandom(212_2017);
    const reader = createFrameReader();
    const reassembler = createReassembler({ maxOpen: 50 });
    const started = performance.now();
    let accepted = 0;
    let refused = 0;
    let mostBuffered = 0;
    let longestRaw = 0;
    for (let i = 0; i < 20_000; i += 1) {
      const input = generate(random);
      const decoded = decodePacket(input);
      if (decoded.ok) {
        accepted += 1;
        const packet = decoded.value;
        reassembler.add(packet, i);
        if (packet.pnum === null && packet.cp.length < 900) {
          expect(decodePacket(encodePacket(packet))).toEqual(decoded);
        }
      } else {
        refused += 1;
        expect(decoded.error.message.length).toBeGreaterThan(0);
      }
      const cp = parseCp(decoded.ok ? decoded.value.cp : input);
      if (cp.ok) {
        const again = parseCp(encodeCp({ ...cp.value, dataTime: cp.value.dataTime ?? undefined }));
        expect(again).toEqual(cp);
      }
      let rest = input;
      while (rest.length > 0) {
        const size = 1 + Math.floor(random() * 200);
        for (const outcome of reader.push(rest.slice(0, size))) longestRaw = Math.max(longestRaw, outcome.raw.length);
        rest = rest.slice(size);
        mostBuffered = Math.max(mostBuffered, reader.buffered);
      }
    }
    const elapsedMs = performance.now() - started;
    console.info(`fuzz: ${accepted} accepted, ${refused} refused, ${Math.round(elapsedMs)} ms`);
    expect(accepted).toBeGreaterThan(100); // the mutations leave some frames whole
    expect(refused).toBeGreaterThan(10_000);
    expect(reassembler.open).toBeLessThanOrEqual(50);
    expect(mostBuffered).toBeLessThanOrEqual(1036);
    expect(longestRaw).toBeLessThanOrEqual(1036);
    expect(reader.push(WORKED_FRAME.repeat(2)).filter((o) => o.ok).length).toBeGreaterThanOrEqual(1);
    expect(elapsedMs).toBeLessThan(60_000); // a whole-run sanity bound (20,000 inputs), not a benchmark
  }, 120_000);

  it('survives adversarial shapes quickly', () => {
    const inputs = [
      '#'.repeat(200_000),
      `##0010${';'.repeat(100_000)}`,
      `CP=&&${'a-Avg=1,'.repeat(20_000)}`,
      '='.repeat(100_000),
      `##1024${'&'.repeat(100_000)}\r\n`,
      `${'##0101'.repeat(20_000)}`,
      '\r\n'.repeat(50_000),
    ];
    const reader = createFrameReader();
    for (const input of inputs) {
      expect(() => decodePacket(input)).not.toThrow();
      expect(() => parseCp(input)).not.toThrow();
      expect(() => reader.push(input)).not.toThrow();
      expect(reader.buffered).toBeLessThanOrEqual(1036);
    }
  });
});
