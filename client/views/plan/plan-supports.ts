import { ruleTitles, type RuleId } from '../../../server/schema/enums/rule-id.ts';
import type { RequirementSupport } from '../../../server/schema/plan-requirements.ts';
import type { ConsoleData } from '../../api/load-data.ts';
import { message, type MessageKey } from '../../i18n/messages.ts';
import { planMessages } from '../../i18n/plan.ts';
import { allLayerIds, type AppState, type Language, type View } from '../../state/app-state.ts';

/** Where a support leads: a change of the console's state, a link to open, or nothing (it is only named). */
export type SupportAction =
  | { kind: 'state'; update: Partial<AppState> }
  | { kind: 'link'; href: string }
  | { kind: 'text'; note: string };

const viewKeys: Record<View, MessageKey> = {
  overview: 'viewOverview',
  layers: 'viewLayers',
  analysis: 'viewAnalysis',
  air: 'viewAir',
  alerts: 'viewAlerts',
  emergency: 'viewEmergency',
  dust: 'viewDust',
  enforcement: 'viewEnforcement',
  departments: 'viewDepartments',
  ledgers: 'viewLedgers',
  routes: 'viewRoutes',
  tasks: 'viewTasks',
  plan: 'viewPlan',
  data: 'viewData',
};
const isView = (id: string): id is View => Object.hasOwn(viewKeys, id);
const isLayer = (id: string): id is AppState['layers'][number] => (allLayerIds as readonly string[]).includes(id);
const isRule = (id: string): id is RuleId => Object.hasOwn(ruleTitles, id);

/**
 * A support's name in `lang`: the layer's, rule's, view's or target's own name, the control's or the report's;
 * an API route as its text.
 *
 * @example
 * supportName({ kind: 'view', id: 'air' }, 'zh', data); // '空气质量'
 */
export function supportName(support: RequirementSupport, lang: Language, data: ConsoleData): string {
  const m = planMessages(lang);
  const { id } = support;
  switch (support.kind) {
    case 'layer': {
      const layer = data.catalogue.layers.find((l) => l.id === id);
      return layer ? (lang === 'zh' ? layer.nameZh : layer.nameEn) : id;
    }
    case 'rule':
      return isRule(id) ? ruleTitles[id][lang] : id;
    case 'view':
      return isView(id) ? message(lang, viewKeys[id]) : id;
    case 'target': {
      const target = data.plan.targets.find((t) => t.id === id);
      return target ? (lang === 'zh' ? target.nameZh : target.nameEn) : id;
    }
    case 'indicator':
      return m.cityIndicators;
    case 'control':
      return m.controlLabel(id);
    case 'report':
      return id === 'monthly' ? m.monthlyReport : id;
    case 'api':
      return id;
  }
}

/**
 * Where clicking a support leads (issue 13): a layer → 图层 with that layer shown; a rule → 告警 narrowed to that
 * rule's alerts (`alertRule`, the URL's `ar=`); a view → that view; a target, the city-assigned indicators or a
 * control → 总览 (targets, indicators and the controls in force); the monthly report → the report of the as-of
 * month, opened beside the console; an API route → nothing (its text is shown).
 */
export function supportAction(support: RequirementSupport, state: AppState, defaultAsOf: string): SupportAction {
  const m = planMessages(state.lang);
  const { id } = support;
  switch (support.kind) {
    case 'layer': {
      if (!isLayer(id)) return { kind: 'state', update: { view: 'layers' } };
      const layers = state.layers.includes(id)
        ? state.layers
        : [...state.layers, id].sort((a, b) => allLayerIds.indexOf(a) - allLayerIds.indexOf(b));
      return { kind: 'state', update: { view: 'layers', layers } };
    }
    case 'rule':
      return { kind: 'state', update: isRule(id) ? { view: 'alerts', alertRule: id } : { view: 'alerts' } };
    case 'view':
      if (id === 'plan') return { kind: 'text', note: m.thisView };
      return isView(id) ? { kind: 'state', update: { view: id } } : { kind: 'text', note: id };
    case 'target':
    case 'indicator':
    case 'control':
      return { kind: 'state', update: { view: 'overview' } };
    case 'report': {
      const month = (state.asOf ?? defaultAsOf).slice(0, 7);
      const report = /^[a-z-]+$/.test(id) ? id : 'monthly';
      return { kind: 'link', href: `/api/reports/${report}?month=${month}&lang=${state.lang}` };
    }
    case 'api':
      return { kind: 'text', note: m.apiNote };
  }
}
