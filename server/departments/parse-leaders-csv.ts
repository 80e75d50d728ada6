/**
 * The township leaders' import (第一责任人, S1): CSV rows 乡镇, 姓名, 职务, 角色, 起始日期 (the header names these
 * columns, in any order) as each township's new roster. Pure: no db.
 *
 * @module
 */
import type { LeaderRole } from '../schema/enums/department.ts';
import type { Localized } from '../schema/localized.ts';

/** One row's problem (row numbered from 1, the header included). */
export interface LeaderRowProblem {
  row: number;
  text: Localized;
}

/** A leader read from a row. */
export interface ImportedLeader {
  name: string;
  post: string;
  role: LeaderRole;
  phone: null;
  since: string;
}

const columns = {
  township: ['乡镇', '乡镇（街道）', '乡镇名称', '乡镇代码'],
  name: ['姓名'],
  post: ['职务'],
  role: ['角色', '责任角色'],
  since: ['起始日期', '任职日期', '起始时间'],
} as const;

/** The role a cell names: our codes, or the words registers use (书记 → party secretary; 镇长, 主任 → head). */
export function leaderRoleOf(cell: string): LeaderRole | null {
  const text = cell.trim();
  if (text === 'party-secretary' || text === 'government-head' || text === 'deputy-in-charge') return text;
  if (text.includes('分管')) return 'deputy-in-charge';
  if (text.includes('书记') || text.includes('党委')) return 'party-secretary';
  if (/镇长|乡长|主任|政府/.test(text)) return 'government-head';
  return null;
}

const datePattern = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;

/** `YYYY-MM-DD` of a date cell (2023-01-05, 2023/1/5, 2023年1月5日), or null. */
function dateOf(cell: string): string | null {
  const match = datePattern.exec(cell.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || year < 2000 || year > 2100) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Each township's roster from the rows (the first row: the header), and the rows' problems. A township is named by
 * its name (秀容街道) or its 9-digit code (`townships`: name → code). At most 500 rows.
 *
 * @example
 * const rows = [['乡镇', '姓名', '职务', '角色', '起始日期'], ['秀容街道', '张某某', '书记', '书记', '2023-01-05']];
 * parseLeaderRows(rows, new Map([['秀容街道', '140902001']])).rosters.get('140902001')?.[0]?.role;
 * // 'party-secretary'
 */
export function parseLeaderRows(
  rows: readonly (readonly string[])[],
  townships: ReadonlyMap<string, string>,
): { rosters: Map<string, ImportedLeader[]>; problems: LeaderRowProblem[] } {
  const problems: LeaderRowProblem[] = [];
  const rosters = new Map<string, ImportedLeader[]>();
  const header = (rows[0] ?? []).map((c) => c.trim());
  const index = Object.fromEntries(
    Object.entries(columns).map(([key, names]) => [
      key,
      header.findIndex((h) => (names as readonly string[]).includes(h)),
    ]),
  ) as Record<keyof typeof columns, number>;
  const missing = Object.entries(index).filter(([, i]) => i < 0);
  if (missing.length) {
    const names = missing.map(([key]) => columns[key as keyof typeof columns][0]).join('、');
    problems.push({ row: 1, text: { zh: `表头缺少列：${names}`, en: `the header lacks the columns ${names}` } });
    return { rosters, problems };
  }
  if (rows.length > 501) {
    problems.push({ row: 502, text: { zh: '最多 500 行', en: 'at most 500 rows' } });
    return { rosters, problems };
  }
  const codes = new Set(townships.values());
  rows.slice(1).forEach((cells, offset) => {
    const row = offset + 2;
    const cell = (key: keyof typeof columns) => (cells[index[key]] ?? '').trim();
    if (cells.every((c) => c.trim() === '')) return;
    const townshipText = cell('township');
    const code = codes.has(townshipText) ? townshipText : townships.get(townshipText);
    const role = leaderRoleOf(cell('role'));
    const since = dateOf(cell('since'));
    const name = cell('name');
    const post = cell('post');
    const fault = (zh: string, en: string) => problems.push({ row, text: { zh, en } });
    if (!code) return fault(`没有名为「${townshipText}」的乡镇`, `unknown township '${townshipText}'`);
    if (!name || name.length > 40) return fault('姓名须为 1–40 个字符', 'name: 1–40 characters');
    if (!post || post.length > 40) return fault('职务须为 1–40 个字符', 'post: 1–40 characters');
    if (!role) return fault(`无法识别角色「${cell('role')}」`, `unknown role '${cell('role')}'`);
    if (!since) return fault(`起始日期「${cell('since')}」不是有效日期`, `since: '${cell('since')}' is not a date`);
    rosters.set(code, [...(rosters.get(code) ?? []), { name, post, role, phone: null, since }]);
  });
  return { rosters, problems };
}
