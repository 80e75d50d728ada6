import { type CaseStage, caseStageLabels, caseStages } from '../../../server/schema/enums/enforcement-case.ts';
import { enforcementCasesMessages } from '../../i18n/enforcement-cases.ts';
import type { Language } from '../../state/app-state.ts';

/** The list's filters: stages (none = all), township, task, overdue only, search text. */
export interface CaseFilter {
  stages: CaseStage[];
  township: string;
  task: string;
  overdue: boolean;
  q: string;
}

export const noCaseFilter: CaseFilter = { stages: [], township: '', task: '', overdue: false, q: '' };

/**
 * The query of GET /api/cases (and of its CSV export) for `filter`, e.g. `?stage=rectifying&overdue=true`.
 *
 * @example
 * casesQuery({ ...noCaseFilter, stages: ['rectifying'], overdue: true }); // '?stage=rectifying&overdue=true'
 */
export function casesQuery(filter: CaseFilter, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  if (filter.stages.length) q.set('stage', filter.stages.join(','));
  if (filter.township) q.set('township', filter.township);
  if (filter.task) q.set('task', filter.task);
  if (filter.overdue) q.set('overdue', 'true');
  const text = filter.q.trim().slice(0, 60);
  if (text) q.set('q', text);
  for (const [key, value] of Object.entries(extra)) q.set(key, value);
  return q.size ? `?${q.toString()}` : '';
}

/** The filter bar: stage chips, township, task, overdue only, search; the CSV export of what it keeps. */
export function CaseFilters({
  filter,
  lang,
  townships,
  onChange,
}: {
  filter: CaseFilter;
  lang: Language;
  townships: readonly { code: string; name: string }[];
  onChange: (filter: CaseFilter) => void;
}) {
  const m = enforcementCasesMessages(lang);
  const toggle = (stage: CaseStage) =>
    onChange({
      ...filter,
      stages: filter.stages.includes(stage) ? filter.stages.filter((s) => s !== stage) : [...filter.stages, stage],
    });
  return (
    <div class="case-filters" data-case-filters="">
      <div class="chips" data-stage-chips="">
        <button
          type="button"
          class={filter.stages.length === 0 ? 'tool active' : 'tool'}
          data-stage-chip="all"
          aria-pressed={filter.stages.length === 0}
          onClick={() => onChange({ ...filter, stages: [] })}
        >
          {m.allStages}
        </button>
        {caseStages.map((stage) => (
          <button
            key={stage}
            type="button"
            class={filter.stages.includes(stage) ? 'tool active' : 'tool'}
            data-stage-chip={stage}
            aria-pressed={filter.stages.includes(stage)}
            onClick={() => toggle(stage)}
          >
            {caseStageLabels[stage][lang]}
          </button>
        ))}
      </div>
      <div class="case-filter-row">
        <select
          aria-label={m.colTownship}
          data-filter="township"
          value={filter.township}
          onChange={(e) => onChange({ ...filter, township: e.currentTarget.value })}
        >
          <option value="">{m.allTownships}</option>
          {townships.map((t) => (
            <option key={t.code} value={t.code}>
              {t.name}
            </option>
          ))}
        </select>
        <select
          aria-label={m.colTask}
          data-filter="task"
          value={filter.task}
          onChange={(e) => onChange({ ...filter, task: e.currentTarget.value })}
        >
          <option value="">{m.allTasks}</option>
          {Array.from({ length: 17 }, (_, i) => String(i + 1)).map((n) => (
            <option key={n} value={n}>
              {m.task(Number(n))}
            </option>
          ))}
        </select>
        <label class="check">
          <input
            type="checkbox"
            data-filter="overdue"
            checked={filter.overdue}
            onChange={(e) => onChange({ ...filter, overdue: e.currentTarget.checked })}
          />
          {m.overdueOnly}
        </label>
        <input
          type="search"
          class="inline-input case-search"
          data-filter="q"
          maxLength={60}
          placeholder={m.search}
          aria-label={m.search}
          value={filter.q}
          onChange={(e) => onChange({ ...filter, q: e.currentTarget.value })}
        />
        <a class="tool" data-case-export="" href={`/api/cases/export${casesQuery(filter)}`} download="">
          {m.exportCsv}
        </a>
      </div>
    </div>
  );
}
