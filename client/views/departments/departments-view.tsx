import { useState } from 'preact/hooks';
import type { ViewContext, ViewMount } from '../../app.ts';
import { componentView } from '../../components/mount-component.tsx';
import { departmentsMessages } from '../../i18n/departments.ts';
import { useAppState } from '../../state/use-app-state.ts';
import { OwnersSection } from './owners-section.tsx';
import { LeadersSection } from './leaders-section.tsx';
import { PlansSection } from './plans-section.tsx';
import { FundsSection } from './funds-section.tsx';
import { ViewTabs } from '../../components/view-tabs.tsx';

const tabs = ['owners', 'leaders', 'plans', 'funds'] as const;
type Tab = (typeof tabs)[number];

/** What every section of the view gets. */
export interface DepartmentsSectionProps {
  context: ViewContext;
  lang: 'zh' | 'en';
  /** The console's as-of, CST `YYYY-MM-DDTHH:mm`; null: the latest data. */
  asOf: string | null;
}

/**
 * 部门 view (issue 17; S1, S2, S3, S5, S9): what each department owns (tasks, open alerts and cases, overdue items,
 * plan progress, funds), each township's first responsible persons (第一责任人), the departments' annual plan items
 * and the special funds.
 */
export function DepartmentsView({ context }: { context: ViewContext }) {
  const [lang, asOf] = useAppState(context.store, (s) => [s.lang, s.asOf] as const);
  const m = departmentsMessages(lang);
  const [tab, setTab] = useState<Tab>('owners');
  const label: Record<Tab, string> = {
    owners: m.tabOwners,
    leaders: m.tabLeaders,
    plans: m.tabPlans,
    funds: m.tabFunds,
  };
  context.panel.dataset.ready = 'true';
  const props: DepartmentsSectionProps = { context, lang, asOf };
  return (
    <div class="departments-view" data-departments-view="">
      <ViewTabs tabs={tabs} labels={label} active={tab} onSelect={setTab} />
      {tab === 'owners' ? <OwnersSection {...props} /> : null}
      {tab === 'leaders' ? <LeadersSection {...props} /> : null}
      {tab === 'plans' ? <PlansSection {...props} /> : null}
      {tab === 'funds' ? <FundsSection {...props} /> : null}
    </div>
  );
}

/** The 部门 view behind the console's mount/dispose contract. */
export const mountDepartmentsView: ViewMount = componentView(DepartmentsView);
