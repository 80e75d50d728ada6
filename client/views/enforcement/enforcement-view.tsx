import { useState } from 'preact/hooks';
import type { ViewContext, ViewMount } from '../../app.ts';
import { componentView } from '../../components/mount-component.tsx';
import { enforcementMessages } from '../../i18n/enforcement.ts';
import { useAppState } from '../../state/use-app-state.ts';
import { CasesSection } from './cases-section.tsx';
import { ReportsSection } from './reports-section.tsx';
import { VisitsSection } from './visits-section.tsx';
import { FuelSection } from './fuel-section.tsx';
import { ViewTabs } from '../../components/view-tabs.tsx';

const tabs = ['cases', 'reports', 'visits', 'fuel'] as const;
type Tab = (typeof tabs)[number];

/** What every section of the view gets. */
export interface EnforcementSectionProps {
  context: ViewContext;
  lang: 'zh' | 'en';
  /** The console's as-of, CST `YYYY-MM-DDTHH:mm`; null: the latest data. */
  asOf: string | null;
}

/**
 * 执法 view (issue 17; S6, S8, S10, S11, task 17): 执法案件 (cases from an alert, an inspection, a public report or a
 * fuel sample, through 立案 … 结案 with their documents), 群众举报 (the public reports to handle), 帮扶走访 (assistance
 * visits, the enterprise's requests and the follow-up) and 油品抽检 (fuel-quality samples and their traces).
 */
export function EnforcementView({ context }: { context: ViewContext }) {
  const [lang, asOf] = useAppState(context.store, (s) => [s.lang, s.asOf] as const);
  const m = enforcementMessages(lang);
  const [tab, setTab] = useState<Tab>('cases');
  const label: Record<Tab, string> = {
    cases: m.tabCases,
    reports: m.tabReports,
    visits: m.tabVisits,
    fuel: m.tabFuel,
  };
  context.panel.dataset.ready = 'true';
  const props: EnforcementSectionProps = { context, lang, asOf };
  return (
    <div class="enforcement-view" data-enforcement-view="">
      <ViewTabs tabs={tabs} labels={label} active={tab} onSelect={setTab} />
      {tab === 'cases' ? <CasesSection {...props} /> : null}
      {tab === 'reports' ? <ReportsSection {...props} /> : null}
      {tab === 'visits' ? <VisitsSection {...props} /> : null}
      {tab === 'fuel' ? <FuelSection {...props} /> : null}
    </div>
  );
}

/** The 执法 view behind the console's mount/dispose contract. */
export const mountEnforcementView: ViewMount = componentView(EnforcementView);
