import { showOnMap } from '../../map/show-on-map.ts';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { LayerId } from '../../../server/schema/layer-catalogue.ts';
import type { Alert, ListedAlert } from '../../../server/schema/alerts.ts';
import { DISTRICT_ENTITY } from '../../../server/schema/enums/rule-id.ts';
import type { Severity } from '../../../server/schema/enums/severity.ts';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { session } from '../../api/session.ts';
import type { ViewContext } from '../../app.ts';
import { useRequirementQuotes } from '../../components/basis-note.tsx';
import { componentView } from '../../components/mount-component.tsx';
import { alertsMessages } from '../../i18n/alerts.ts';
import { useAppState } from '../../state/use-app-state.ts';
import type { SendAlertAction } from './alert-actions.tsx';
import { AlertLevelSelect, RuleChip, SeverityChips } from './alert-filters.tsx';
import { AlertGroup, taskUnits } from './alert-group.tsx';
import type { RowContext } from './alert-row.tsx';
import { groupByRule, summarizeAlerts } from './alert-summary.ts';
import { AlertsHeader } from './alerts-header.tsx';
import { PlanRouteButton, sitesToPlan } from './plan-route-button.tsx';
import { TownshipFilter } from './township-filter.tsx';
import { DepartmentFilter } from '../departments/alert-department.tsx';
import { ownDepartmentId } from '../departments/own-department.ts';
import { createAssigneeCache } from './use-assignees.ts';
import { useAlerts } from './use-alerts.ts';
import { useKeepPlace } from './use-keep-place.ts';

const allSeverities: readonly Severity[] = ['violation', 'overdue', 'warning', 'control'];

/**
 * 告警 view: the alerts in force at the console's as-of (GET /api/alerts: every plan-rule hit becomes an alert that
 * persists), grouped by rule with task number, lead units and severity, filtered by township (several; the URL's
 * `t=`) and severity; the controls in force and the heavy-pollution alert level (the URL's `al=`) at the top.
 * Each alert runs the loop: 指派 (to an inspector account of its township) → 办结 (a note, an optional photo) →
 * 核验 or 退回, each step recorded with who and when (CST). Rows the ledger does not hold are a read-only 预览.
 *
 * The list is live: refetched every 15 s, on the tab becoming visible, after each action and on a change of as-of
 * or level, and patched in place (keyed by rule and alert), so typed text, focus, open sections and the scroll
 * position stay.
 */
export function AlertsView({ context }: { context: ViewContext }) {
  const { store, data, map, panel } = context;
  const [lang, asOf, townships, alertLevel, alertRule] = useAppState(
    store,
    (s) => [s.lang, s.asOf, s.townships, s.alertLevel, s.alertRule] as const,
  );
  const m = alertsMessages(lang);
  const [severities, setSeverities] = useState<Severity[]>([...allSeverities]);
  /** 责任部门 filter (issue 17): a department id, '' = every department. */
  const [department, setDepartment] = useState('');
  const keepPlace = useKeepPlace(panel);
  // another language, filter or level re-renders the list: note the user's place first (renders come later)
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (
          state.lang !== previous.lang ||
          state.townships !== previous.townships ||
          state.alertRule !== previous.alertRule ||
          state.asOf !== previous.asOf ||
          state.alertLevel !== previous.alertLevel
        )
          keepPlace();
      }),
    [store, keepPlace],
  );
  const { loaded, failure, reload, patch } = useAlerts(asOf, alertLevel, keepPlace);
  const assignees = useMemo(createAssigneeCache, []);
  const quoteOf = useRequirementQuotes();

  useEffect(() => {
    if (loaded) panel.dataset.ready = 'true';
  }, [loaded, panel]);

  const townshipList = useMemo(
    () =>
      (data().layers.townships ?? []).map((f) => ({
        code: String(f.properties.code),
        name: String(lang === 'zh' ? f.properties.name : (f.properties.nameEn ?? f.properties.name)),
      })),
    [data, lang],
  );
  const townshipNames = useMemo(() => new Map(townshipList.map((t) => [t.code, t.name])), [townshipList]);
  // a district-level alert (the district dustfall) has the district itself as entity and township
  const placeName = (code: string) => (code === DISTRICT_ENTITY ? m.wholeDistrict : (townshipNames.get(code) ?? code));
  const entityName = (layer: string, id: string) => {
    const f = data().layers[layer as LayerId]?.find((x) => String(x.id) === id);
    return f ? String(f.properties.name ?? id) : placeName(id);
  };

  const send: SendAlertAction = async (id, request) => {
    const result = await sendJson<Alert>('POST', `/api/alerts/${id}/${request.action}`, request.body);
    if (!result.ok) return result.error;
    patch(result.value);
    reload();
    return null;
  };
  const showEntity = (hit: ListedAlert) => {
    const layer = hit.layer as LayerId;
    const geometry = data().layers[layer]?.find((f) => String(f.id) === hit.entityId)?.geometry;
    // the district itself is no feature to select: its townships are shown instead
    showOnMap(
      store,
      map,
      layer,
      hit.entityId === DISTRICT_ENTITY ? null : hit.entityId,
      geometry?.type === 'Point' ? (geometry.coordinates as [number, number]) : null,
    );
  };

  if (!loaded) {
    if (!failure) return <p class="loading">{m.loading}</p>;
    return (
      <>
        <p class="error">{m.loadFailed(failureText(lang, failure))}</p>
        <button type="button" onClick={reload}>
          {m.retry}
        </button>
      </>
    );
  }

  const { response } = loaded;
  // the rule filter (a 计划 rule jump) narrows the list before the counts, as the township filter does
  const ofRule = (alertRule ? response.alerts.filter((a) => a.rule === alertRule) : response.alerts).filter(
    (a) => !department || a.department?.id === department,
  );
  const summary = summarizeAlerts(ofRule, severities, townships);
  const previews = summary.shown.filter((a) => a.provisional).length;
  const tasks = new Map(data().plan.tasks.map((t) => [t.number, t]));
  const rowContext: RowContext = {
    lang,
    entityName,
    townshipName: placeName,
    showEntity,
    assignees,
    send,
    onRouted: (alert) => {
      patch(alert);
      reload();
    },
    quoteOf,
    openPlan: (id) => store.update({ view: 'plan', planReq: id }),
    openCase: (caseId) => store.update({ view: 'enforcement', caseId }),
  };
  const own = session.user?.role === 'inspector' ? session.user.townships : [];

  return (
    <>
      <AlertsHeader lang={lang} at={response.at} controls={loaded.controls} loadedAt={loaded.loadedAt} />
      <AlertLevelSelect
        lang={lang}
        level={alertLevel}
        onChange={(level) => store.update({ alertLevel: level })}
        triggersBasis={loaded.controls.heavyPollution?.basis.triggers}
      />
      {failure && (
        <p class="error" data-refresh-error="">
          {m.loadFailed(failureText(lang, failure))}
        </p>
      )}
      {previews > 0 && (
        <p class="muted" data-preview-note={String(previews)}>
          {m.previewNote(previews, response.ledgerAt)}
        </p>
      )}
      <TownshipFilter
        lang={lang}
        townships={townshipList}
        chosen={townships}
        own={own}
        onChange={(codes) => store.update({ townships: codes })}
      />
      <DepartmentFilter
        lang={lang}
        value={department}
        own={ownDepartmentId()}
        onChange={(value) => {
          keepPlace();
          setDepartment(value);
        }}
      />
      {alertRule && <RuleChip lang={lang} rule={alertRule} onClear={() => store.update({ alertRule: null })} />}
      <SeverityChips
        lang={lang}
        all={allSeverities}
        shown={severities}
        counts={summary.bySeverity}
        onChange={(shown) => {
          keepPlace();
          setSeverities(shown);
        }}
      />
      <PlanRouteButton
        lang={lang}
        sites={sitesToPlan(summary.shown, entityName)}
        onPlan={() => store.update({ view: 'routes' })}
      />
      <p class="muted" data-township-counts="">
        {m.byTownship}
        {summary.byTownship.length
          ? summary.byTownship
              .slice(0, 8)
              .map(([code, n]) => `${placeName(code)} ${n}`)
              .join(' · ')
          : m.noneListed}
      </p>
      <p class="muted" data-alert-total={String(summary.shown.length)}>
        {m.total(summary.shown.length, townships.length > 0)}
      </p>
      {[...groupByRule(summary.shown).entries()].map(([rule, hits]) => {
        const task = hits[0] ? tasks.get(hits[0].task) : undefined;
        const { leadUnits, responsible } = taskUnits(task);
        return (
          <AlertGroup
            key={rule}
            rule={rule}
            hits={hits}
            leadUnits={leadUnits}
            responsible={responsible}
            context={rowContext}
          />
        );
      })}
    </>
  );
}

/** Mounts the 告警 view into the console's panel (see componentView). */
export const mountAlertsView = componentView(AlertsView);
