import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { routePolicies } from '../../server/auth/route-policy.ts';
import { ruleRegistry } from '../../server/rules/rule-registry.ts';
import { layerIds } from '../../server/schema/enums/layer-id.ts';
import { ruleIds } from '../../server/schema/enums/rule-id.ts';
import { planSchema, type Plan } from '../../server/schema/plan.ts';
import {
  requirementsRegisterSchema,
  type DocumentParagraph,
  type Requirement,
  type RequirementsRegister,
} from '../../server/schema/plan-requirements.ts';
import { planAnnotations } from '../../seeds/plan/annotations.ts';
import {
  extractRequirements,
  formatRequirementsJson,
  RequirementsExtractionError,
} from '../../seeds/plan/extract-requirements.ts';
import { requirementAnnotations, type RequirementAnnotation } from '../../seeds/plan/requirements-annotations.ts';

const PLAN_DIR = new URL('../../seeds/plan/', import.meta.url);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const documentText = readFileSync(new URL(planAnnotations.document, PLAN_DIR), 'utf8');
const plan: Plan = planSchema.parse(JSON.parse(readFileSync(new URL('plan.json', PLAN_DIR), 'utf8')));
const registerText = readFileSync(new URL('requirements.json', PLAN_DIR), 'utf8');
const register: RequirementsRegister = requirementsRegisterSchema.parse(JSON.parse(registerText));

/** The review's rows (coverage-review.md §1), letters turned into numbers: none may be dropped. */
const reviewIds = [
  ...['G1', 'G2', 'G3', 'G4', 'G5', 'G6'],
  ...['T1.1', 'T2.1', 'T2.2', 'T3.1', 'T3.2', 'T3.3', 'T4.1', 'T4.2', 'T4.3', 'T4.4', 'T4.5', 'T4.6'],
  ...['T5.1', 'T5.2', 'T5.3', 'T6.1', 'T6.2', 'T7.1', 'T7.2', 'T7.3', 'T7.4', 'T7.5', 'T8.1', 'T8.2'],
  ...['T9.1', 'T9.2', 'T9.3', 'T9.4', 'T9.5', 'T10.1', 'T10.2', 'T10.3', 'T10.4', 'T10.5'],
  ...['T11.1', 'T11.2', 'T11.3', 'T11.4', 'T12.1', 'T13.1', 'T13.2', 'T13.3', 'T13.4', 'T13.5', 'T13.6'],
  ...['T14.1', 'T14.2', 'T14.3', 'T15.1', 'T15.2', 'T15.3', 'T15.4', 'T16.1', 'T16.2', 'T16.3'],
  ...['T17.1', 'T17.2', 'T17.3', 'T17.4', 'T17.5'],
  ...['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8'],
];

/**
 * Every run of sections 二–五 that is marked preamble and has words (punctuation between two quotes
 * aside): the 16 task titles (task 3's first sentence is two requirements) and one closing clause of
 * 保障措施 (一). A requirement moved into preamble fails here.
 */
const expectedPreamble = [
  '全力遏制“两高”项目盲目发展。',
  '加大重污染企业的改造搬迁力度。',
  '深入推进工业炉窑和锅炉综合治理。',
  '开展传统产业集群综合整治。',
  '严控煤炭消费总量。',
  '持续推进清洁取暖改造。',
  '实施燃煤设施清洁能源替代。',
  '持续优化调整货物运输结构。',
  '加快机动车结构升级。',
  '强化扬尘精细化管控。',
  '开展降尘专项整治。',
  '加大挥发性有机物环境问题整治力度。',
  '实施夏季臭氧污染应急管控。',
  '结合差异化错峰生产，着力应对重污染天气。',
  '开展柴油货车常态化联合执法。',
  '坚决打击非标油品。',
  '，切实提升我区环境空气质量。',
];

const PUNCTUATION_ONLY = /^[，。、；：\s]+$/;
const PARTS_TWO_TO_FIVE = ['二、主要目标', '三、重点任务', '四、攻坚行动', '五、保障措施'];
const views = [
  'overview',
  'layers',
  'analysis',
  'air',
  'alerts',
  'emergency',
  'dust',
  'enforcement',
  'departments',
  'ledgers',
  'routes',
  'tasks',
  'data',
  'plan',
];
const controls = ['ozone', 'autumn-winter', 'heavy-pollution'];

function paragraphText(paragraph: DocumentParagraph): string {
  return paragraph.spans.map((span) => span.text).join('');
}

/** Each paragraph with the part heading it sits under. */
function paragraphsWithPart(): { part: string; paragraph: DocumentParagraph }[] {
  let part = '';
  return register.paragraphs.map((paragraph) => {
    if (paragraph.kind === 'part') part = paragraphText(paragraph);
    return { part, paragraph };
  });
}

function requirement(id: string): Requirement {
  const found = register.requirements.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no requirement ${id}`);
  return found;
}

function withAnnotation(id: string, change: Partial<RequirementAnnotation>): RequirementAnnotation[] {
  return requirementAnnotations.map((annotation) => (annotation.id === id ? { ...annotation, ...change } : annotation));
}

/** Every `.ts`/`.tsx` file under `dir` (relative to the repository root). */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('seeds/plan/requirements.json', () => {
  it('parses with requirementsRegisterSchema', () => {
    expect(requirementsRegisterSchema.safeParse(JSON.parse(registerText)).success).toBe(true);
  });

  it('is byte for byte what npm run plan:extract writes from the document and plan.json', () => {
    const extracted = requirementsRegisterSchema.parse(extractRequirements(documentText, plan));
    expect(registerText).toBe(formatRequirementsJson(extracted));
  });

  it('quotes every requirement verbatim, and each quote is the text of exactly one span', () => {
    for (const { id, quote } of register.requirements) {
      expect(documentText, id).toContain(quote);
      const spans = register.paragraphs.flatMap((p) => p.spans).filter((span) => span.requirement === id);
      expect(spans, id).toEqual([{ text: quote, requirement: id, role: 'requirement' }]);
    }
  });

  it('cuts the document from 一、指导思想 to the end into paragraphs whose spans give the text back exactly', () => {
    const lines = documentText.split('\n');
    const shown = lines.slice(lines.indexOf('一、指导思想')).filter((line) => line.trim() !== '');
    expect(register.paragraphs.map(paragraphText)).toEqual(shown);
    expect(paragraphText(register.paragraphs.at(-1) as DocumentParagraph)).toMatch(/^（三）加强帮扶指导/);
  });

  it('shows 一、指导思想 as preamble only', () => {
    const guiding = paragraphsWithPart().filter(({ part }) => part === '一、指导思想');
    expect(guiding.length).toBe(2);
    const roles = guiding.flatMap(({ paragraph }) => paragraph.spans.map((span) => span.role));
    expect(roles).toEqual(['structure', 'preamble']);
  });

  it('covers sections 二–五: structure is only headings, task numbers and units; preamble only the listed runs', () => {
    const preamble: string[] = [];
    for (const { part, paragraph } of paragraphsWithPart()) {
      if (!PARTS_TWO_TO_FIVE.includes(part)) continue;
      for (const span of paragraph.spans) {
        if (span.role === 'requirement') {
          expect(span.requirement).not.toBeNull();
        } else if (span.role === 'structure') {
          expect(span.requirement).toBeNull();
          const heading = paragraph.kind !== 'paragraph' && span.text === paragraphText(paragraph);
          const taskNumber = paragraph.task !== null && span.text === `${paragraph.task}、`;
          const units = /^（(?:牵头单位|配合单位|责任单位)：[^（）]+）$/.test(span.text);
          const safeguardHeading = part === '五、保障措施' && /^（[一二三]）[^。]+。$/.test(span.text);
          expect(heading || taskNumber || units || safeguardHeading, span.text).toBe(true);
        } else if (!PUNCTUATION_ONLY.test(span.text)) {
          preamble.push(span.text);
        }
      }
    }
    expect(preamble).toEqual(expectedPreamble);
  });

  it('marks the 17 task paragraphs, with their number and units as structure', () => {
    const tasks = register.paragraphs.filter((paragraph) => paragraph.task !== null);
    expect(tasks.map((paragraph) => paragraph.task)).toEqual(plan.tasks.map((task) => task.number));
    for (const paragraph of tasks) {
      expect(paragraph.spans[0]).toEqual({ text: `${paragraph.task}、`, requirement: null, role: 'structure' });
      expect(paragraph.spans.at(-1)?.role).toBe('structure');
    }
  });

  it('keeps every row of the coverage review, with unique, well-formed ids', () => {
    const ids = register.requirements.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(G[1-9]\d*|T([1-9]|1[0-7])\.[1-9]\d*|S[1-9]\d*)$/);
    for (const id of reviewIds) expect(ids, id).toContain(id);
  });

  it('derives part, task and units: T rows from their task, G6 in task 12, other G and S rows from their text', () => {
    for (const r of register.requirements) {
      const taskOfId = /^T(\d+)\./.exec(r.id)?.[1];
      if (taskOfId !== undefined) {
        expect(r.task, r.id).toBe(Number(taskOfId));
        const task = plan.tasks.find((candidate) => candidate.number === r.task);
        expect(r.part, r.id).toBe(task?.part);
        expect(r.units, r.id).toEqual({
          lead: task?.leadUnits,
          cooperating: task?.cooperatingUnits,
          responsible: task?.responsibleUnits,
        });
      } else if (r.id === 'G6') {
        expect([r.task, r.part]).toEqual([12, '三、重点任务']);
      } else {
        expect([r.task, r.part], r.id).toEqual([null, r.id.startsWith('G') ? '二、主要目标' : '五、保障措施']);
        expect([...r.units.lead, ...r.units.cooperating], r.id).toEqual([]);
      }
    }
    expect(requirement('S10').units.responsible).toEqual(['各乡镇（街道）', '区直有关部门']);
    expect(requirement('S1').units.responsible).toEqual(['各乡镇（街道）']);
  });

  it('takes every strength word verbatim from the requirement’s paragraph', () => {
    for (const { id, strength } of register.requirements) {
      if (strength === null) continue;
      const paragraph = register.paragraphs.find((p) => p.spans.some((span) => span.requirement === id));
      expect(paragraph && paragraphText(paragraph), id).toContain(strength);
    }
    expect(requirement('T3.2').strength).toBe('力争');
    expect(requirement('G6').strength).toBe('不得');
    expect(requirement('T10.2').kind).toBe('encouragement');
  });

  it('gives a gap exactly when not covered; covered and partial rows have supports, missing rows none', () => {
    for (const r of register.requirements) {
      expect(r.gap === null, r.id).toBe(r.status === 'covered');
      if (r.status === 'missing') expect(r.supports, r.id).toEqual([]);
      else expect(r.supports.length, r.id).toBeGreaterThan(0);
    }
  });

  it('names only supports that exist', () => {
    const targetIds = plan.targets.map((target) => target.id);
    const apiRoutes = routePolicies.map(
      ({ method, path }) => new RegExp(`^${method} ${path.replace(/:[a-z]+/g, '[^/?]+')}$`),
    );
    const known = (kind: string, id: string): boolean => {
      switch (kind) {
        case 'rule':
          return (ruleIds as readonly string[]).includes(id);
        case 'layer':
          return (layerIds as readonly string[]).includes(id);
        case 'view':
          return views.includes(id);
        case 'report':
          return id === 'monthly';
        case 'target':
          return targetIds.includes(id);
        case 'control':
          return controls.includes(id);
        case 'indicator':
          return id === 'city-indicators';
        case 'api':
          return apiRoutes.some((route) => route.test(id));
        default:
          return false;
      }
    };
    const unknown = register.requirements.flatMap(({ id, supports }) =>
      supports.filter((support) => !known(support.kind, support.id)).map((s) => `${id} → ${s.kind} ${s.id}`),
    );
    expect(unknown).toEqual([]);
    expect(known('rule', 'no-such-rule') || known('api', 'GET /api/nowhere') || known('view', 'map')).toBe(false);
  });

  it('has a row for the plan basis of every rule', () => {
    const ids = new Set(register.requirements.map((r) => r.id));
    for (const [ruleId, definition] of Object.entries(ruleRegistry)) {
      for (const basis of definition.basis) {
        if (basis.kind === 'plan') expect(ids.has(basis.requirement), `${ruleId} → ${basis.requirement}`).toBe(true);
      }
    }
  });

  it('has a row for every planBasis(…) and requirement: … id written anywhere in server/, client/ and seeds/', () => {
    const ids = new Set(register.requirements.map((r) => r.id));
    const used: string[] = [];
    for (const file of ['server', 'client', 'seeds'].flatMap(sourceFiles)) {
      for (const match of readFileSync(join(ROOT, file), 'utf8').matchAll(
        /planBasis\(\s*'([^']*)'\s*\)|requirement: '([^']*)'/g,
      )) {
        const id = match[1] ?? match[2] ?? '';
        used.push(`${file}: ${id}`);
        expect(ids.has(id), `${file}: ${match[0]}`).toBe(true);
      }
    }
    expect(used.length).toBeGreaterThan(15);
  });
});

describe('extractRequirements rejects annotations that do not fit the text', () => {
  it('a quote not in its task, naming the id', () => {
    const annotations = withAnnotation('T4.4', { quote: '保障工业企业污染物稳定达标排放和总量' });
    expect(() => extractRequirements(documentText, plan, annotations)).toThrow(RequirementsExtractionError);
    expect(() => extractRequirements(documentText, plan, annotations)).toThrow(/T4\.4: quote not found/);
  });

  it('a quote that is in the document but in another task', () => {
    const annotations = withAnnotation('T4.4', { quote: '将防治扬尘污染费用纳入工程造价' });
    expect(() => extractRequirements(documentText, plan, annotations)).toThrow(
      /T4\.4: quote not found verbatim in task 4/,
    );
  });

  it('a quote found twice in its task', () => {
    const annotations = withAnnotation('T10.5', { quote: '使用电动汽车、氢能汽车或甲醇汽车' });
    expect(() => extractRequirements(documentText, plan, annotations)).toThrow(/T10\.5: quote found 2 times/);
  });

  it('overlapping quotes', () => {
    const annotations = withAnnotation('T7.4', { quote: '完成二十里铺村清洁取暖改造。全面评估' });
    expect(() => extractRequirements(documentText, plan, annotations)).toThrow(/T7\.3 and T7\.4 overlap/);
  });

  it('an id given twice', () => {
    const annotations = [...requirementAnnotations, { ...(requirementAnnotations[0] as RequirementAnnotation) }];
    expect(() => extractRequirements(documentText, plan, annotations)).toThrow(/G1: id given twice/);
  });

  it('a strength word that is not in the paragraph, and a gap on a covered row', () => {
    expect(() => extractRequirements(documentText, plan, withAnnotation('T4.2', { strength: '力争' }))).toThrow(
      /T4\.2: strength/,
    );
    const gap = { zh: '缺', en: 'missing' };
    expect(() => extractRequirements(documentText, plan, withAnnotation('T4.2', { gap }))).toThrow(/T4\.2: a gap/);
  });
});
