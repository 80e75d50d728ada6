import type { z } from 'zod';
import type { Localized } from '../schema/localized.ts';
import { describeZodIssue } from './zod-issue-text.ts';

/** The Chinese names of the device registry's request fields (server/schema/devices.ts). */
const deviceFieldZh: Readonly<Record<string, string>> = {
  mn: '设备编号（MN）',
  password: '密码（PW）',
  kind: '设备类型',
  entity: '绑定对象',
  layer: '绑定对象的图层',
  id: '绑定对象编号',
  outlet: '排放口',
  enterpriseId: '排放口所属企业',
  code: '排放口编号',
  name: '排放口名称',
  standard: '排放标准',
  referenceO2: '基准氧含量',
  limits: '标准排放限值',
  uleLimits: '超低排放限值',
  intervalS: '数据间隔（秒）',
  enabled: '启用',
};

const pollutantZh: Readonly<Record<string, string>> = { pm: '颗粒物', so2: '二氧化硫', nox: '氮氧化物' };

const HAN = /[\u4e00-\u9fff]/;

/** The Chinese name of the field at `path`: its last named member (a limit as 「标准排放限值（颗粒物）」). */
function fieldName(path: readonly PropertyKey[]): string | null {
  const keys = path.filter((k): k is string => typeof k === 'string');
  const last = keys.at(-1);
  if (last === undefined) return null;
  const pollutant = pollutantZh[last];
  if (pollutant) return `${deviceFieldZh[keys.at(-2) ?? ''] ?? '限值'}（${pollutant}）`;
  return deviceFieldZh[last] ?? null;
}

/**
 * A device request's zod error as one sentence per language, each issue naming its field in Chinese
 * (「设备编号（MN）须为1–24位字母、数字或“-”」, 「标准排放限值（颗粒物）：限值须大于0」): the schema's own
 * Chinese message where it has one, else the generic wording of zod-issue-text.ts under the field's name.
 *
 * @example
 * describeDeviceIssues(deviceInputSchema.safeParse({ ...input, mn: 'a b' }).error, body).zh;
 * // '设备编号（MN）须为1–24位字母、数字或“-”'
 */
export function describeDeviceIssues(error: z.ZodError, input: unknown): Localized {
  const parts = error.issues.map((issue): Localized => {
    const generic = describeZodIssue(issue, 'body', input);
    if (issue.code === 'unrecognized_keys') {
      const where = fieldName(issue.path) ?? '请求内容';
      return { zh: `${where}包含不接受的字段：${issue.keys.join('、')}`, en: generic.en };
    }
    const name = fieldName(issue.path);
    const missing = issue.code === 'invalid_type' && generic.zh.endsWith('：必填');
    if (HAN.test(issue.message) && !missing) {
      const zh = name === null || issue.message.startsWith(name) ? issue.message : `${name}：${issue.message}`;
      return { zh, en: generic.en };
    }
    if (name === null) return generic;
    const separator = generic.zh.indexOf('：');
    return { zh: `${name}${separator >= 0 ? generic.zh.slice(separator) : `：${generic.zh}`}`, en: generic.en };
  });
  return { zh: parts.map((p) => p.zh).join('；'), en: parts.map((p) => p.en).join('; ') };
}
