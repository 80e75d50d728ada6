import { describe, expect, it } from 'vitest';
import { maySeeReporterContact } from '../../server/reports/contact-visibility.ts';

describe('who sees a reporter’s contact data', () => {
  it.each([
    ['admin', [], true],
    ['duty', [], true],
    ['inspector', ['140902001'], true],
    ['inspector', ['140902002'], false],
    ['official', ['140902001'], false],
    ['analyst', ['140902001'], false],
  ] as const)('%s of %j: %s', (role, townships, expected) => {
    expect(maySeeReporterContact({ role, townships: [...townships] }, '140902001')).toBe(expected);
  });
});
