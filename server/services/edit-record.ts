import { recordAudit, type Actor } from '../db/audit-log.ts';
import { storedTownships } from '../db/import/plan-import.ts';
import type { Db } from '../db/open-database.ts';
import { putMachinePosition, readRecord, updateRecord } from '../db/records-repository.ts';
import type { ImportTarget } from '../import/import-targets.ts';
import { mapRecord, type ColumnValue } from '../import/map-record.ts';
import type { ImportPropertyValue } from '../import/parsed-import.ts';
import { err, ok, type Result } from '../result.ts';
import type { Localized } from '../schema/localized.ts';
import type { RecordPatch } from '../schema/records.ts';
import { createPolygonLocator } from '../spatial/polygon-locator.ts';
import { toCstMinute } from '../time/cst.ts';

/** The record before and after the edit, or why nothing changed (`not-found`: no such record; `invalid`: the patch). */
export type EditOutcome = Result<
  { before: Record<string, unknown>; after: Record<string, unknown> },
  { code: 'not-found' | 'invalid'; message: string; text?: Localized }
>;

/**
 * Changes one record of `target` by its official code, with the fields read and checked exactly
 * as an import reads them; `lon`/`lat` move a point record (and its township follows). The
 * record's source notes the edit; the audit log keeps before and after. One transaction.
 *
 * @param now the moment of the edit (the app's injected clock): the source note's date, the
 *   machine position's minute and the audit entry's time
 */
export function editRecord(
  db: Db,
  target: ImportTarget,
  key: string,
  patch: RecordPatch,
  actor: Actor,
  now: Date,
): EditOutcome {
  const before = readRecord(db, target, key);
  if (!before)
    return err({
      code: 'not-found',
      message: `no ${target.label.en.toLowerCase()} record ${key}`,
      text: {
        zh: `${target.label.zh}中没有编号为 ${key} 的记录`,
        en: `no ${target.label.en.toLowerCase()} record ${key}`,
      },
    });
  const { lon, lat, ...fields } = patch;
  const known = new Set(target.fields.flatMap((f) => f.names.map((n) => n.toLowerCase())));
  const unknown = Object.keys(fields).filter((name) => !known.has(name.trim().toLowerCase()));
  if (unknown.length)
    return err({
      code: 'invalid',
      message:
        `unknown field ${unknown.map((u) => `'${u}'`).join(', ')}; ` +
        `fields are ${target.fields.map((f) => f.names[0]).join(', ')}`,
    });
  const keyField = target.fields.find((f) => f.column === target.key);
  const keyName = keyField?.names[0];
  if (
    keyField &&
    Object.keys(fields).some((name) => keyField.names.some((n) => n.toLowerCase() === name.toLowerCase()))
  ) {
    return err({
      code: 'invalid',
      message: `the official code (${keyName}) cannot be changed; import the record under its new code instead`,
    });
  }
  const properties: Record<string, ImportPropertyValue> = { ...fields, [keyField?.names[0] ?? target.key]: key };
  const { record, problems } = mapRecord(
    target,
    { row: 1, properties, geometry: { type: 'Point', coordinates: [0, 0] } },
    () => true,
  );
  const errors = problems.filter((p) => p.severity === 'error');
  if (!record || errors.length) {
    const en = errors.map((p) => `${p.field}: ${p.problem}`).join('; ');
    const zh = errors.map((p) => `${p.fieldLabel?.zh ?? p.field}：${p.text?.zh ?? p.problem}`).join('；');
    return err({ code: 'invalid', message: en, text: { zh, en } });
  }
  const columns: Record<string, ColumnValue> = { ...record.columns };
  delete columns[target.key];

  let position: { lon: number; lat: number; township: string } | null = null;
  if (lon !== undefined || lat !== undefined) {
    if (target.geometry !== 'point')
      return err({
        code: 'invalid',
        message: 'lon/lat: only point records move; import a new shape for a zone or boundary',
      });
    if (typeof lon !== 'number' || typeof lat !== 'number')
      return err({ code: 'invalid', message: 'lon/lat: give both, as WGS84 degrees' });
    const township = createPolygonLocator(storedTownships(db))(lon, lat);
    if (!township) {
      const en = `lon/lat: ${lon}, ${lat} lies outside every township of Xinfu District`;
      return err({
        code: 'invalid',
        message: en,
        text: { zh: `经纬度 ${lon}, ${lat} 不在忻府区任何乡镇（街道）内`, en },
      });
    }
    position = { lon, lat, township };
    if (target.id !== 'machines')
      Object.assign(columns, { lon, lat }, target.id === 'villages' ? {} : { township_code: township });
  }
  if (Object.keys(columns).length === 0 && !position)
    return err({ code: 'invalid', message: 'nothing to change', text: { zh: '没有修改', en: 'nothing to change' } });
  const note = `；${actor.username} 于 ${toCstMinute(now).slice(0, 10)} 编辑`;
  if ('source' in before) columns.source = `${String(before.source)}${note}`.slice(-500);

  return db.transaction((): EditOutcome => {
    updateRecord(db, target, key, columns);
    if (position && target.id === 'machines') putMachinePosition(db, key, toCstMinute(now), position);
    const after = readRecord(db, target, key) as Record<string, unknown>;
    recordAudit(
      db,
      actor,
      {
        action: 'record.update',
        entity: target.id,
        entityId: key,
        before,
        after,
        detail: position && target.id === 'machines' ? { position } : undefined,
      },
      now.toISOString(),
    );
    return ok({ before, after });
  })();
}
