import { describe, expect, it } from 'vitest';
import { carbonFillShortRule } from '../../server/rules/carbon-fill-short-rule.ts';
import { createCarbonLedger, createReplacement, createVocFacts } from '../voc/voc-fixtures.ts';
import { createContext, createFacts } from './rule-fixtures.ts';

const context = createContext({ asOf: '2023-12-31T23:00' });
const hits = (...replacements: ReturnType<typeof createReplacement>[]) =>
  carbonFillShortRule.evaluate(
    createFacts({ voc: createVocFacts({ carbon: [createCarbonLedger({ replacements })] }) }),
    context,
  );

describe('carbon-fill-short', () => {
  it('is silent without the VOC facts', () => {
    expect(carbonFillShortRule.evaluate(createFacts(), context)).toEqual([]);
  });

  it('accepts a fill equal to the design fill and fires 1 kg below it', () => {
    expect(hits(createReplacement({ filledKg: 500 }))).toEqual([]);
    const [hit] = hits(createReplacement({ filledKg: 499 }));
    expect(hit?.entityId).toBe('E1');
    expect(hit?.since).toBe('2023-05-01');
    expect(hit?.detail.zh).toContain('填充 499/500 kg');
  });

  it('holds iodine floors of 800 (granular) and 650 (honeycomb) mg/g, none for fibre', () => {
    expect(hits(createReplacement({ carbonForm: 'granular', iodineMgG: 800 }))).toEqual([]);
    expect(hits(createReplacement({ carbonForm: 'granular', iodineMgG: 799 }))).toHaveLength(1);
    expect(hits(createReplacement({ carbonForm: 'honeycomb', iodineMgG: 650 }))).toEqual([]);
    expect(hits(createReplacement({ carbonForm: 'honeycomb', iodineMgG: 649 }))[0]?.detail.zh).toContain('碘值 649');
    expect(hits(createReplacement({ carbonForm: 'fibre', iodineMgG: 300 }))).toEqual([]);
    expect(hits(createReplacement({ iodineMgG: null }))).toEqual([]);
  });

  it('judges only the latest replacement of each unit up to as-of', () => {
    const short = createReplacement({ id: 1, filledKg: 400, replacedOn: '2023-03-01' });
    const full = createReplacement({ id: 2, replacedOn: '2023-06-01' });
    expect(hits(short, full)).toEqual([]);
    const future = createReplacement({ id: 3, filledKg: 100, replacedOn: '2024-01-01' });
    expect(hits(full, future)).toEqual([]);
    const otherUnit = createReplacement({ id: 4, facility: '2#吸附箱', filledKg: 300, replacedOn: '2023-02-01' });
    expect(hits(full, otherUnit)[0]?.detail.zh).toContain('2#吸附箱');
  });

  it('cites T13.2 and states the floors as a console convention', () => {
    expect(carbonFillShortRule.basis[0]).toEqual({ kind: 'plan', requirement: 'T13.2' });
    expect(carbonFillShortRule.basis[1]?.kind).toBe('convention');
  });
});
