import { useState } from 'preact/hooks';
import type { ViewContext, ViewMount } from '../../app.ts';
import { componentView } from '../../components/mount-component.tsx';
import { dustMessages } from '../../i18n/dust.ts';
import { useAppState } from '../../state/use-app-state.ts';
import { BuiltUpSummaryPanel } from './built-up-summary.tsx';
import { ChecksSection } from './checks-section.tsx';
import { MuckSection } from './muck-section.tsx';
import { RoadsSection } from './roads-section.tsx';
import { StockyardsSection } from './stockyards-section.tsx';
import { VehiclesSection } from './vehicles-section.tsx';
import { ViewTabs } from '../../components/view-tabs.tsx';

const tabs = ['vehicles', 'checks', 'muck', 'roads', 'stockyards'] as const;
type Tab = (typeof tabs)[number];

/** What every section of the view gets. */
export interface DustSectionProps {
  context: ViewContext;
  lang: 'zh' | 'en';
  /** The console's as-of, CST `YYYY-MM-DDTHH:mm`; null: the latest data. */
  asOf: string | null;
}

/**
 * 车辆扬尘 view (issue 16; tasks 9, 10, 11, 12, 16): 机动车 (the register and the phase-out against the plan),
 * 路检路查 (roadside and OBD checks, repair shops), 渣土车 (permits, tracks, violations), 道路保洁 (sweeping against
 * the schedule, road-dust loads) and 堆场 (stockyards, their controls, the dustfall points around them).
 */
export function DustView({ context }: { context: ViewContext }) {
  const [lang, asOf] = useAppState(context.store, (s) => [s.lang, s.asOf] as const);
  const m = dustMessages(lang);
  const [tab, setTab] = useState<Tab>('vehicles');
  const label: Record<Tab, string> = {
    vehicles: m.tabVehicles,
    checks: m.tabChecks,
    muck: m.tabMuck,
    roads: m.tabRoads,
    stockyards: m.tabStockyards,
  };
  context.panel.dataset.ready = 'true';
  const props: DustSectionProps = { context, lang, asOf };
  return (
    <div class="dust-view" data-dust-view="">
      <BuiltUpSummaryPanel lang={lang} asOf={asOf} />
      <ViewTabs tabs={tabs} labels={label} active={tab} onSelect={setTab} />
      {tab === 'vehicles' ? <VehiclesSection {...props} /> : null}
      {tab === 'checks' ? <ChecksSection {...props} /> : null}
      {tab === 'muck' ? <MuckSection {...props} /> : null}
      {tab === 'roads' ? <RoadsSection {...props} /> : null}
      {tab === 'stockyards' ? <StockyardsSection {...props} /> : null}
    </div>
  );
}

/** The 车辆扬尘 view behind the console's mount/dispose contract. */
export const mountDustView: ViewMount = componentView(DustView);
