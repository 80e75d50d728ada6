/**
 * Cuts a TCP byte stream (as text) into HJ 212 frames: buffers a partial frame across chunks, resynchronises on
 * garbage by skipping to the next `##`, never throws, and holds at most one frame's worth of text between pushes.
 *
 * @module
 */
import { err, type Result } from '../result.ts';
import type { Hj212Packet, Hj212Problem } from './contract.ts';
import { decodeFrameBody, MAX_SEGMENT } from './decode-frame-body.ts';
import { hj212Problem } from './problem.ts';
import { NON_ASCII, utf8Length, utf8Width } from './utf8-length.ts';

/** `##` + 4 length digits + 4 CRC digits + CR LF around the data segment. */
const FRAMING_CHARS = 12;

/** One frame the reader found (or text it had to skip): the text as received and what it decoded to. */
export type FrameOutcome = { raw: string } & Result<Hj212Packet, Hj212Problem>;

export interface FrameReaderOptions {
  /** The longest frame accepted, characters with framing (default 1024 + 12: the standard's longest segment). */
  maxFrameChars?: number;
}

export interface FrameReader {
  /** Takes the next chunk of the stream; returns the frames (and refusals) it completed, in order. */
  push(chunk: string): FrameOutcome[];
  /** At the end of the stream: what is left (a frame cut short, or one without its CR LF) as a refusal. */
  flush(): FrameOutcome[];
  /** Characters held for a frame not yet complete (at most `maxFrameChars`). */
  readonly buffered: number;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0) return false;
  }
  return true;
}

function isLengthDigits(text: string, at: number): boolean {
  for (let i = at; i < at + 4; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function refusal(raw: string, problem: Hj212Problem): FrameOutcome {
  return { raw, ...err(problem) };
}

/**
 * A frame reader for one connection.
 *
 * @example
 * const reader = createFrameReader();
 * reader.push('##0101QN=2016080108585722'); // [] (waits for the rest)
 * reader.push('3;ST=32;…&&1C80\r\n'); // [{ raw: '##0101…\r\n', ok: true, value: { st: '32', … } }]
 */
export function createFrameReader(options: FrameReaderOptions = {}): FrameReader {
  const maxFrame = Math.max(FRAMING_CHARS + 1, Math.floor(options.maxFrameChars ?? MAX_SEGMENT + FRAMING_CHARS));
  const maxSegment = Math.min(9999, maxFrame - FRAMING_CHARS);
  let buffer = '';
  /** After a broken frame or reported garbage: drop text silently until the next `##`. */
  let skipping = false;

  function skipped(text: string, out: FrameOutcome[]): void {
    if (skipping || isBlank(text)) return;
    const problem = hj212Problem('frame-header', `${text.length} characters outside a frame (no ##) skipped`, 100);
    out.push(refusal(text.slice(0, maxFrame), problem));
    skipping = true;
  }

  function push(chunk: string): FrameOutcome[] {
    const out: FrameOutcome[] = [];
    const text = buffer + chunk;
    let pos = 0;
    for (;;) {
      const start = text.indexOf('##', pos);
      if (start < 0) {
        const keep = text.length > pos && text.endsWith('#') ? text.length - 1 : text.length;
        skipped(text.slice(pos, keep), out);
        pos = keep;
        break;
      }
      if (start > pos) skipped(text.slice(pos, start), out);
      pos = start;
      skipping = false;
      if (text.length - pos < 6) break;
      if (text[pos + 2] === '#') {
        pos += 1; // '###…': the first '#' is noise
        continue;
      }
      if (!isLengthDigits(text, pos + 2)) {
        const problem = hj212Problem(
          'frame-length',
          `length field '${text.slice(pos + 2, pos + 6)}' is not 4 digits`,
          100,
        );
        out.push(refusal(text.slice(pos, pos + 6), problem));
        pos += 2;
        skipping = true;
        continue;
      }
      const length = Number(text.slice(pos + 2, pos + 6));
      if (length > maxSegment) {
        const problem = hj212Problem('frame-too-long', `data segment of ${length} bytes (at most ${maxSegment})`, 100);
        out.push(refusal(text.slice(pos, pos + 6), problem));
        pos += 2;
        skipping = true;
        continue;
      }
      let end = pos + 6;
      let bytes = 0;
      if (text.length >= end + length && !NON_ASCII.test(text.slice(end, end + length))) {
        end += length; // the usual ASCII segment: characters are bytes
        bytes = length;
      }
      while (bytes < length && end < text.length) {
        bytes += utf8Width(text, end);
        end += 1;
      }
      while (end < text.length && utf8Width(text, end) === 0) end += 1; // the low half of a pair
      if (bytes < length) break; // the data segment is still arriving
      if (bytes > length) {
        const message = `length field says ${length}, a character straddles the end of the data segment`;
        out.push(refusal(text.slice(pos, end), hj212Problem('frame-length', message, 100)));
        pos += 2;
        skipping = true;
        continue;
      }
      if (text.length < end + 6) break; // CRC and CR LF still arriving
      if (text.startsWith('\r\n', end + 4)) {
        out.push({ raw: text.slice(pos, end + 6), ...decodeFrameBody(text.slice(pos, end + 4), maxSegment) });
        pos = end + 6;
        continue;
      }
      // The frame does not end where its length says: find where it does end, if the text tells.
      const crlf = text.indexOf('\r\n', pos + 6);
      const next = text.indexOf('##', pos + 2);
      if (crlf >= 0 && crlf + 2 - pos <= maxFrame && (next < 0 || crlf < next)) {
        const actual = crlf - 4 >= pos + 6 ? utf8Length(text.slice(pos + 6, crlf - 4)) : 0;
        const message = `length field says ${length}, the frame's data segment has ${actual}`;
        out.push(refusal(text.slice(pos, crlf + 2), hj212Problem('frame-length', message, 100)));
        pos = crlf + 2;
        continue;
      }
      if (crlf < 0 && next < 0 && text.length - pos < maxFrame) break; // its CR LF may be still arriving
      const stop = Math.min(next >= 0 ? next : text.length, pos + maxFrame);
      const message = 'frame not ended by CR LF where its length says';
      out.push(refusal(text.slice(pos, stop), trailerProblem(text.slice(pos, end + 4), maxSegment, message)));
      pos = next >= 0 ? next : pos + 2;
      skipping = next < 0;
    }
    buffer = text.slice(pos);
    return out;
  }

  function flush(): FrameOutcome[] {
    const rest = buffer;
    buffer = '';
    const out: FrameOutcome[] = [];
    if (rest.startsWith('##')) out.push(refusal(rest, trailerProblem(rest, maxSegment, 'stream ended inside a frame')));
    else skipped(rest, out);
    skipping = false;
    return out;
  }

  return {
    push,
    flush,
    get buffered() {
      return buffer.length;
    },
  };
}

/** A frame not followed by CR LF: refused, with the sender's header when the frame itself reads. */
function trailerProblem(body: string, maxSegment: number, message: string): Hj212Problem {
  const problem = hj212Problem('frame-trailer', message, 100);
  const read = decodeFrameBody(body, maxSegment);
  const head = read.ok ? read.value : read.error.head;
  if (head === undefined) return problem;
  return { ...problem, head: { qn: head.qn, st: head.st, cn: head.cn, pw: head.pw, mn: head.mn, flag: head.flag } };
}
