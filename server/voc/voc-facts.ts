/**
 * What the task-13 ledger rules see (issue 17): each enterprise's activated-carbon replacements and transfers up to
 * as-of's day, and its low-VOC material records of the latest year up to as-of's year. Pure types.
 *
 * @module
 */
import type { CarbonForm, VocMaterial, VocUnit } from '../schema/enums/voc-material.ts';
import type { CarbonTransferFact } from './transfer-coverage.ts';

/** One activated-carbon replacement as the rules see it. */
export interface CarbonReplacementFact {
  id: number;
  facility: string;
  replacedOn: string;
  carbonForm: CarbonForm;
  filledKg: number;
  designFillKg: number;
  iodineMgG: number | null;
  spentKg: number;
}

/** An enterprise's carbon ledger up to as-of's day. */
export interface CarbonLedgerFact {
  enterpriseId: string;
  township: string;
  replacements: readonly CarbonReplacementFact[];
  transfers: readonly CarbonTransferFact[];
}

/** One material record. */
export interface MaterialFact {
  material: VocMaterial;
  product: string;
  vocContent: number;
  vocUnit: VocUnit;
  limitValue: number;
  standard: string;
}

/** An enterprise's materials of its latest year up to as-of's year. */
export interface MaterialLedgerFact {
  enterpriseId: string;
  township: string;
  year: number;
  items: readonly MaterialFact[];
}

/** The `voc` member of the rule facts. */
export interface VocFacts {
  carbon: readonly CarbonLedgerFact[];
  materials: readonly MaterialLedgerFact[];
}
