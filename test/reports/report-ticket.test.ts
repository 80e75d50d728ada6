import { describe, expect, it } from 'vitest';
import { makeTicket, normaliseTicket, TICKET_ALPHABET, TICKET_PATTERN } from '../../server/reports/report-ticket.ts';

describe('report tickets', () => {
  it('are JB, the CST date, a dash and six characters without confusable ones', () => {
    const ticket = makeTicket('2023-12-30');
    expect(ticket).toMatch(/^JB20231230-[A-Z0-9]{6}$/);
    expect(ticket).toMatch(TICKET_PATTERN);
    expect(TICKET_ALPHABET).not.toMatch(/[015820OILZSBUV]/);
  });

  it('draw every character evenly: bytes at or above the rejection ceiling are skipped', () => {
    const n = TICKET_ALPHABET.length;
    const ceiling = 256 - (256 % n);
    const bytes = [255, ceiling, 0, 1, 2, 3, 4, n - 1, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(makeTicket('2023-01-01', () => Uint8Array.from(bytes))).toBe(
      `JB20230101-${[0, 1, 2, 3, 4, n - 1].map((i) => TICKET_ALPHABET[i]).join('')}`,
    );
  });

  it('differ from one draw to the next (crypto random)', () => {
    const tickets = new Set(Array.from({ length: 200 }, () => makeTicket('2023-12-30')));
    expect(tickets.size).toBe(200);
  });

  it('normalise what people type, and refuse what cannot be one', () => {
    expect(normaliseTicket(' jb20231230-xfdemq ')).toBe('JB20231230-XFDEMQ');
    expect(normaliseTicket('JB20231230-XFDEMO')).toBeNull(); // O is not in the alphabet
    expect(normaliseTicket('JB2023-XFDEMQ')).toBeNull();
    expect(normaliseTicket("JB20231230-XFDEMQ' OR 1=1")).toBeNull();
  });
});
