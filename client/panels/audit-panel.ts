import type { AuditEntry, AuditResponse } from '../../server/schema/audit.ts';
import { fetchJson } from '../api/fetch-json.ts';
import { T } from '../i18n/messages.ts';
import type { Language } from '../state/app-state.ts';
import { h } from './dom.ts';
import { roleLabels, roles } from '../../server/schema/enums/role.ts';
import { auditActionLabels, auditActions } from '../../server/schema/enums/audit-action.ts';

const PAGE_SIZE = 100;

/** Keys holding a geometry: their change is named, not printed. */
const GEOMETRY_KEY = /geom|boundary/i;
/** At most this many changed keys per entry; the rest are counted. */
const MAX_CHANGES = 8;

const pending = new WeakMap<HTMLElement, AbortController>();

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A value in a diff line: strings as they are, others as compact JSON, at most 60 characters. */
function shortValue(value: unknown): string {
  if (value === undefined || value === null) return '—';
  return truncate(typeof value === 'string' ? value : JSON.stringify(value), 60);
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** Local time as YYYY-MM-DD HH:mm:ss. */
function formatLocalTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    ` ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

/** The lines of the 变更 column: changed keys as `key: old → new`, then the detail as compact JSON. */
function describeChanges(entry: AuditEntry, lang: Language): string[] {
  const lines: string[] = [];
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  if (before || after) {
    const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
    for (const key of keys) {
      const old = before?.[key];
      const next = after?.[key];
      if (JSON.stringify(old) === JSON.stringify(next)) continue;
      lines.push(
        GEOMETRY_KEY.test(key)
          ? `${key}: ${T(lang, '(边界已更新)', '(boundary updated)')}`
          : `${key}: ${shortValue(old)} → ${shortValue(next)}`,
      );
    }
  } else if (entry.before != null || entry.after != null) {
    lines.push(`${shortValue(entry.before)} → ${shortValue(entry.after)}`);
  }
  const shown = lines.slice(0, MAX_CHANGES);
  if (lines.length > MAX_CHANGES)
    shown.push(T(lang, `…另有 ${lines.length - MAX_CHANGES} 项`, `… ${lines.length - MAX_CHANGES} more`));
  // long lists (the alerts a sync raised) as their length
  if (entry.detail != null)
    shown.push(
      truncate(
        JSON.stringify(entry.detail, (_key, value: unknown) =>
          Array.isArray(value) && value.length > 5 ? T(lang, `${value.length} 项`, `${value.length} items`) : value,
        ),
        120,
      ),
    );
  return shown;
}

function auditRow(entry: AuditEntry, lang: Language): HTMLTableRowElement {
  const action = auditActions.find((a) => a === entry.action);
  const role = roles.find((r) => r === entry.role);
  return h(
    'tr',
    { 'data-audit-row': String(entry.id), 'data-action': entry.action },
    h('td', { class: 'audit-time' }, h('time', { datetime: entry.at }, formatLocalTime(entry.at))),
    h(
      'td',
      {},
      entry.actor,
      entry.role ? h('span', { class: 'audit-role' }, role ? roleLabels[role][lang] : entry.role) : null,
    ),
    h('td', { title: entry.action }, action ? auditActionLabels[action][lang] : entry.action),
    h('td', {}, entry.entityId === null ? entry.entity : `${entry.entity} #${entry.entityId}`),
    h('td', { class: 'audit-changes' }, ...describeChanges(entry, lang).map((line) => h('div', {}, line))),
  );
}

/**
 * The admin's 审计日志 panel: the audit log (GET /api/audit) newest first, 100 entries a page with an
 * 更早 button that follows `nextBefore`, filtered by actor and action (applied on change). The log is
 * read-only; nothing here writes.
 * @example renderAuditPanel(panel, 'zh');
 */
export function renderAuditPanel(container: HTMLElement, lang: Language): void {
  const actor = h('input', {
    type: 'search',
    class: 'audit-filter',
    'data-audit-actor': '',
    placeholder: T(lang, '操作人', 'Actor'),
    'aria-label': T(lang, '按操作人筛选', 'Filter by actor'),
  });
  const action = h('input', {
    type: 'search',
    class: 'audit-filter',
    list: 'audit-actions',
    'data-audit-action': '',
    placeholder: T(lang, '操作，如 alert.assign', 'Action, e.g. alert.assign'),
    'aria-label': T(lang, '按操作筛选', 'Filter by action'),
  });
  const options = auditActions.map((value) => h('option', { value }, auditActionLabels[value][lang]));
  const actions = h('datalist', { id: 'audit-actions' }, ...options);
  const body = h('tbody', {});
  const table = h(
    'table',
    { class: 'audit-table', 'data-audit-table': '' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[
          ['时间', 'Time'],
          ['操作人', 'Actor'],
          ['操作', 'Action'],
          ['对象', 'Object'],
          ['变更', 'Changes'],
        ].map(([zh = '', en = '']) => h('th', {}, T(lang, zh, en))),
      ),
    ),
    body,
  );
  const status = h('div', { class: 'audit-status' });
  const older = h('button', { type: 'button', 'data-audit-older': '', hidden: true }, T(lang, '更早', 'Older'));
  let nextBefore: number | null = null;

  async function load(before: number | null): Promise<void> {
    pending.get(container)?.abort();
    const controller = new AbortController();
    pending.set(container, controller);
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (actor.value.trim()) query.set('actor', actor.value.trim());
    if (action.value.trim()) query.set('action', action.value.trim().toLowerCase());
    if (before !== null) query.set('before', String(before));
    if (before === null) body.replaceChildren();
    older.hidden = true;
    status.replaceChildren(h('p', { class: 'loading' }, T(lang, '正在加载审计日志…', 'Loading the audit log…')));
    const result = await fetchJson<AuditResponse>(`/api/audit?${query}`, controller.signal);
    if (controller.signal.aborted) return;
    if (!result.ok) {
      const retry = h('button', { type: 'button' }, T(lang, '重试', 'Retry'));
      retry.addEventListener('click', () => void load(before));
      status.replaceChildren(
        h(
          'p',
          { class: 'error', role: 'alert' },
          `${T(lang, '审计日志加载失败', 'Could not load the audit log')}：${result.error.message}`,
        ),
        retry,
      );
      return;
    }
    body.append(...result.value.entries.map((entry) => auditRow(entry, lang)));
    nextBefore = result.value.nextBefore;
    older.hidden = nextBefore === null;
    status.replaceChildren(
      body.childElementCount === 0
        ? h('p', { class: 'muted' }, T(lang, '没有符合条件的记录', 'No matching entries'))
        : '',
    );
  }

  actor.addEventListener('change', () => void load(null));
  action.addEventListener('change', () => void load(null));
  older.addEventListener('click', () => {
    if (nextBefore !== null) void load(nextBefore);
  });

  container.replaceChildren(
    h('h2', {}, T(lang, '审计日志', 'Audit log')),
    h(
      'p',
      { class: 'muted audit-readonly' },
      T(lang, '审计日志只读，不可修改；最新的在前。', 'The audit log is read-only and cannot be edited; newest first.'),
    ),
    h('div', { class: 'audit-filters' }, actor, action, actions),
    table,
    status,
    older,
  );
  void load(null);
}
