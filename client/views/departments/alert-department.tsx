import { useState } from 'preact/hooks';
import type { Alert } from '../../../server/schema/alerts.ts';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { departmentsAlertsMessages } from '../../i18n/departments-alerts.ts';
import type { Language } from '../../state/app-state.ts';
import { departmentName, useDepartmentOptions } from './department-choices.ts';

/** The 转交部门 select's value for 「恢复为任务牵头单位」 (PUT … { departmentId: null }). */
const DEFAULT = '-default';

function RouteControl(props: { alert: Alert; lang: Language; onRouted(alert: Alert): void }) {
  const { alert, lang } = props;
  const m = departmentsAlertsMessages(lang);
  const options = useDepartmentOptions();
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const route = async (value: string) => {
    setChosen(value);
    if (!value) return;
    setBusy(true);
    const body = { departmentId: value === DEFAULT ? null : value };
    const result = await sendJson<Alert>('PUT', `/api/alerts/${alert.id}/department`, body);
    setBusy(false);
    setChosen('');
    setError(result.ok ? null : m.failed(failureText(lang, result.error)));
    if (result.ok) props.onRouted(result.value);
  };
  return (
    <>
      <select
        class="inline-input"
        data-input="department"
        aria-label={m.reroute}
        value={chosen}
        disabled={busy || !options?.length}
        onChange={(e) => void route(e.currentTarget.value)}
      >
        <option value="">{busy ? m.rerouting : m.reroute}</option>
        {alert.routed === 'explicit' && <option value={DEFAULT}>{m.backToDefault}</option>}
        {(options ?? [])
          .filter((d) => d.id !== alert.department?.id)
          .map((d) => (
            <option key={d.id} value={d.id}>
              {departmentName(d, lang)}
            </option>
          ))}
      </select>
      {error && (
        <span class="error inline-error" role="alert" data-action-error="department">
          {error}
        </span>
      )}
    </>
  );
}

/**
 * An alert's 「责任部门」: the department that owns it, marked routed (转交) or the task's lead unit by default; for
 * those who may act on it, 转交部门 (PUT /api/alerts/:id/department; 恢复 sends null). Nothing when the server did not
 * say.
 */
export function AlertDepartment(props: {
  alert: Alert;
  lang: Language;
  canRoute: boolean;
  onRouted?(alert: Alert): void;
}) {
  const { alert, lang } = props;
  const m = departmentsAlertsMessages(lang);
  if (alert.department === undefined) return null;
  const how = alert.routed === 'explicit' ? m.routed : alert.routed === 'default' ? m.byDefault : '';
  return (
    <span class="alert-department" data-alert-department={alert.department?.id ?? ''} data-routed={alert.routed ?? ''}>
      {m.responsible}：{alert.department ? departmentName(alert.department, lang) : m.none}
      {how}
      {props.canRoute && props.onRouted && <RouteControl alert={alert} lang={lang} onRouted={props.onRouted} />}
    </span>
  );
}

/**
 * 责任部门 filter of the 告警 view: every department, or one (the user's own offered first as 本部门); '' = all.
 */
export function DepartmentFilter(props: {
  lang: Language;
  value: string;
  own: string | null;
  onChange(value: string): void;
}) {
  const { lang, own } = props;
  const m = departmentsAlertsMessages(lang);
  const options = useDepartmentOptions();
  return (
    <label class="field" data-department-filter={props.value}>
      <span class="muted">{m.filter}</span>
      <select
        data-alert-department-filter=""
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        <option value="">{m.allDepartments}</option>
        {(options ?? []).map((d) => (
          <option key={d.id} value={d.id}>
            {d.id === own ? `${departmentName(d, lang)} · ${m.ownDepartment}` : departmentName(d, lang)}
          </option>
        ))}
      </select>
    </label>
  );
}
