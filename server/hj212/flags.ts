/**
 * The bits of a packet's `Flag` field (HJ 212-2017; domain notes §11, [memory]): bit 0 (value 1) the sender asks
 * for a response, bit 1 (value 2) the packet is one part of a split packet (PNUM/PNO present), bits 2 and up the
 * protocol version (2017 edition = 1, so Flag 4 or 5 is what 2017 devices commonly send).
 *
 * @module
 */

/** Bit 0: acknowledgement requested. */
export const FLAG_ACK = 1;
/** Bit 1: the packet is split (PNUM/PNO). */
export const FLAG_SPLIT = 2;
/** The version bits of the 2017 edition (version 1 in bits 2+). */
export const FLAG_VERSION_2017 = 4;

/**
 * Whether the sender asks for a response (flag bit 0); a packet without Flag asks for none.
 *
 * @example
 * requestsAck(5); // true
 * requestsAck(4); // false
 * requestsAck(null); // false
 */
export function requestsAck(flag: number | null): boolean {
  return flag !== null && (flag & FLAG_ACK) !== 0;
}

/**
 * Whether the packet is a part of a split packet (flag bit 1).
 *
 * @example
 * isSplit(7); // true
 * isSplit(5); // false
 */
export function isSplit(flag: number | null): boolean {
  return flag !== null && (flag & FLAG_SPLIT) !== 0;
}
