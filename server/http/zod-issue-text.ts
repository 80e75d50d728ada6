import type { z } from 'zod';
import type { Localized } from '../schema/localized.ts';

/**
 * The Chinese names of request fields (body members and query parameters), for error messages shown to users.
 * A key without a label is named only in the English text; the Chinese names the subject instead.
 */
export const fieldLabels: Readonly<Record<string, string>> = {
  action: '操作',
  assignee: '指派对象',
  asOf: '截止时间',
  at: '截止时间',
  bbox: '范围',
  category: '类别',
  center: '圆心',
  circle: '圆形区域',
  conflictNote: '冲突说明',
  currentPassword: '当前密码',
  dataset: '数据集',
  date: '日期',
  disabled: '停用',
  displayName: '姓名',
  end: '结束时间',
  endDate: '结束日期',
  format: '格式',
  from: '起始',
  geometry: '图形',
  grade: '绩效等级',
  kind: '类型',
  lang: '语言',
  layer: '图层',
  layers: '图层',
  level: '级别',
  limit: '条数上限',
  metric: '指标',
  month: '月份',
  name: '名称',
  newPassword: '新密码',
  note: '备注',
  password: '密码',
  period: '时段',
  pollutant: '污染物',
  provenance: '数据来源',
  radius: '半径',
  role: '角色',
  since: '起始时间',
  start: '开始时间',
  startDate: '开始日期',
  station: '站点',
  stations: '站点',
  status: '状态',
  task: '任务',
  to: '截止',
  township: '乡镇',
  townships: '乡镇',
  type: '类型',
  unit: '单位',
  username: '用户名',
  value: '取值',
  year: '年份',
};

/** What a field's text must look like, in Chinese, where its pattern says more than 「格式不正确」. */
const formatHints: Readonly<Record<string, string>> = {
  username: '须为 2–32 个字符（小写字母 a–z、数字 0–9 及 . _ -），以字母或数字开头',
  township: '须为 9 位乡镇代码',
  townships: '须为 9 位乡镇代码',
  month: '须为年月 YYYY-MM',
  year: '须为四位年份，如 2023',
};

/** What was parsed, in Chinese ('body' → 请求内容). */
const subjectLabels: Readonly<Record<string, string>> = {
  body: '请求内容',
  'body field': '请求字段',
  'query parameter': '查询参数',
  option: '选项',
  id: '编号',
  'user id': '用户编号',
  'alert id': '告警编号',
  'task number': '任务编号',
};

/** The Chinese of what was parsed (`subject` of parseWith), 「请求」 when unknown. */
export function subjectLabel(subject: string): string {
  return subjectLabels[subject] ?? '请求';
}

const typeNames: Readonly<Record<string, string>> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是/否',
  array: '列表',
  object: '对象',
  date: '日期',
};

/** The value at `path` inside `input`, or undefined. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The Chinese name of the field an issue is about: its nearest labelled path member, else the subject. */
function fieldZh(path: readonly PropertyKey[], subject: string): { name: string; key: string | undefined } {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string' && fieldLabels[key]) {
      const index = path[i + 1];
      return { name: typeof index === 'number' ? `${fieldLabels[key]}第 ${index + 1} 项` : fieldLabels[key], key };
    }
  }
  return { name: subjectLabel(subject), key: undefined };
}

/** A bound in Chinese: 至少/最多 N 个字符, N 项, or the number. */
function boundZh(origin: string, bound: number | bigint, inclusive: boolean, lower: boolean): string {
  const n = String(bound);
  if (origin === 'string') return lower ? `至少 ${n} 个字符` : `最多 ${n} 个字符`;
  if (origin === 'array' || origin === 'set') return lower ? `至少 ${n} 项` : `最多 ${n} 项`;
  if (lower) return inclusive ? `不能小于 ${n}` : `须大于 ${n}`;
  return inclusive ? `不能大于 ${n}` : `须小于 ${n}`;
}

/** The Chinese of what is wrong, without the field name. */
function problemZh(issue: z.core.$ZodIssue, input: unknown, key: string | undefined): string {
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return '必填';
      return `应为${typeNames[issue.expected] ?? '其他类型'}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return '不能为空';
      return boundZh(issue.origin, issue.minimum, issue.inclusive ?? true, true);
    case 'too_big':
      return boundZh(issue.origin, issue.maximum, issue.inclusive ?? true, false);
    case 'invalid_value':
      return '不是可选的取值';
    case 'invalid_format':
      return (key && formatHints[key]) || '格式不正确';
    case 'not_multiple_of':
      return `须为 ${String(issue.divisor)} 的倍数`;
    case 'invalid_union':
      return '取值无效';
    case 'invalid_key':
    case 'invalid_element':
      return '包含无效的项';
    case 'custom': {
      const zh = issue.params?.zh;
      return typeof zh === 'string' ? zh : '取值无效';
    }
    default:
      return '取值无效';
  }
}

/**
 * One zod issue as `where: what` in English (the field's key, zod's or the schema's message) and `字段：问题` in
 * Chinese (the field's label from {@link fieldLabels}, the issue kind worded in Chinese; a custom issue's Chinese is
 * its `params.zh`). `input` is what was parsed, to tell a missing field from one of the wrong type.
 *
 * @example
 * // userCreateSchema on { username: 'a', … }:
 * describeZodIssue(issue, 'body', input); // { zh: '用户名：须为 2–32 个字符…', en: 'username: must be 2–32 …' }
 */
export function describeZodIssue(issue: z.core.$ZodIssue, subject: string, input: unknown): Localized {
  if (issue.code === 'unrecognized_keys') {
    const labelled = issue.keys.map((k) => fieldLabels[k]).filter((label): label is string => Boolean(label));
    const zh = labelled.length === issue.keys.length ? `不接受的字段：${labelled.join('、')}` : '包含不接受的字段';
    return {
      zh: `${subjectLabel(subject)}${zh}`,
      en: `unknown ${subject} ${issue.keys.map((k) => `'${k}'`).join(', ')}`,
    };
  }
  const where = issue.path.length ? issue.path.map(String).join('.') : subject;
  const field = fieldZh(issue.path, subject);
  return { zh: `${field.name}：${problemZh(issue, input, field.key)}`, en: `${where}: ${issue.message}` };
}
