import { useState } from 'preact/hooks';
import { session } from '../../api/session.ts';
import type { ViewContext, ViewMount } from '../../app.ts';
import { componentView } from '../../components/mount-component.tsx';
import { emergencyMessages } from '../../i18n/emergency.ts';
import { useAppState } from '../../state/use-app-state.ts';
import { ListSection } from './list-section.tsx';
import { StaggerSection } from './stagger-section.tsx';
import { WarningsSection } from './warnings-section.tsx';
import { ViewTabs } from '../../components/view-tabs.tsx';

const tabs = ['warnings', 'list', 'stagger'] as const;
type Tab = (typeof tabs)[number];

/**
 * 应急 view (issue 15, heavy-pollution response): three tabs, 预警 (warnings issued and lifted, who is bound, the
 * mechanism, compliance, the report), 应急减排清单 (the list's versions) and 错峰生产 (the season's schedules).
 */
export function EmergencyView({ context }: { context: ViewContext }) {
  const { store } = context;
  const [lang, asOf] = useAppState(store, (s) => [s.lang, s.asOf] as const);
  const m = emergencyMessages(lang);
  const [tab, setTab] = useState<Tab>('warnings');
  const canEdit = session.can('emergency');
  const label: Record<Tab, string> = { warnings: m.tabWarnings, list: m.tabList, stagger: m.tabStagger };
  context.panel.dataset.ready = 'true';
  return (
    <div class="emergency-view" data-emergency-view="">
      <ViewTabs tabs={tabs} labels={label} active={tab} onSelect={setTab} />
      {tab === 'warnings' ? (
        <WarningsSection
          lang={lang}
          at={asOf}
          canEdit={canEdit}
          canSupervise={session.can('supervise')}
          onSelectEnterprise={(id) => store.update({ selected: { layer: 'enterprises', id } })}
        />
      ) : null}
      {tab === 'list' ? <ListSection lang={lang} canEdit={canEdit} at={asOf} /> : null}
      {tab === 'stagger' ? <StaggerSection lang={lang} canEdit={canEdit} at={asOf} /> : null}
    </div>
  );
}

/** The 应急 view behind the console's mount/dispose contract. */
export const mountEmergencyView: ViewMount = componentView(EmergencyView);
