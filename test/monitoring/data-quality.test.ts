import { describe, expect, it } from 'vitest';
import { dataQualityProblems, describeProblem } from '../../server/monitoring/data-quality.ts';
import { hoursFrom, reading } from './stack-fixtures.ts';

const window = { from: '2023-05-01T01:00', to: '2023-05-02T00:00', expectReports: true, referenceO2: null };
/** A full day of distinct valid values (no flat line). */
const day = () =>
  hoursFrom('2023-05-01T01:00', 24).map((ts, i) => reading(ts, { pm: 5 + i / 10, so2: 20 + i, nox: 40 + i }));

describe('data quality', () => {
  it('a clean day has no problem', () => {
    expect(dataQualityProblems(day(), window)).toEqual([]);
  });

  it('names a stretch of ≥ 4 h of non-N flags and its flags; 3 h is not enough', () => {
    const rows = day().map((r, i) =>
      i >= 5 && i < 10
        ? { ...r, flags: { ...r.flags, so2: i < 7 ? 'M' : 'C' } }
        : i >= 15 && i < 18
          ? { ...r, flags: { ...r.flags, nox: 'D' } }
          : r,
    );
    const problems = dataQualityProblems(rows, window);
    expect(problems).toEqual([
      {
        kind: 'flagged',
        pollutant: 'so2',
        flags: ['M', 'C'],
        value: null,
        start: '2023-05-01T06:00',
        end: '2023-05-01T10:00',
        hours: 5,
      },
    ]);
    expect(describeProblem(problems[0]!).zh).toBe('二氧化硫连续5小时标记为维护（M）、校准（C）');
  });

  it('counts ≥ 4 missing hours in a row only when the device should report', () => {
    const rows = day().filter((_, i) => i < 10 || i >= 14);
    expect(dataQualityProblems(rows, window)).toMatchObject([
      { kind: 'missing', start: '2023-05-01T11:00', end: '2023-05-01T14:00', hours: 4 },
    ]);
    expect(dataQualityProblems(rows, { ...window, expectReports: false })).toEqual([]);
    expect(
      dataQualityProblems(
        day().filter((_, i) => i !== 3 && i !== 4 && i !== 5),
        window,
      ),
    ).toEqual([]);
  });

  it('finds ≥ 6 identical consecutive valid values of a pollutant', () => {
    const rows = day().map((r, i) => (i >= 2 && i < 8 ? { ...r, nox: 77 } : r));
    expect(dataQualityProblems(rows, window)).toMatchObject([
      { kind: 'flat-line', pollutant: 'nox', value: 77, start: '2023-05-01T03:00', end: '2023-05-01T08:00', hours: 6 },
    ]);
    const five = day().map((r, i) => (i >= 2 && i < 7 ? { ...r, nox: 77 } : r));
    expect(dataQualityProblems(five, window)).toEqual([]);
  });

  it('finds zero flow while producing, not zero flow while stopped', () => {
    const rows = day().map((r, i) => {
      if (i === 3) return { ...r, flow: 0 };
      if (i === 6) return { ...r, flow: 0, pm: 0, so2: 0, nox: 0, flags: { pm: 'F', so2: 'F', nox: 'F' } };
      return r;
    });
    expect(dataQualityProblems(rows, window)).toMatchObject([
      { kind: 'zero-flow', start: '2023-05-01T04:00', end: '2023-05-01T04:00', hours: 1 },
    ]);
  });

  it('finds valid values that cannot be corrected (O2 missing or ≥ 21 %) when the outlet has a reference O2', () => {
    const rows = day().map((r, i) => (i >= 10 && i < 14 ? { ...r, o2: i % 2 ? null : 21 } : r));
    const problems = dataQualityProblems(rows, { ...window, referenceO2: 8 });
    expect(problems.map((p) => [p.kind, p.pollutant, p.hours])).toEqual([
      ['o2-invalid', 'pm', 4],
      ['o2-invalid', 'so2', 4],
      ['o2-invalid', 'nox', 4],
    ]);
    expect(dataQualityProblems(rows, window)).toEqual([]);
  });
});
