/**
 * Ticket numbers of public reports (举报受理编号): `JB` + the CST date received (YYYYMMDD) + `-` + six characters
 * drawn with a cryptographic random source from an alphabet without confusable letters (no 0/O, 1/I/L, 2/Z, 5/S,
 * 8/B, U/V). Pure apart from the random bytes, which the caller may inject (tests).
 *
 * @module
 */
import { randomBytes } from 'node:crypto';

/** The 23 characters a ticket's random part is drawn from: digits and capitals that cannot be mistaken. */
export const TICKET_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';

/** Characters of a ticket's random part. */
export const TICKET_RANDOM_LENGTH = 6;

/** A ticket as the intake issues it: JB, date, dash, six characters of {@link TICKET_ALPHABET}. */
export const TICKET_PATTERN = new RegExp(`^JB\\d{8}-[${TICKET_ALPHABET}]{${TICKET_RANDOM_LENGTH}}$`);

/**
 * A new ticket for a report received on `cstDay` (`YYYY-MM-DD`, CST). Each character is drawn by rejection
 * sampling, so every one of the alphabet's characters is equally likely (≈ 1.5 × 10⁸ tickets per day).
 *
 * @param random bytes source (default `crypto.randomBytes`)
 * @example
 * makeTicket('2023-12-30'); // 'JB20231230-7KQX4M'
 */
export function makeTicket(cstDay: string, random: (size: number) => Uint8Array = randomBytes): string {
  const n = TICKET_ALPHABET.length;
  const ceiling = 256 - (256 % n);
  let out = '';
  while (out.length < TICKET_RANDOM_LENGTH) {
    for (const byte of random(16)) {
      if (byte >= ceiling) continue;
      out += TICKET_ALPHABET[byte % n];
      if (out.length === TICKET_RANDOM_LENGTH) break;
    }
  }
  return `JB${cstDay.replaceAll('-', '')}-${out}`;
}

/**
 * A ticket as a person types it, normalised: trimmed, upper-cased; null when it cannot be a ticket.
 *
 * @example
 * normaliseTicket(' jb20231230-7kqx4m '); // 'JB20231230-7KQX4M'
 * normaliseTicket('JB2023-X'); // null
 */
export function normaliseTicket(text: string): string | null {
  const ticket = text.trim().toUpperCase();
  return TICKET_PATTERN.test(ticket) ? ticket : null;
}
