import type { AuditEntry } from '../../../server/schema/audit.ts';
import { alertStatusLabels } from '../../../server/schema/enums/alert-status.ts';
import { deviceEntityLayerLabels, deviceKindLabels } from '../../../server/schema/enums/device-kind.ts';
import { auditActionLabels, auditActions } from '../../../server/schema/enums/audit-action.ts';
import { provenanceLabels } from '../../../server/schema/enums/provenance.ts';
import { roleLabels } from '../../../server/schema/enums/role.ts';
import { taskStatusLabels } from '../../../server/schema/enums/task-status.ts';
import type { ImportTargetInfo } from '../../../server/schema/imports.ts';
import type { Localized } from '../../../server/schema/localized.ts';
import { auditEntityLabels, auditKeyLabels, auditMessages } from '../../i18n/audit.ts';
import { displayUnits } from '../../i18n/records.ts';
import type { Language } from '../../state/app-state.ts';
import { reassignedTableNames } from '../../i18n/import.ts';
import { crsName } from '../import/problem-text.ts';

/** Keys holding a geometry: their change is named, not printed. */
const GEOMETRY_KEY = /geom|boundary/i;
/** At most this many changed keys per entry; the rest are counted. */
const MAX_CHANGES = 8;
/** File formats as the UI writes them. */
const FORMAT_NAMES: Readonly<Record<string, string>> = {
  csv: 'CSV',
  geojson: 'GeoJSON',
  shapefile: 'Shapefile',
  kml: 'KML',
};
/** Lists longer than this are shown as their length. */
const MAX_LIST = 5;

type Labels = Readonly<Record<string, Localized>>;
type Field = ImportTargetInfo['fields'][number];

/** What the audit panel knows to name things: the import targets' fields (null until loaded). */
export type AuditVocabulary = readonly ImportTargetInfo[] | null;

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * An ISO instant as China Standard Time, `YYYY-MM-DD HH:mm:ss`, whatever the browser's zone.
 *
 * @example
 * cstDateTime('2026-12-03T18:32:05.120Z'); // '2026-12-04 02:32:05'
 */
export function cstDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** The action's label in `lang` (an action the client does not know: a generic label, never the code). */
export function actionText(action: string, lang: Language): string {
  const known = auditActions.find((a) => a === action);
  return known ? auditActionLabels[known][lang] : auditMessages(lang).unknownAction;
}

/** The entity and its id: `工业企业 #9114…`, `告警 #12`, `登录会话`. */
export function entityText(entry: AuditEntry, lang: Language): string {
  const name = auditEntityLabels[entry.entity]?.[lang] ?? entry.entity;
  return entry.entityId === null ? name : `${name} #${entry.entityId}`;
}

function fieldOf(vocabulary: AuditVocabulary, entity: string, key: string): Field | undefined {
  const target = vocabulary?.find((t) => t.id === entity);
  return target?.fields.find((f) => f.column === key || f.names.includes(key));
}

/** A key's label: the layer field's, else the audit catalogue's, else the key itself. */
function keyText(vocabulary: AuditVocabulary, entity: string, key: string, lang: Language): string {
  return fieldOf(vocabulary, entity, key)?.label[lang] ?? auditKeyLabels[key]?.[lang] ?? key;
}

/** The labels of a key's values, when they are codes: layer enums, alert and task statuses, roles, provenance. */
function valueLabels(vocabulary: AuditVocabulary, entity: string, key: string): Labels | undefined {
  if (key === 'status' && entity === 'alert') return alertStatusLabels;
  if (key === 'status' && entity === 'task') return taskStatusLabels;
  if (key === 'role') return roleLabels;
  if (key === 'kind' && entity === 'device') return deviceKindLabels;
  if (key === 'layer' && entity === 'device') return deviceEntityLayerLabels;
  if (key === 'provenance' || key === 'readings_provenance') return provenanceLabels;
  return fieldOf(vocabulary, entity, key)?.labels;
}

/** One value as a change line shows it, in `lang`: labels for codes, 是/否, units, lists, positions. */
function valueText(vocabulary: AuditVocabulary, entity: string, key: string, value: unknown, lang: Language): string {
  const m = auditMessages(lang);
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? m.yes : m.no;
  if (key === 'photo' && value === 'attached') return m.attached;
  if (key === 'by' && value === 'self') return m.self;
  const labels = valueLabels(vocabulary, entity, key);
  if (typeof value === 'string' && labels?.[value]) return labels[value][lang];
  if (typeof value === 'number' && displayUnits[key]) {
    const unit = displayUnits[key];
    return `${Number((value / unit.factor).toFixed(unit.digits))} ${unit.unit[lang]}`;
  }
  if ((key === 'created_at' || key === 'updated_at') && typeof value === 'string') return cstDateTime(value);
  if (key === 'at' && typeof value === 'string') return value.replace('T', ' ');
  if (key === 'format' && typeof value === 'string') return FORMAT_NAMES[value] ?? value;
  if (key === 'crs' && typeof value === 'string') return crsName(lang, value);
  if (typeof value === 'string' && /^\[.*\]$/.test(value)) {
    try {
      return valueText(vocabulary, entity, key, JSON.parse(value) as unknown, lang);
    } catch {
      return truncate(value, 60);
    }
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST) return m.items(value.length);
    if (value.length === 0) return '—';
    return value.map((v) => valueText(vocabulary, entity, key, v, lang)).join(lang === 'zh' ? '、' : ', ');
  }
  const record = asRecord(value);
  if (record) {
    if (typeof record.lon === 'number' && typeof record.lat === 'number')
      return m.position(record.lon.toFixed(5), record.lat.toFixed(5));
    if (key === 'reassigned')
      return (
        Object.entries(record)
          .filter(([, n]) => n !== 0)
          .map(([table, n]) => `${reassignedTableNames[table]?.[lang] ?? table} ${String(n)}`)
          .join(lang === 'zh' ? '、' : ', ') || '—'
      );
    return detailText(vocabulary, entity, record, lang).join(lang === 'zh' ? '；' : '; ');
  }
  return truncate(String(value), 60);
}

/** `label：value` lines of an object (an entry's detail), in `lang`; undefined members are left out. */
function detailText(
  vocabulary: AuditVocabulary,
  entity: string,
  detail: Record<string, unknown>,
  lang: Language,
): string[] {
  const sep = lang === 'zh' ? '：' : ': ';
  return Object.entries(detail)
    .filter(([, value]) => value !== undefined)
    .map(
      ([key, value]) =>
        `${keyText(vocabulary, entity, key, lang)}${sep}${valueText(vocabulary, entity, key, value, lang)}`,
    );
}

/**
 * The lines of the 变更 column, in `lang`: each changed key as `label：old → new` (geometry as 边界已更新), at most
 * eight and a count of the rest, then the details (`IP 地址：::1`, `文件：名录.csv`).
 *
 * @example
 * describeChanges(recordUpdate, 'zh', targets); // ['生产状态：在产 → 停产', …]
 */
export function describeChanges(entry: AuditEntry, lang: Language, vocabulary: AuditVocabulary): string[] {
  const m = auditMessages(lang);
  const sep = lang === 'zh' ? '：' : ': ';
  const lines: string[] = [];
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  const value = (key: string, v: unknown) => valueText(vocabulary, entry.entity, key, v, lang);
  if (before || after) {
    const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
    for (const key of keys) {
      const old = before?.[key];
      const next = after?.[key];
      if (JSON.stringify(old) === JSON.stringify(next)) continue;
      const label = keyText(vocabulary, entry.entity, key, lang);
      lines.push(
        GEOMETRY_KEY.test(key)
          ? `${label}${sep}${m.boundaryUpdated}`
          : `${label}${sep}${value(key, old)} → ${value(key, next)}`,
      );
    }
  } else if (entry.before != null || entry.after != null) {
    lines.push(`${value('', entry.before)} → ${value('', entry.after)}`);
  }
  const shown = lines.slice(0, MAX_CHANGES);
  if (lines.length > MAX_CHANGES) shown.push(m.more(lines.length - MAX_CHANGES));
  const detail = asRecord(entry.detail);
  if (detail) shown.push(...detailText(vocabulary, entry.entity, detail, lang).map((line) => truncate(line, 120)));
  else if (entry.detail != null) shown.push(value('', entry.detail));
  return shown;
}
