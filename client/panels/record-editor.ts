import type { ImportTargetInfo, ImportTargetsResponse } from '../../server/schema/imports.ts';
import type { RecordEdit } from '../../server/schema/records.ts';
import { fetchJson } from '../api/fetch-json.ts';
import { sendJson } from '../api/send-json.ts';
import { T } from '../i18n/messages.ts';
import type { LayerFeature } from '../layers/feature-filter.ts';
import type { Language } from '../state/app-state.ts';
import { h } from './dom.ts';

type Field = ImportTargetInfo['fields'][number];

let targets: Promise<ImportTargetInfo[] | null> | null = null;
/** The editable layers and their fields (GET /api/imports/targets), loaded once. */
function loadTargets(): Promise<ImportTargetInfo[] | null> {
  targets ??= fetchJson<ImportTargetsResponse>('/api/imports/targets').then((r) => (r.ok ? r.value.targets : null));
  return targets;
}

/** The feature's current value of a field: its property under any of the field's names. */
function currentValue(field: Field, properties: Record<string, unknown>): unknown {
  const name = field.names.find((n) => n in properties);
  return name === undefined ? undefined : properties[name];
}

function input(field: Field, value: unknown, lang: Language): HTMLInputElement | HTMLSelectElement {
  const data = { 'data-edit-field': field.names[0] ?? field.column };
  if (field.kind === 'enum' && field.values) {
    const select = h(
      'select',
      data,
      ...field.values.map((v) =>
        h(
          'option',
          { value: v, selected: v === value },
          field.labels?.[v] ? `${T(lang, field.labels[v]?.zh ?? v, field.labels[v]?.en ?? v)}` : v,
        ),
      ),
    );
    return select;
  }
  if (field.kind === 'boolean') return h('input', { ...data, type: 'checkbox', checked: value === true });
  const text = Array.isArray(value) ? value.join(',') : value === null || value === undefined ? '' : String(value);
  return h('input', {
    ...data,
    type: field.kind === 'number' ? 'number' : field.kind === 'date' ? 'date' : 'text',
    value: text,
    step: field.kind === 'number' ? 'any' : undefined,
  });
}

/**
 * The admin's 编辑 form in the details drawer: the record's fields as the import reads them
 * (only changed ones are sent), PATCH /api/records/:layer/:key, the server's message when it
 * refuses; `onSaved` reloads the layers.
 */
export function renderRecordEditor(
  container: HTMLElement,
  layer: string,
  feature: LayerFeature,
  lang: Language,
  onSaved: () => Promise<void>,
): void {
  const open = h('button', { type: 'button', class: 'tool', 'data-edit-open': '' }, T(lang, '编辑', 'Edit'));
  container.replaceChildren(open);
  open.addEventListener('click', () => {
    void loadTargets().then((list) => {
      const target = list?.find((t) => t.id === layer);
      if (!target) {
        container.replaceChildren(
          h('p', { class: 'error' }, T(lang, '无法加载可编辑字段', 'Could not load the editable fields')),
        );
        return;
      }
      const properties = feature.properties as Record<string, unknown>;
      const editable = target.fields.filter((f) => f.column !== target.key);
      const inputs = editable.map((field) => ({ field, element: input(field, currentValue(field, properties), lang) }));
      const message = h('p', { class: 'error', role: 'alert', 'data-edit-message': '' });
      const save = h(
        'button',
        { type: 'submit', class: 'tool primary-tool', 'data-edit-save': '' },
        T(lang, '保存', 'Save'),
      );
      const form = h(
        'form',
        { class: 'record-editor', 'data-edit-form': '' },
        ...inputs.map(({ field, element }) =>
          h(
            'label',
            { class: 'field' },
            h(
              'span',
              { class: 'muted' },
              field.names.find((n) => /[\u4e00-\u9fff]/.test(n)) ?? field.names[0] ?? field.column,
            ),
            element,
          ),
        ),
        h(
          'p',
          { class: 'muted' },
          T(
            lang,
            '位置请在地图外以经纬度修改，或重新导入；编辑记入审计日志。',
            'Positions change by lon/lat through the API or by import; edits are recorded in the audit log.',
          ),
        ),
        save,
        message,
      );
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const changes: Record<string, string | number | boolean> = {};
        for (const { field, element } of inputs) {
          const name = field.names[0] ?? field.column;
          const old = currentValue(field, properties);
          if (element instanceof HTMLInputElement && element.type === 'checkbox') {
            if (element.checked !== (old === true)) changes[name] = element.checked;
          } else if (
            element.value !==
            (Array.isArray(old) ? old.join(',') : old === null || old === undefined ? '' : String(old))
          ) {
            changes[name] = element.value;
          }
        }
        if (Object.keys(changes).length === 0) {
          message.textContent = T(lang, '没有修改', 'Nothing changed');
          return;
        }
        save.disabled = true;
        void sendJson<RecordEdit>(
          'PATCH',
          `/api/records/${layer}/${encodeURIComponent(String(feature.id))}`,
          changes,
        ).then((result) => {
          save.disabled = false;
          if (result.ok) return onSaved();
          message.textContent = result.error.message;
        });
      });
      container.replaceChildren(form);
    });
  });
}
