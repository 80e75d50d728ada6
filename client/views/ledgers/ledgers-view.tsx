import { useState } from 'preact/hooks';
import type { ViewContext, ViewMount } from '../../app.ts';
import { componentView } from '../../components/mount-component.tsx';
import { ledgersMessages } from '../../i18n/ledgers.ts';
import { useAppState } from '../../state/use-app-state.ts';
import { EnergySection } from './energy-section.tsx';
import { ProjectsSection } from './projects-section.tsx';
import { CarbonSection } from './carbon-section.tsx';
import { MaterialsSection } from './materials-section.tsx';
import { ViewTabs } from '../../components/view-tabs.tsx';

const tabs = ['energy', 'projects', 'carbon', 'materials'] as const;
type Tab = (typeof tabs)[number];

/** What every section of the view gets. */
export interface LedgersSectionProps {
  context: ViewContext;
  lang: 'zh' | 'en';
  /** The console's as-of, CST `YYYY-MM-DDTHH:mm`; null: the latest data. */
  asOf: string | null;
}

/**
 * 台账 view (issue 17; tasks 1, 6, 8, 13): 能源煤炭 (the energy ledger, the district's coal total and non-fossil
 * share, coal-consuming projects with their substitution, the 两高 register, coal-fired furnaces) and VOCs原辅材料
 * (activated-carbon replacements and spent-carbon transfers, low-VOC material use).
 */
export function LedgersView({ context }: { context: ViewContext }) {
  const [lang, asOf] = useAppState(context.store, (s) => [s.lang, s.asOf] as const);
  const m = ledgersMessages(lang);
  const [tab, setTab] = useState<Tab>('energy');
  const label: Record<Tab, string> = {
    energy: m.tabEnergy,
    projects: m.tabProjects,
    carbon: m.tabCarbon,
    materials: m.tabMaterials,
  };
  context.panel.dataset.ready = 'true';
  const props: LedgersSectionProps = { context, lang, asOf };
  return (
    <div class="ledgers-view" data-ledgers-view="">
      <ViewTabs tabs={tabs} labels={label} active={tab} onSelect={setTab} />
      {tab === 'energy' ? <EnergySection {...props} /> : null}
      {tab === 'projects' ? <ProjectsSection {...props} /> : null}
      {tab === 'carbon' ? <CarbonSection {...props} /> : null}
      {tab === 'materials' ? <MaterialsSection {...props} /> : null}
    </div>
  );
}

/** The 台账 view behind the console's mount/dispose contract. */
export const mountLedgersView: ViewMount = componentView(LedgersView);
