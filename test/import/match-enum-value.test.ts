import { describe, expect, it } from 'vitest';
import { importTarget } from '../../server/import/import-targets.ts';
import { convertValue } from '../../server/import/map-record.ts';
import { choicesZh, matchEnumValue } from '../../server/import/match-enum-value.ts';
import {
  operatingStatuses,
  operatingStatusLabels,
  performanceGradeLabels,
  performanceGrades,
  railSpurStatuses,
  railSpurStatusLabels,
  uleStatuses,
  uleStatusLabels,
} from '../../server/schema/enums/enterprise-status.ts';

const rail = { values: railSpurStatuses, labels: railSpurStatusLabels };
const enterprises = importTarget('enterprises');
const field = (column: string) => {
  const found = enterprises?.fields.find((f) => f.column === column);
  if (!found) throw new Error(`no field ${column}`);
  return found;
};

describe('matchEnumValue: codes in either language', () => {
  it.each([
    ['无', 'none'],
    ['规划中', 'planned'],
    ['在建', 'under-construction'],
    ['已建成', 'operating'],
    ['none', 'none'],
    ['Under construction', 'under-construction'],
    ['UNDER_CONSTRUCTION', 'under-construction'],
    [' 在建 ', 'under-construction'],
  ])('rail spur %s → %s', (text, value) => {
    expect(matchEnumValue(text, rail)).toEqual({ value, by: 'exact' });
  });

  it('reads the ULE, operating status and grade labels', () => {
    expect(matchEnumValue('改造中', { values: uleStatuses, labels: uleStatusLabels })?.value).toBe('in-progress');
    expect(matchEnumValue('不适用', { values: uleStatuses, labels: uleStatusLabels })?.value).toBe('not-applicable');
    expect(matchEnumValue('停产', { values: operatingStatuses, labels: operatingStatusLabels })?.value).toBe(
      'suspended',
    );
    expect(matchEnumValue('Ｂ级', { values: performanceGrades, labels: performanceGradeLabels })?.value).toBe('B');
  });

  it('falls back to keywords, and to nothing', () => {
    const keywords = { 'brick-tile': ['砖', '瓦'] };
    expect(matchEnumValue('砖瓦制造', { values: ['brick-tile', 'other'], keywords })).toEqual({
      value: 'brick-tile',
      by: 'keyword',
    });
    expect(matchEnumValue('哈哈', rail)).toBeUndefined();
    expect(matchEnumValue('', rail)).toBeUndefined();
  });

  it('lists the accepted values in Chinese', () => {
    expect(choicesZh(rail)).toBe('无、规划中、在建、已建成');
  });
});

describe('convertValue: the import accepts Chinese values and words its findings in Chinese', () => {
  it('accepts 无 for 铁路专用线 and 改造中 for 超低排放', () => {
    expect(convertValue(field('rail_spur'), '无')).toEqual({ ok: true, value: { value: 'none' } });
    expect(convertValue(field('ule_status'), '改造中')).toEqual({ ok: true, value: { value: 'in-progress' } });
  });

  it('refuses an unknown value, naming the accepted ones in Chinese', () => {
    const result = convertValue(field('rail_spur'), '哈哈');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.text.zh).toBe('「哈哈」不是可填的值；可填：无、规划中、在建、已建成');
    expect(result.error.text.en).toMatch(/^'哈哈' is not one of none/);
  });

  it('words the keyword match and other problems in Chinese', () => {
    const industry = convertValue(field('industry'), '砖瓦制造');
    expect(industry.ok && industry.value.warning?.zh).toBe('「砖瓦制造」按「砖瓦」读取');
    const freight = convertValue(field('annual_freight_t'), 'abc');
    expect(!freight.ok && freight.error.text.zh).toBe('「abc」不是数字');
    const due = convertValue(field('ule_due'), '2023-02-30');
    expect(!due.ok && due.error.text.zh).toMatch(/^「2023-02-30」不是有效的日期/);
  });

  it('gives every enterprise field a Chinese label, and the freight its unit', () => {
    expect(field('rail_spur').label).toEqual({ zh: '铁路专用线', en: 'Rail spur' });
    expect(field('operating_status').label?.zh).toBe('生产状态');
    expect(field('ule_status').label?.zh).toBe('超低排放改造');
    expect(field('annual_freight_t').label?.zh).toBe('年货运量');
    expect(field('annual_freight_t').unit).toEqual({ zh: '吨/年', en: 't/year' });
  });
});
