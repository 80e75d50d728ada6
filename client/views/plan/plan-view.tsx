import type { ComponentChild } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type {
  DocumentParagraph,
  PlanDocumentResponse,
  Requirement,
  RequirementsResponse,
} from '../../../server/schema/plan-requirements.ts';
import type { ApiFailure } from '../../api/api-result.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import type { ViewContext, ViewMount } from '../../app.ts';
import { componentView } from '../../components/mount-component.tsx';
import { planMessages } from '../../i18n/plan.ts';
import { type AppState, type Language, type PlanTaskFilter, planStatuses } from '../../state/app-state.ts';
import { useAppState } from '../../state/use-app-state.ts';
import { allUnits, countByStatus, matchesFilters, matchesScope, type PlanFilters, taskChoices } from './plan-filter.ts';
import { statusMarks } from './plan-marks.ts';
import { RequirementCard } from './requirement-card.tsx';

type Loaded =
  | { ok: true; register: RequirementsResponse; document: PlanDocumentResponse }
  | { ok: false; failures: { what: 'requirements' | 'document'; failure: ApiFailure }[] };

/** Loads the register and the plan's text together; each failed request is named. */
async function loadPlan(signal: AbortSignal): Promise<Loaded> {
  const [register, document] = await Promise.all([
    fetchJson<RequirementsResponse>('/api/plan/requirements', signal),
    fetchJson<PlanDocumentResponse>('/api/plan/document', signal),
  ]);
  if (register.ok && document.ok) return { ok: true, register: register.value, document: document.value };
  const failures: Extract<Loaded, { ok: false }>['failures'] = [];
  if (!register.ok) failures.push({ what: 'requirements', failure: register.error });
  if (!document.ok) failures.push({ what: 'document', failure: document.error });
  return { ok: false, failures };
}

/**
 * 计划 view (issue 13): the plan's full text from 一、指导思想 to 五、保障措施 as published, each requirement
 * highlighted in the colour of its coverage (covered / partial / missing; a mark, an underline style and its id say
 * it too), a summary bar of the counts that filters by status, filters by task and unit (what is filtered out is
 * dimmed, the text stays whole), and the card of the selected requirement under its paragraph: what supervises it,
 * each support a jump, and what is missing. Selection and filters are in the URL.
 */
export function PlanView({ context }: { context: ViewContext }) {
  const { store, panel, data } = context;
  const [lang, asOf, planReq, planTask, planUnit, planStatus, planList] = useAppState(
    store,
    (s) => [s.lang, s.asOf, s.planReq, s.planTask, s.planUnit, s.planStatus, s.planList] as const,
  );
  const m = planMessages(lang);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setLoaded(null);
    void loadPlan(controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      setLoaded(result);
      panel.dataset.ready = 'true';
    });
    return () => controller.abort();
  }, [version]);

  // a link that opens on a requirement shows it: scroll it into the middle of the panel once the text is there
  const textShown = loaded?.ok === true;
  useEffect(() => {
    if (!textShown) return;
    const id = store.get().planReq;
    // the id is one the URL state let through (G1, T10.4, S3 …): nothing to escape
    const span = id ? panel.querySelector(`[data-req="${id}"], [data-req-row="${id}"]`) : null;
    span?.scrollIntoView?.({ block: 'center' });
  }, [textShown]);

  if (loaded === null)
    return (
      <div class="plan-view" data-plan-loading="">
        <p class="loading">
          <span class="spinner" /> {m.loading}
        </p>
        <div class="plan-skeleton" aria-hidden="true">
          {[90, 100, 75, 100, 60].map((width) => (
            <div key={width} class="plan-skeleton-line" style={{ width: `${width}%` }} />
          ))}
        </div>
      </div>
    );
  if (!loaded.ok)
    return (
      <div class="plan-view" data-plan-error="">
        {loaded.failures.map(({ what, failure }) => (
          <p key={what} class="error" data-plan-failed={what}>
            {m.loadFailed(what === 'requirements' ? m.partRequirements : m.partDocument, failureText(lang, failure))}
          </p>
        ))}
        <button type="button" data-action="retry" onClick={() => setVersion(version + 1)}>
          {m.retry}
        </button>
      </div>
    );
  return (
    <PlanBody
      register={loaded.register}
      document={loaded.document}
      store={store}
      asOf={asOf}
      filters={{ planTask, planUnit, planStatus }}
      selected={planReq}
      list={planList}
      lang={lang}
      data={data}
    />
  );
}

function PlanBody(props: {
  register: RequirementsResponse;
  document: PlanDocumentResponse;
  store: ViewContext['store'];
  /** The as-of moment (for the report a support opens). */
  asOf: string | null;
  filters: PlanFilters;
  selected: string | null;
  /** The requirements the filters keep, as a list, instead of the text. */
  list: boolean;
  lang: Language;
  data: ViewContext['data'];
}) {
  const { register, document, filters, lang, store } = props;
  const onUpdate = (update: Partial<AppState>) => store.update(update);
  const m = planMessages(lang);
  const byId = useMemo(() => new Map(register.requirements.map((r) => [r.id, r])), [register]);
  const units = useMemo(() => allUnits(register.requirements), [register]);
  const placed = useMemo(
    () =>
      new Set(
        document.paragraphs.flatMap((p) => p.spans.map((s) => s.requirement).filter((id): id is string => id !== null)),
      ),
    [document],
  );
  const scoped = filters.planTask !== null || filters.planUnit !== null;
  const scopeCounts = countByStatus(register.requirements.filter((r) => matchesScope(r, filters)));
  const filtering = scoped || filters.planStatus !== null;
  const shown = register.requirements.filter((r) => matchesFilters(r, filters));
  const shownCount = shown.length;
  const selected = props.selected ? (byId.get(props.selected) ?? null) : null;
  const select = (id: string) => onUpdate({ planReq: props.selected === id ? null : id });
  const card = (r: Requirement) => (
    <RequirementCard
      requirement={r}
      lang={lang}
      asOf={props.asOf}
      store={store}
      data={props.data()}
      onClose={() => onUpdate({ planReq: null })}
    />
  );
  const unplaced = register.requirements.filter((r) => !placed.has(r.id));
  // a requirement selected here (not the one a link opened on) brings its card into sight, if it opened out of it
  const root = useRef<HTMLDivElement>(null);
  const firstSelection = useRef(true);
  useEffect(() => {
    if (firstSelection.current) {
      firstSelection.current = false;
      return;
    }
    root.current?.querySelector('[data-plan-card]')?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [props.selected]);
  // the card opens under the (first) paragraph that holds the selected requirement
  const cardAfter = selected
    ? document.paragraphs.findIndex((p) => p.spans.some((s) => s.requirement === selected.id))
    : -1;

  return (
    <div class="plan-view" data-plan-view="" ref={root}>
      <h2>{m.title}</h2>
      <p class="muted plan-issued" lang="zh-CN">
        {document.titleZh}
      </p>
      <p class="muted">{m.issued(document.issuedBy, document.issued)}</p>
      <p class="muted plan-lead">{m.lead}</p>
      <div class="plan-controls">
        <fieldset class="plan-summary">
          <legend class="muted">{m.summaryLabel}</legend>
          {planStatuses.map((s) => {
            const total = register.counts[s];
            return (
              <button
                key={s}
                type="button"
                class={`plan-count plan-count-${s}${filters.planStatus === s ? ' active' : ''}`}
                aria-pressed={filters.planStatus === s ? 'true' : 'false'}
                data-plan-count={s}
                title={scoped ? m.countTitle(scopeCounts[s], total) : undefined}
                onClick={() => onUpdate({ planStatus: filters.planStatus === s ? null : s })}
              >
                <span class="plan-mark" aria-hidden="true">
                  {statusMarks[s]}
                </span>
                {m.statusLabel(s)}
                <strong data-count={scoped ? `${scopeCounts[s]}/${total}` : String(total)}>
                  {scoped ? m.countOf(scopeCounts[s], total) : total}
                </strong>
              </button>
            );
          })}
        </fieldset>
        <div class="plan-filters">
          <span class="plan-mode">
            {m.showAs}
            {([false, true] as const).map((list) => (
              <button
                key={String(list)}
                type="button"
                class={`tool${props.list === list ? ' active' : ''}`}
                aria-pressed={props.list === list ? 'true' : 'false'}
                data-plan-mode={list ? 'list' : 'text'}
                onClick={() => onUpdate({ planList: list })}
              >
                {list ? m.asList : m.asText}
              </button>
            ))}
          </span>
          <label>
            {m.filterTask}
            <select
              data-plan-filter="task"
              value={filters.planTask ?? ''}
              onChange={(event) => onUpdate({ planTask: (event.currentTarget.value || null) as PlanTaskFilter | null })}
            >
              <option value="">{m.allTasks}</option>
              {taskChoices.map((t) => (
                <option key={t} value={t}>
                  {t === 'goals' ? m.goals : t === 'safeguards' ? m.safeguards : m.taskN(Number(t))}
                </option>
              ))}
            </select>
          </label>
          <label>
            {m.filterUnit}
            <select
              data-plan-filter="unit"
              value={filters.planUnit ?? ''}
              onChange={(event) => onUpdate({ planUnit: event.currentTarget.value || null })}
            >
              <option value="">{m.allUnits}</option>
              {units.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          </label>
          <label>
            {m.filterStatus}
            <select
              data-plan-filter="status"
              value={filters.planStatus ?? ''}
              onChange={(event) =>
                onUpdate({ planStatus: planStatuses.find((s) => s === event.currentTarget.value) ?? null })
              }
            >
              <option value="">{m.allStatuses}</option>
              {planStatuses.map((s) => (
                <option key={s} value={s}>
                  {m.statusLabel(s)}
                </option>
              ))}
            </select>
          </label>
          {filtering ? (
            <button
              type="button"
              class="link-button"
              data-plan-clear=""
              onClick={() => onUpdate({ planTask: null, planUnit: null, planStatus: null })}
            >
              {m.clearFilters}
            </button>
          ) : null}
        </div>
        {filtering ? (
          <p class="muted plan-shown" data-plan-shown={String(shownCount)}>
            {m.shown(shownCount, register.requirements.length)}
          </p>
        ) : null}
      </div>
      {selected && (props.list ? !shown.includes(selected) : !placed.has(selected.id)) ? card(selected) : null}
      {props.list ? (
        <PlanList requirements={shown} selected={selected} lang={lang} onSelect={select} card={card} />
      ) : (
        <article class="plan-text" lang="zh-CN" data-plan-text="">
          {document.paragraphs.map((paragraph, index) => (
            <PlanParagraph
              // paragraphs are fixed text in a fixed order: the index is their identity
              key={index}
              paragraph={paragraph}
              byId={byId}
              filters={filters}
              selected={selected?.id ?? null}
              lang={lang}
              onSelect={select}
              after={selected && index === cardAfter ? card(selected) : null}
            />
          ))}
        </article>
      )}
      {unplaced.length && !props.list ? (
        <p class="muted" data-plan-unplaced="">
          {m.notInText}{' '}
          {unplaced.map((r) => (
            <button key={r.id} type="button" class="link-button" data-req-unplaced={r.id} onClick={() => select(r.id)}>
              {r.id}
            </button>
          ))}
        </p>
      ) : null}
    </div>
  );
}

/** The requirements the filters keep, one row each (status, id, task, quote); the selected one's card under it. */
function PlanList(props: {
  requirements: Requirement[];
  selected: Requirement | null;
  lang: Language;
  onSelect: (id: string) => void;
  card: (r: Requirement) => ComponentChild;
}) {
  const m = planMessages(props.lang);
  if (!props.requirements.length)
    return (
      <p class="muted" data-plan-list-empty="">
        {m.listEmpty}
      </p>
    );
  const taskOf = (r: Requirement) =>
    r.task !== null ? m.taskN(r.task) : r.id.startsWith('G') ? m.goals : m.safeguards;
  return (
    <ol class="plan-list" data-plan-list="">
      {props.requirements.map((r) => (
        <li key={r.id}>
          <button
            type="button"
            class={`plan-list-row plan-list-${r.status}${props.selected === r ? ' plan-selected' : ''}`}
            data-req-row={r.id}
            data-status={r.status}
            aria-pressed={props.selected === r ? 'true' : 'false'}
            onClick={() => props.onSelect(r.id)}
          >
            <span class={`plan-status plan-status-${r.status}`}>
              <span aria-hidden="true">{statusMarks[r.status]}</span> {m.statusLabel(r.status)}
            </span>{' '}
            <strong>{r.id}</strong> <span class="muted">{taskOf(r)}</span>
            <span class="plan-list-quote" lang="zh-CN">
              {r.quote}
            </span>
          </button>
          {props.selected === r ? props.card(r) : null}
        </li>
      ))}
    </ol>
  );
}

function PlanParagraph(props: {
  paragraph: DocumentParagraph;
  byId: Map<string, Requirement>;
  filters: PlanFilters;
  selected: string | null;
  lang: Language;
  onSelect: (id: string) => void;
  after: ComponentChild;
}) {
  const { paragraph, byId, filters, lang } = props;
  const m = planMessages(lang);
  const spans = paragraph.spans.map((span, index) => {
    const r = span.requirement ? byId.get(span.requirement) : undefined;
    // spans are fixed text in a fixed order: the index is their identity
    if (span.role !== 'requirement' || !r) return <span key={index}>{span.text}</span>;
    const dimmed = !matchesFilters(r, filters);
    const isSelected = props.selected === r.id;
    return (
      // biome-ignore lint/a11y/useSemanticElements: a quote runs inline and wraps across lines, which a button cannot
      <span
        key={index}
        class={`plan-req plan-req-${r.status}${dimmed ? ' plan-dim' : ''}${isSelected ? ' plan-selected' : ''}`}
        data-req={r.id}
        data-status={r.status}
        data-dimmed={dimmed ? 'true' : 'false'}
        role="button"
        tabIndex={0}
        aria-pressed={isSelected ? 'true' : 'false'}
        title={m.requirementTitle(r.id, m.statusLabel(r.status))}
        onClick={() => props.onSelect(r.id)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          props.onSelect(r.id);
        }}
      >
        {span.text}
        <sup class="plan-req-tag" aria-hidden="true">
          {statusMarks[r.status]}
          {r.id}
        </sup>
      </span>
    );
  });
  const Tag = paragraph.kind === 'part' ? 'h3' : paragraph.kind === 'section' ? 'h4' : 'p';
  return (
    <>
      <Tag class={`plan-${paragraph.kind}`} data-task={paragraph.task ?? undefined}>
        {spans}
      </Tag>
      {props.after}
    </>
  );
}

/** The 计划 view behind the console's mount/dispose contract. */
export const mountPlanView: ViewMount = componentView(PlanView);
