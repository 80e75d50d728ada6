/**
 * The fields of a data segment (`QN=…;ST=…;CN=…;PW=…;MN=…;Flag=…;CP=&&…&&`) checked and read into a packet.
 * Field order is free; CP is found by its `CP=&&` opening and its first closing `&&` (CP text holds no `&&`).
 * Field forms [memory of the standard's table, not checked against its text]: QN 17 digits `YYYYMMDDhhmmsszzz`,
 * ST and CN number codes (at most 5 and 7 digits), Flag a number (a bit field, 0–255 here), PNUM/PNO at most
 * 4 digits (1 ≤ PNO ≤ PNUM ≤ 999 here); MN at most 24 characters is this platform's rule (migration 0009).
 * Unknown header fields are ignored (but a repeated one is refused like any duplicate).
 *
 * @module
 */
import { err, ok, type Result } from '../result.ts';
import type { Hj212Head, Hj212Packet, Hj212Problem, QnReturnCode } from './contract.ts';
import { FLAG_SPLIT } from './flags.ts';
import { hj212Problem } from './problem.ts';

/** MN is at most 24 characters (migration 0009; the 2017 table allows that many). */
export const MAX_MN_CHARS = 24;
const MAX_PW_CHARS = 32;
const MAX_SPLIT_PARTS = 999;

/** The return code a problem with each header field carries (others: 100). */
const fieldQnRtn: Readonly<Record<string, QnReturnCode>> = { MN: 4, ST: 5, Flag: 6, QN: 7, CN: 8, PW: 3 };
const headerKeys = new Set(['QN', 'ST', 'CN', 'PW', 'MN', 'Flag', 'PNUM', 'PNO', 'CP']);

function isDigits(text: string, min: number, max: number): boolean {
  if (text.length < min || text.length > max) return false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Printable ASCII without blanks (MN, PW). */
function isPrintable(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

/** Where CP opens (`CP=&&` at a field boundary), or -1. */
function findCp(data: string): number {
  let at = data.indexOf('CP=&&');
  while (at > 0 && data[at - 1] !== ';') at = data.indexOf('CP=&&', at + 1);
  return at;
}

function quote(text: string): string {
  return text.length > 40 ? `'${text.slice(0, 40)}…'` : `'${text}'`;
}

/** The header as far as it can be trusted for addressing a response: only when MN is readable. */
function headOf(fields: ReadonlyMap<string, string>): Hj212Head | undefined {
  const mn = fields.get('MN');
  if (mn === undefined || mn.length === 0 || mn.length > MAX_MN_CHARS || !isPrintable(mn)) return undefined;
  const qn = fields.get('QN');
  const flag = fields.get('Flag');
  return {
    qn: qn !== undefined && isDigits(qn, 17, 17) ? qn : null,
    st: fields.get('ST') ?? '',
    cn: fields.get('CN') ?? '',
    pw: fields.get('PW') ?? '',
    mn,
    flag: flag !== undefined && isDigits(flag, 1, 3) && Number(flag) <= 255 ? Number(flag) : null,
  };
}

/**
 * Reads a data segment (already length- and CRC-checked) into a packet, or the first problem found, with the
 * return code of the field at fault: MN 4, ST 5, Flag 6, QN 7, CN 8, PW 3, anything else 100.
 *
 * @example
 * parseSegment('QN=20240101120000000;ST=22;CN=2011;PW=123456;MN=AQ001;Flag=5;CP=&&DataTime=20240101120000&&');
 * // { ok: true, value: { qn: '20240101120000000', st: '22', cn: '2011', …, cp: 'DataTime=20240101120000' } }
 */
export function parseSegment(data: string): Result<Hj212Packet, Hj212Problem> {
  const fields = new Map<string, string>();
  const fail = (code: Hj212Problem['code'], message: string, qnRtn: QnReturnCode) => {
    const problem = hj212Problem(code, message, qnRtn);
    const head = headOf(fields);
    return err(head === undefined ? problem : { ...problem, head });
  };
  const cpAt = findCp(data);
  const cpEnd = cpAt < 0 ? -1 : data.indexOf('&&', cpAt + 5);
  const after = cpEnd < 0 ? '' : data.slice(cpEnd + 2);
  const header = cpAt < 0 ? data : data.slice(0, cpAt) + after;
  for (const part of header.split(';')) {
    if (part.length === 0) continue;
    const eq = part.indexOf('=');
    if (eq <= 0) return fail('field-invalid', `field ${quote(part)} has no name=value form`, 100);
    const key = part.slice(0, eq);
    if (fields.has(key) || (key === 'CP' && cpAt >= 0)) {
      return fail('field-invalid', `duplicate field ${quote(key)}`, fieldQnRtn[key] ?? 100);
    }
    if (headerKeys.has(key)) fields.set(key, part.slice(eq + 1));
  }
  if (cpAt < 0) return fail('field-missing', 'field CP (CP=&&…&&) is missing', 100);
  if (cpEnd < 0) return fail('field-invalid', 'CP is not closed by &&', 100);
  if (after.length > 0 && after[0] !== ';') return fail('field-invalid', `text after CP's closing &&`, 100);

  const mn = fields.get('MN');
  if (mn === undefined) return fail('field-missing', 'field MN is missing', 4);
  if (mn.length === 0) return fail('field-invalid', 'MN is empty', 4);
  if (mn.length > MAX_MN_CHARS) return fail('field-invalid', `MN has ${mn.length} characters (at most 24)`, 4);
  if (!isPrintable(mn)) return fail('field-invalid', `MN ${quote(mn)} has blanks or non-ASCII characters`, 4);
  const st = fields.get('ST');
  if (st === undefined) return fail('field-missing', 'field ST is missing', 5);
  if (!isDigits(st, 1, 5)) return fail('field-invalid', `ST ${quote(st)} is not a number code`, 5);
  const cn = fields.get('CN');
  if (cn === undefined) return fail('field-missing', 'field CN is missing', 8);
  if (!isDigits(cn, 1, 7)) return fail('field-invalid', `CN ${quote(cn)} is not a number code`, 8);
  const qn = fields.get('QN');
  if (qn !== undefined && !isDigits(qn, 17, 17)) {
    return fail('field-invalid', `QN ${quote(qn)} is not 17 digits (YYYYMMDDhhmmsszzz)`, 7);
  }
  const flagText = fields.get('Flag');
  if (flagText !== undefined && !(isDigits(flagText, 1, 3) && Number(flagText) <= 255)) {
    return fail('field-invalid', `Flag ${quote(flagText)} is not a number 0–255`, 6);
  }
  const flag = flagText === undefined ? null : Number(flagText);
  const pw = fields.get('PW');
  if (pw === undefined) return fail('field-missing', 'field PW is missing', 3);
  if (pw.length > MAX_PW_CHARS || !isPrintable(pw)) return fail('field-invalid', 'PW is not a short ASCII text', 3);

  const pnumText = fields.get('PNUM');
  const pnoText = fields.get('PNO');
  let pnum: number | null = null;
  let pno: number | null = null;
  if (pnumText !== undefined || pnoText !== undefined) {
    if (pnumText === undefined || pnoText === undefined) {
      return fail('split-invalid', 'PNUM and PNO must come together', 100);
    }
    pnum = isDigits(pnumText, 1, 4) ? Number(pnumText) : Number.NaN;
    pno = isDigits(pnoText, 1, 4) ? Number(pnoText) : Number.NaN;
    if (!(pno >= 1 && pno <= pnum && pnum <= MAX_SPLIT_PARTS)) {
      return fail('split-invalid', `PNUM ${quote(pnumText)} / PNO ${quote(pnoText)}: need 1 ≤ PNO ≤ PNUM ≤ 999`, 100);
    }
  } else if (flag !== null && (flag & FLAG_SPLIT) !== 0) {
    return fail('split-invalid', 'Flag marks a split packet but PNUM/PNO are missing', 6);
  }
  const cp = data.slice(cpAt + 5, cpEnd);
  return ok({ qn: qn ?? null, st, cn, pw, mn, flag, pnum, pno, cp });
}
