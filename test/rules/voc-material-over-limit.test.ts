import { describe, expect, it } from 'vitest';
import { vocMaterialOverLimitRule } from '../../server/rules/voc-material-over-limit-rule.ts';
import { createMaterial, createVocFacts } from '../voc/voc-fixtures.ts';
import { createContext, createFacts } from './rule-fixtures.ts';

const evaluate = (year: number, items: ReturnType<typeof createMaterial>[], asOf = '2023-12-31T23:00') =>
  vocMaterialOverLimitRule.evaluate(
    createFacts({
      voc: createVocFacts({ materials: [{ enterpriseId: 'E1', township: '140902001', year, items }] }),
    }),
    createContext({ asOf }),
  );

describe('voc-material-over-limit', () => {
  it('is silent without the VOC facts', () => {
    expect(vocMaterialOverLimitRule.evaluate(createFacts(), createContext())).toEqual([]);
  });

  it('accepts content equal to the declared limit and fires just above it', () => {
    expect(evaluate(2023, [createMaterial({ vocContent: 250 })])).toEqual([]);
    const [hit] = evaluate(2023, [createMaterial({ vocContent: 250.1, product: '底漆' })]);
    expect(hit?.entityId).toBe('E1');
    expect(hit?.detail.zh).toBe('2023 年 涂料「底漆」250.1 g/L > 250 g/L（GB 30981-2020）');
  });

  it('ignores a ledger year after as-of', () => {
    expect(evaluate(2024, [createMaterial({ vocContent: 900 })])).toEqual([]);
  });
});
