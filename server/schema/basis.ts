/**
 * What a rule, a measure or a control rests on: the plan (with the requirement id of
 * `seeds/plan/requirements.json`), a named external document, or a local convention of the
 * console. The console and the report show it as 「依据」. Zod-free: the client imports it.
 *
 * @module
 */
import type { Localized } from './localized.ts';

/** The plan's own words: requirement `requirement` (e.g. `T7.5`, `G6`) of the register. */
export interface PlanBasis {
  kind: 'plan';
  requirement: string;
}

/** A document outside the plan (a national standard, a ministry notice, a technical guide). */
export interface ExternalBasis {
  kind: 'external';
  /** The document's name as officials cite it, e.g. 《…》（环办大气函〔2019〕648号）. */
  document: Localized;
  /** What is taken from it, when more than the document's name is needed. */
  note?: Localized;
}

/** Something the console decides where neither the plan nor a document says (a reading, a look-back, an extension). */
export interface ConventionBasis {
  kind: 'convention';
  note: Localized;
}

export type Basis = PlanBasis | ExternalBasis | ConventionBasis;

/** The kinds of basis, with their labels (「依据：规划」…). */
export const basisKindLabels: Readonly<Record<Basis['kind'], Localized>> = {
  plan: { zh: '规划', en: 'the plan' },
  external: { zh: '规划外文件', en: 'outside the plan' },
  convention: { zh: '本系统约定', en: 'console convention' },
};

/** A plan basis for requirement `id`. */
export function planBasis(requirement: string): PlanBasis {
  return { kind: 'plan', requirement };
}

/** Documents the console's rules cite, by a short key (one wording everywhere). */
export const externalDocuments = {
  /** The 10 / 20 / 30 % reduction shares of the yellow, orange and red levels (全社会排放量). */
  reductionShares2019: {
    zh: '《关于加强重污染天气应对夯实应急减排措施的指导意见》（环办大气函〔2019〕648号）',
    en: 'MEE guidance on heavy-pollution response and emergency reduction measures (Huanban Daqi Han [2019] No. 648)',
  },
  /** Per-grade measures of the key industries (A, B, C, D). */
  gradeMeasures2020: {
    zh: '《重污染天气重点行业应急减排措施制定技术指南（2020年修订版）》（环办大气函〔2020〕340号）',
    en:
      'Technical guide for emergency reduction measures of key industries ' +
      '(2020 revision, Huanban Daqi Han [2020] No. 340)',
  },
  /** Xinzhou's warning triggers (yellow, orange, red; domain.md §7). */
  xinzhouPlan2020: {
    zh: '忻州市重污染天气应急预案（2020年，据忻州市生态环境局2021-03-16答复）',
    en: 'Xinzhou heavy-pollution emergency plan (2020, per the Xinzhou EEB reply of 2021-03-16)',
  },
  /** The six 100% of construction dust control, as housing and construction departments list them. */
  sixHundred: {
    zh: '建筑施工扬尘防治“六个百分之百”通行清单（住建部门）',
    en: 'The usual six-100% list of construction dust control (housing and construction departments)',
  },
  /** AQ evaluation. */
  hj663: {
    zh: '《环境空气质量评价技术规范（试行）》（HJ 663-2013）',
    en: 'Technical regulation for ambient air quality assessment (HJ 663-2013)',
  },
  /** Class II limits. */
  gb3095: {
    zh: '《环境空气质量标准》（GB 3095-2012）二级',
    en: 'Ambient air quality standard (GB 3095-2012), Class II',
  },
} as const satisfies Record<string, Localized>;

/** An external basis citing one of {@link externalDocuments}. */
export function externalBasis(key: keyof typeof externalDocuments, note?: Localized): ExternalBasis {
  return note
    ? { kind: 'external', document: externalDocuments[key], note }
    : { kind: 'external', document: externalDocuments[key] };
}
