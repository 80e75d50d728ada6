/**
 * The HJ 212-2017 codec's contract (issue 14): the types the ingest, the simulator and the benchmark
 * use. Pure: no HTTP, no database. The implementation lives beside it in server/hj212/ (one file per
 * export): crc16.ts, frame-reader.ts, decode-packet.ts, parse-cp.ts, encode-packet.ts, reassembler.ts,
 * responses.ts, flags.ts, data-time.ts, pollutant-codes.ts; helpers: decode-frame-body.ts (frame checks),
 * parse-segment.ts (header fields), parse-decimal.ts, utf8-length.ts, problem.ts.
 *
 * @module
 */
import type { Localized } from '../schema/localized.ts';

/** Return codes of a 9011 request response (QnRtn). */
export const qnReturnCodes = {
  ready: 1,
  refused: 2,
  passwordWrong: 3,
  mnWrong: 4,
  stWrong: 5,
  flagWrong: 6,
  qnWrong: 7,
  cnWrong: 8,
  crcWrong: 9,
  unknown: 100,
} as const;
export type QnReturnCode = (typeof qnReturnCodes)[keyof typeof qnReturnCodes];

/** The data flags of a CP item: only N is valid monitoring data. */
export const dataFlags = ['N', 'F', 'M', 'S', 'D', 'C', 'T', 'B'] as const;
export type DataFlag = (typeof dataFlags)[number];

/** One decoded packet (its data segment's fields; CP kept raw until {@link CpData} is parsed from it). */
export interface Hj212Packet {
  /** Request id `YYYYMMDDhhmmsszzz`, or null when absent (data uploads often carry one). */
  qn: string | null;
  /** System code: 22 ambient air, 31 waste-gas source, 32 waste-water source, 91 system interaction. */
  st: string;
  /** Command: 2011 real-time, 2051 minute, 2061 hour, 2031 day, 9011–9014 responses, … */
  cn: string;
  pw: string;
  mn: string;
  /** The Flag field's value (bit 0: acknowledgement requested; bit 1: split; bits 2+: version), null if absent. */
  flag: number | null;
  /** PNUM / PNO of a split packet (both present or both null). */
  pnum: number | null;
  pno: number | null;
  /** The CP content between `CP=&&` and the closing `&&`. */
  cp: string;
}

/** The fields of one CP item (`code-Rtd=…,code-Flag=N`): numbers parsed, the flag as sent. */
export interface CpItem {
  Rtd?: number;
  Avg?: number;
  Min?: number;
  Max?: number;
  Cou?: number;
  Flag?: string;
}

/** A parsed CP: DataTime (`YYYYMMDDhhmmss`, null when absent), the pollutant items by code, other keys. */
export interface CpData {
  dataTime: string | null;
  items: Record<string, CpItem>;
  /** Keys outside pollutant items (QnRtn, ExeRtn, RtdInterval, …) as sent. */
  fields: Record<string, string>;
}

/** Why a frame or a packet was refused; `qnRtn` is the return code a 9011 response carries. */
export interface Hj212Problem {
  code:
    | 'frame-header'
    | 'frame-length'
    | 'frame-too-long'
    | 'frame-trailer'
    | 'crc'
    | 'field-missing'
    | 'field-invalid'
    | 'cp-invalid'
    | 'split-invalid';
  message: string;
  qnRtn: QnReturnCode;
  /**
   * The packet's header as far as it could be read, when its MN was (so a 9011 refusal can be addressed to the
   * sender, e.g. after a CRC mismatch); absent when the frame or its MN could not be read.
   */
  head?: Hj212Head;
}

/** The header fields of a packet a response needs (QN, ST, CN, PW, MN, Flag). */
export type Hj212Head = Pick<Hj212Packet, 'qn' | 'st' | 'cn' | 'pw' | 'mn' | 'flag'>;

/** The pollutant codes the console reads (HJ 212-2017 appendix), with their meaning and unit. */
export interface PollutantCode {
  code: string;
  /**
   * The console's key: ambient 'pm25', 'pm10', 'so2', 'no2', 'co', 'o3', 'temp', 'rh', 'pressure', 'ws', 'wd';
   * stack 'pm', 'so2', 'nox', 'o2', 'flow', 'temp', 'moisture', 'velocity', 'pressure'.
   */
  key: string;
  name: Localized;
  unit: string;
}
