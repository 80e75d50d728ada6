/**
 * A view's tab bar (`role="tablist"`): one button a tab, the active one marked `aria-selected` and `.active`, each
 * with `data-tab` for tests and styles.
 *
 * @example
 * const labels = { cases: '执法案件', reports: '群众举报' };
 * <ViewTabs tabs={['cases', 'reports']} labels={labels} active={tab} onSelect={setTab} />
 */
export function ViewTabs<T extends string>({
  tabs,
  labels,
  active,
  onSelect,
}: {
  tabs: readonly T[];
  labels: Readonly<Record<T, string>>;
  active: T;
  onSelect: (tab: T) => void;
}) {
  return (
    <div class="tabs" role="tablist">
      {tabs.map((t) => (
        <button
          key={t}
          type="button"
          role="tab"
          aria-selected={t === active}
          class={t === active ? 'tab active' : 'tab'}
          data-tab={t}
          onClick={() => onSelect(t)}
        >
          {labels[t]}
        </button>
      ))}
    </div>
  );
}
