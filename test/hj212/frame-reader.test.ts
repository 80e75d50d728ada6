import { describe, expect, it } from 'vitest';
import { createFrameReader, type FrameOutcome } from '../../server/hj212/frame-reader.ts';
import { AMBIENT_HOUR_SEGMENT, frame, REALTIME_SEGMENT, STACK_HOUR_SEGMENT, WORKED_FRAME } from './frames.ts';

const AMBIENT = frame(AMBIENT_HOUR_SEGMENT);
const STACK = frame(STACK_HOUR_SEGMENT);
const REALTIME = frame(REALTIME_SEGMENT);

function summary(outcomes: FrameOutcome[]): string[] {
  return outcomes.map((o) => (o.ok ? `ok ${o.value.mn} ${o.value.cn}` : o.error.code));
}

function readAll(chunks: string[]): FrameOutcome[] {
  const reader = createFrameReader();
  return chunks.flatMap((chunk) => reader.push(chunk));
}

describe('createFrameReader', () => {
  it('reads one frame in one chunk, keeping the raw text', () => {
    const outcomes = readAll([WORKED_FRAME]);
    expect(summary(outcomes)).toEqual(['ok 010000A8900016F000169DC0 1062']);
    expect(outcomes[0]?.raw).toBe(WORKED_FRAME);
  });

  it('reads two (and three) frames in one chunk', () => {
    expect(summary(readAll([AMBIENT + STACK]))).toEqual(['ok AQ14090001 2061', 'ok ST14090001 2061']);
    expect(summary(readAll([AMBIENT + STACK + REALTIME]))).toHaveLength(3);
  });

  it('reads frames split across two chunks at every position', () => {
    const stream = AMBIENT + STACK;
    for (let cut = 0; cut <= stream.length; cut += 1) {
      const reader = createFrameReader();
      const outcomes = [...reader.push(stream.slice(0, cut)), ...reader.push(stream.slice(cut))];
      expect(summary(outcomes), `cut at ${cut}`).toEqual(['ok AQ14090001 2061', 'ok ST14090001 2061']);
      expect(reader.buffered).toBe(0);
    }
  });

  it('reads a stream fed one character at a time', () => {
    const stream = WORKED_FRAME + REALTIME + STACK;
    expect(summary(readAll([...stream]))).toEqual([
      'ok 010000A8900016F000169DC0 1062',
      'ok MS0001 2011',
      'ok ST14090001 2061',
    ]);
  });

  it('skips garbage between frames, reporting it once, and ignores blank lines', () => {
    const outcomes = readAll([`${WORKED_FRAME}GET / HTTP/1.1\r\n\r\n${REALTIME}\r\n\n  ${STACK}`]);
    expect(summary(outcomes)).toEqual([
      'ok 010000A8900016F000169DC0 1062',
      'frame-header',
      'ok MS0001 2011',
      'ok ST14090001 2061',
    ]);
    expect(outcomes[1]?.raw).toBe('GET / HTTP/1.1\r\n\r\n');
  });

  it('reports garbage arriving in many chunks once, and keeps a # that may start the next frame', () => {
    const reader = createFrameReader();
    const outcomes = [...reader.push('noise'), ...reader.push('more noise#'), ...reader.push(WORKED_FRAME.slice(1))];
    expect(summary(outcomes)).toEqual(['frame-header', 'ok 010000A8900016F000169DC0 1062']);
  });

  it('refuses a frame without its CR LF in a stream and reads the next one', () => {
    const outcomes = readAll([WORKED_FRAME.slice(0, -2) + REALTIME]);
    expect(summary(outcomes)).toEqual(['frame-trailer', 'ok MS0001 2011']);
    const [first] = outcomes;
    expect(first?.raw).toBe(WORKED_FRAME.slice(0, -2));
    expect(first?.ok === false && first.error.head?.mn).toBe('010000A8900016F000169DC0');
  });

  it('refuses frames whose length is too short or too long and reads the next one', () => {
    const short = WORKED_FRAME.replace('##0101', '##0095');
    const long = WORKED_FRAME.replace('##0101', '##0110');
    expect(summary(readAll([short + REALTIME]))).toEqual(['frame-length', 'ok MS0001 2011']);
    expect(summary(readAll([long + REALTIME + STACK]))).toEqual([
      'frame-length',
      'ok MS0001 2011',
      'ok ST14090001 2061',
    ]);
    const [outcome] = readAll([short + REALTIME]);
    expect(outcome?.ok === false && outcome.error.message).toBe(
      "length field says 95, the frame's data segment has 101",
    );
  });

  it('refuses bad length digits and a wrong CRC, then goes on', () => {
    const badDigits = WORKED_FRAME.replace('##0101', '##01x1');
    const badCrc = WORKED_FRAME.replace('1C80\r\n', '1C81\r\n');
    expect(summary(readAll([badDigits + REALTIME]))).toEqual(['frame-length', 'ok MS0001 2011']);
    expect(summary(readAll([badCrc + REALTIME]))).toEqual(['crc', 'ok MS0001 2011']);
    expect(summary(readAll([`###${WORKED_FRAME.slice(2)}`]))).toEqual(['ok 010000A8900016F000169DC0 1062']);
  });

  it('refuses an oversized frame at once without buffering it, and reads the next one', () => {
    const reader = createFrameReader();
    const oversized = `##2000${'x'.repeat(2000)}ABCD\r\n`;
    const outcomes = [...reader.push(oversized.slice(0, 10)), ...reader.push(oversized.slice(10) + REALTIME)];
    expect(summary(outcomes)).toEqual(['frame-too-long', 'ok MS0001 2011']);
  });

  it('honours maxFrameChars', () => {
    const reader = createFrameReader({ maxFrameChars: 100 });
    expect(summary(reader.push(WORKED_FRAME))).toEqual(['frame-too-long']);
  });

  it('bounds what it holds: never more than one frame, whatever the stream', () => {
    const reader = createFrameReader();
    reader.push('x'.repeat(100_000));
    expect(reader.buffered).toBeLessThanOrEqual(1);
    reader.push(`##1024${'y'.repeat(50_000)}`); // a length that never ends where it says
    expect(reader.buffered).toBeLessThanOrEqual(1036);
    reader.push('##0101');
    for (let i = 0; i < 50; i += 1) reader.push('#'.repeat(999));
    expect(reader.buffered).toBeLessThanOrEqual(1036);
    expect(summary(reader.push(`\r\n${WORKED_FRAME}`)).at(-1)).toBe('ok 010000A8900016F000169DC0 1062');
  });

  it('flushes a frame cut short at the end of the stream as a refusal', () => {
    const reader = createFrameReader();
    expect(reader.push(WORKED_FRAME.slice(0, 50))).toEqual([]);
    expect(reader.buffered).toBe(50);
    expect(summary(reader.flush())).toEqual(['frame-trailer']);
    expect(reader.buffered).toBe(0);
    expect(reader.flush()).toEqual([]);
  });

  it('reads non-ASCII data segments by their UTF-8 length', () => {
    const segment = 'ST=31;CN=2061;PW=1;MN=S1;CP=&&i12001-Info=烟尘仪维护;a34013-Avg=8,a34013-Flag=M&&';
    const stream = frame(segment) + REALTIME;
    for (let cut = 0; cut <= stream.length; cut += 7) {
      const reader = createFrameReader();
      const outcomes = [...reader.push(stream.slice(0, cut)), ...reader.push(stream.slice(cut))];
      expect(summary(outcomes)).toEqual(['ok S1 2061', 'ok MS0001 2011']);
    }
  });
});
