import { describe, expect, it } from 'vitest';
import type { WarningEventRecord, WarningRecord } from '../../server/emergency/contract.ts';
import { levelSegments, warningLevelAt, warningStatusAt } from '../../server/emergency/warning-level-at.ts';

type Change = Omit<WarningEventRecord, 'seq' | 'plannedEndAt'> & { plannedEndAt?: string | null };

function warning(
  id: number,
  startAt: string,
  level: WarningEventRecord['level'],
  opts: { plannedEndAt?: string | null; liftedAt?: string | null; changes?: Change[]; issuedAt?: string } = {},
): WarningRecord {
  const plannedEndAt = opts.plannedEndAt ?? null;
  const events: WarningEventRecord[] = [
    { seq: 1, kind: 'issue', effectiveAt: startAt, level, plannedEndAt },
    ...(opts.changes ?? []).map((c, i) => ({ ...c, seq: i + 2, plannedEndAt: c.plannedEndAt ?? null })),
  ];
  return {
    id,
    issuedAt: opts.issuedAt ?? startAt,
    startAt,
    plannedEndAt,
    liftedAt: opts.liftedAt ?? null,
    events,
  };
}

/** Orange from 10 Dec 00:00, red from 11 Dec 12:00, planned to end 13 Dec 00:00. */
const upgraded = warning(1, '2023-12-10T00:00', 'orange', {
  plannedEndAt: '2023-12-13T00:00',
  changes: [{ kind: 'upgrade', effectiveAt: '2023-12-11T12:00', level: 'red' }],
});

describe('levelSegments', () => {
  it('one stretch per level, the last ending at the planned end', () => {
    expect(levelSegments(upgraded)).toEqual([
      { level: 'orange', from: '2023-12-10T00:00', to: '2023-12-11T12:00' },
      { level: 'red', from: '2023-12-11T12:00', to: '2023-12-13T00:00' },
    ]);
  });

  it('open-ended without lift or planned end; `to` null while open at `until`', () => {
    const open = warning(2, '2023-12-10T00:00', 'yellow');
    expect(levelSegments(open)).toEqual([{ level: 'yellow', from: '2023-12-10T00:00', to: null }]);
    // Seen on 11 Dec 06:00, the upgrade at 12:00 is ahead and the warning still open.
    expect(levelSegments(upgraded, '2023-12-11T06:00')).toEqual([
      { level: 'orange', from: '2023-12-10T00:00', to: null },
    ]);
    expect(levelSegments(upgraded, '2023-12-12T00:00')).toEqual([
      { level: 'orange', from: '2023-12-10T00:00', to: '2023-12-11T12:00' },
      { level: 'red', from: '2023-12-11T12:00', to: null },
    ]);
    // Past the planned end, the stretches are closed.
    expect(levelSegments(upgraded, '2023-12-20T00:00').at(-1)?.to).toBe('2023-12-13T00:00');
    expect(levelSegments(upgraded, '2023-12-09T00:00')).toEqual([]);
  });

  it('a lift ends the last stretch and drops changes after it; extend changes no level', () => {
    const w = warning(3, '2023-12-10T00:00', 'orange', {
      plannedEndAt: '2023-12-14T00:00',
      liftedAt: '2023-12-12T08:00',
      changes: [
        { kind: 'extend', effectiveAt: '2023-12-11T00:00', level: 'yellow', plannedEndAt: '2023-12-14T00:00' },
        { kind: 'downgrade', effectiveAt: '2023-12-11T06:00', level: 'yellow' },
        { kind: 'lift', effectiveAt: '2023-12-12T08:00', level: null },
        { kind: 'upgrade', effectiveAt: '2023-12-13T00:00', level: 'red' },
      ],
    });
    expect(levelSegments(w)).toEqual([
      { level: 'orange', from: '2023-12-10T00:00', to: '2023-12-11T06:00' },
      { level: 'yellow', from: '2023-12-11T06:00', to: '2023-12-12T08:00' },
    ]);
  });

  it('merges a change to the same level and clamps an early change to the start', () => {
    const w = warning(4, '2023-12-10T00:00', 'orange', {
      plannedEndAt: '2023-12-12T00:00',
      changes: [
        { kind: 'upgrade', effectiveAt: '2023-12-09T00:00', level: 'red' },
        { kind: 'downgrade', effectiveAt: '2023-12-11T00:00', level: 'orange' },
        { kind: 'upgrade', effectiveAt: '2023-12-11T00:00', level: 'orange' },
      ],
    });
    expect(levelSegments(w)).toEqual([
      { level: 'red', from: '2023-12-10T00:00', to: '2023-12-11T00:00' },
      { level: 'orange', from: '2023-12-11T00:00', to: '2023-12-12T00:00' },
    ]);
  });

  it('a warning lifted before its start has no stretch', () => {
    const w = warning(5, '2023-12-10T00:00', 'yellow', { liftedAt: '2023-12-09T20:00' });
    expect(levelSegments(w)).toEqual([]);
  });
});

describe('warningStatusAt and warningLevelAt', () => {
  it('in force from the start (inclusive) to the planned end (exclusive)', () => {
    expect(warningStatusAt(upgraded, '2023-12-09T23:00')).toBe('scheduled');
    expect(warningStatusAt(upgraded, '2023-12-10T00:00')).toBe('in-force');
    expect(warningStatusAt(upgraded, '2023-12-12T23:00')).toBe('in-force');
    expect(warningStatusAt(upgraded, '2023-12-13T00:00')).toBe('ended');
    expect(warningLevelAt([upgraded], '2023-12-09T23:00')).toBeNull();
    expect(warningLevelAt([upgraded], '2023-12-10T00:00')).toMatchObject({ level: 'orange' });
    expect(warningLevelAt([upgraded], '2023-12-13T00:00')).toBeNull();
  });

  it('an upgrade applies from its effective moment, not when recorded', () => {
    expect(warningLevelAt([upgraded], '2023-12-11T11:00')).toEqual({
      warning: upgraded,
      level: 'orange',
      levelFrom: '2023-12-10T00:00',
    });
    expect(warningLevelAt([upgraded], '2023-12-11T12:00')).toEqual({
      warning: upgraded,
      level: 'red',
      levelFrom: '2023-12-11T12:00',
    });
  });

  it('not in force from the lift on', () => {
    const w = warning(6, '2023-12-10T00:00', 'orange', {
      plannedEndAt: '2023-12-13T00:00',
      liftedAt: '2023-12-11T09:00',
    });
    expect(warningStatusAt(w, '2023-12-11T08:00')).toBe('in-force');
    expect(warningStatusAt(w, '2023-12-11T09:00')).toBe('lifted');
    expect(warningStatusAt(w, '2023-12-20T00:00')).toBe('lifted');
    expect(warningLevelAt([w], '2023-12-11T09:00')).toBeNull();
  });

  it('lifted before its start: scheduled, then lifted, never in force', () => {
    const w = warning(7, '2023-12-10T00:00', 'yellow', { liftedAt: '2023-12-09T20:00', issuedAt: '2023-12-09T10:00' });
    expect(warningStatusAt(w, '2023-12-09T12:00')).toBe('scheduled');
    expect(warningStatusAt(w, '2023-12-09T20:00')).toBe('lifted');
    expect(warningStatusAt(w, '2023-12-10T06:00')).toBe('lifted');
    expect(warningLevelAt([w], '2023-12-10T06:00')).toBeNull();
  });

  it('picks the warning in force among several; on overlap the latest start', () => {
    const january = warning(8, '2024-01-05T00:00', 'yellow', { plannedEndAt: '2024-01-08T00:00' });
    const overlap = warning(9, '2023-12-11T00:00', 'yellow', { plannedEndAt: '2023-12-12T00:00' });
    const all = [upgraded, january, overlap];
    expect(warningLevelAt(all, '2024-01-06T00:00')?.warning.id).toBe(8);
    expect(warningLevelAt(all, '2023-12-10T12:00')?.warning.id).toBe(1);
    expect(warningLevelAt(all, '2023-12-11T06:00')).toMatchObject({ level: 'yellow', warning: { id: 9 } });
    expect(warningLevelAt([overlap, upgraded], '2023-12-11T06:00')?.warning.id).toBe(9);
    expect(warningLevelAt(all, '2024-01-03T00:00')).toBeNull();
  });
});
