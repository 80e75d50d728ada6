import type { CarbonTransferFact } from '../../server/voc/transfer-coverage.ts';
import type { CarbonLedgerFact, CarbonReplacementFact, MaterialFact, VocFacts } from '../../server/voc/voc-facts.ts';

/** A full honeycomb fill with good carbon, spent 500 kg, on 2023-05-01. */
export function createReplacement(overrides: Partial<CarbonReplacementFact> = {}): CarbonReplacementFact {
  return {
    id: 1,
    facility: '1#吸附箱',
    replacedOn: '2023-05-01',
    carbonForm: 'honeycomb',
    filledKg: 500,
    designFillKg: 500,
    iodineMgG: 700,
    spentKg: 500,
    ...overrides,
  };
}

/** A transfer of 500 kg on 2023-06-01, naming no replacement. */
export function createTransfer(overrides: Partial<CarbonTransferFact> = {}): CarbonTransferFact {
  return { id: 1, replacementId: null, quantityKg: 500, transferredOn: '2023-06-01', ...overrides };
}

/** Enterprise E1's carbon ledger. */
export function createCarbonLedger(overrides: Partial<CarbonLedgerFact> = {}): CarbonLedgerFact {
  return { enterpriseId: 'E1', township: '140902001', replacements: [], transfers: [], ...overrides };
}

/** A coating within its limit. */
export function createMaterial(overrides: Partial<MaterialFact> = {}): MaterialFact {
  return {
    material: 'coating',
    product: '水性涂料',
    vocContent: 200,
    vocUnit: 'g/L',
    limitValue: 250,
    standard: 'GB 30981-2020',
    ...overrides,
  };
}

/** The `voc` facts with nothing in them. */
export function createVocFacts(overrides: Partial<VocFacts> = {}): VocFacts {
  return { carbon: [], materials: [], ...overrides };
}
