import type { Requirement } from '../../../server/schema/plan-requirements.ts';
import type { ConsoleData } from '../../api/load-data.ts';
import { planMessages } from '../../i18n/plan.ts';
import type { AppState, Language } from '../../state/app-state.ts';
import type { Store } from '../../state/store.ts';
import { statusMarks } from './plan-marks.ts';
import { supportAction, supportName } from './plan-supports.ts';

/**
 * The card of a selected requirement: its id, kind, the plan's word of strength, its units (牵头 / 配合 / 责任),
 * its coverage status, what is missing, and what supervises it, each a button that jumps there (a report opens
 * beside the console; an API route is only named).
 */
export function RequirementCard(props: {
  requirement: Requirement;
  lang: Language;
  /** The as-of moment (the report opens on its month). */
  asOf: string | null;
  store: Store<AppState>;
  data: ConsoleData;
  onClose: () => void;
}) {
  const { requirement: r, lang, store, data } = props;
  const m = planMessages(lang);
  // a jump reads the state of the moment of the click (the layers shown may have changed since this render)
  const jump = (support: Requirement['supports'][number]) => {
    const action = supportAction(support, store.get(), data.meta.defaultAsOf);
    if (action.kind === 'state') store.update(action.update);
  };
  const units = (label: string, list: string[], key: string) => (
    <>
      <dt>{label}</dt>
      <dd data-units={key}>{list.length ? list.join(m.listSeparator) : m.noUnits}</dd>
    </>
  );
  return (
    <section
      class={`plan-card plan-card-${r.status}`}
      data-plan-card={r.id}
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
      aria-label={m.card(r.id)}
    >
      <header class="plan-card-head">
        <strong class="plan-card-id">{m.card(r.id)}</strong>
        <span class={`plan-status plan-status-${r.status}`} data-card-status={r.status}>
          <span aria-hidden="true">{statusMarks[r.status]}</span> {m.statusLabel(r.status)}
        </span>
        <button type="button" class="link-button plan-card-close" data-plan-close="" onClick={props.onClose}>
          {m.close}
        </button>
      </header>
      <dl class="plan-card-facts">
        <dt>{m.kind}</dt>
        <dd data-kind={r.kind}>{m.kindLabel(r.kind)}</dd>
        <dt>{m.strength}</dt>
        <dd data-strength="" lang="zh-CN">
          {r.strength ?? m.noStrength}
        </dd>
        {units(m.leadUnits, r.units.lead, 'lead')}
        {r.units.cooperating.length ? units(m.cooperatingUnits, r.units.cooperating, 'cooperating') : null}
        {r.units.responsible.length ? units(m.responsibleUnits, r.units.responsible, 'responsible') : null}
      </dl>
      {r.gap ? (
        <p class="plan-gap" data-gap="">
          <strong>{m.gap}</strong>
          {lang === 'zh' ? '：' : ': '}
          {r.gap[lang]}
        </p>
      ) : null}
      <h4 class="plan-card-sub">{m.supports}</h4>
      {r.supports.length ? (
        <ul class="plan-supports">
          {r.supports.map((support) => {
            const key = `${support.kind}:${support.id}`;
            const label = `${m.supportKind(support.kind)} · ${supportName(support, lang, data)}`;
            const action = supportAction(support, { ...store.get(), lang, asOf: props.asOf }, data.meta.defaultAsOf);
            return (
              <li key={key}>
                {action.kind === 'state' ? (
                  <button type="button" class="tool plan-support" data-support={key} onClick={() => jump(support)}>
                    {label}
                  </button>
                ) : action.kind === 'link' ? (
                  <a class="tool plan-support" data-support={key} href={action.href} target="_blank" rel="noopener">
                    {label}
                  </a>
                ) : (
                  <span class="plan-support-text" data-support={key}>
                    {support.kind === 'api' ? (
                      <>
                        {m.supportKind(support.kind)} · <code>{support.id}</code>
                      </>
                    ) : (
                      label
                    )}
                    <span class="muted">{m.inBrackets(action.note)}</span>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted" data-no-supports="">
          {m.noSupports}
        </p>
      )}
    </section>
  );
}
