import { useState } from 'preact/hooks';
import {
  listGradeLabels,
  listGrades,
  type ListGrade,
  type WarningLevel,
  warningLevels,
} from '../../../server/schema/enums/emergency.ts';
import type { ListEntry } from '../../../server/schema/emergency-list.ts';
import { emergencyListMessages } from '../../i18n/emergency-list.ts';
import type { Language } from '../../state/app-state.ts';
import { levelText, reductionsText } from './list-format.ts';

/** The filters of the entries table: the level whose measures are shown, grade, township, 建成区. */
export interface ListEntryFilters {
  level: WarningLevel;
  grade: ListGrade | '';
  township: string;
  builtUp: '' | 'yes' | 'no';
}

/** The entries the filters keep (the level chooses the measures shown, not the rows). */
export function filterEntries(entries: readonly ListEntry[], f: ListEntryFilters): ListEntry[] {
  return entries.filter(
    (e) =>
      (!f.grade || e.grade === f.grade) &&
      (!f.township || (e.township ?? '') === f.township) &&
      (!f.builtUp || e.builtUpArea === (f.builtUp === 'yes')),
  );
}

/**
 * The listed enterprises: grade, industry, 建成区 / 重污染 marks, the measures at the chosen level (line：text) and
 * that level's reductions; filtered by grade, township and 建成区, with the count. An enterprise no longer in the
 * enterprises layer says so.
 */
export function ListEntries({ entries, lang }: { entries: readonly ListEntry[]; lang: Language }) {
  const m = emergencyListMessages(lang);
  const [f, setF] = useState<ListEntryFilters>({ level: 'orange', grade: '', township: '', builtUp: '' });
  const townships = [
    ...new Map(entries.filter((e) => e.township).map((e) => [e.township ?? '', e.townshipName ?? ''])),
  ].sort((a, b) => a[0].localeCompare(b[0]));
  const shown = filterEntries(entries, f);
  const levelName = levelText(lang, f.level);
  return (
    <div class="list-entries" data-list-entries="">
      <h3>{m.entriesTitle}</h3>
      <div class="alert-actions filters">
        <label class="field">
          <span class="muted">{m.level}</span>
          <select
            data-list-filter="level"
            value={f.level}
            onChange={(e) => setF((x) => ({ ...x, level: e.currentTarget.value as WarningLevel }))}
          >
            {warningLevels.map((l) => (
              <option key={l} value={l}>
                {levelText(lang, l)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span class="muted">{m.grade}</span>
          <select
            data-list-filter="grade"
            value={f.grade}
            onChange={(e) => setF((x) => ({ ...x, grade: e.currentTarget.value as ListGrade | '' }))}
          >
            <option value="">{m.all}</option>
            {listGrades.map((g) => (
              <option key={g} value={g}>
                {listGradeLabels[g][lang]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span class="muted">{m.township}</span>
          <select
            data-list-filter="township"
            value={f.township}
            onChange={(e) => setF((x) => ({ ...x, township: e.currentTarget.value }))}
          >
            <option value="">{m.all}</option>
            {townships.map(([code, name]) => (
              <option key={code} value={code}>
                {name || code}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span class="muted">{m.builtUp}</span>
          <select
            data-list-filter="built-up"
            value={f.builtUp}
            onChange={(e) => setF((x) => ({ ...x, builtUp: e.currentTarget.value as ListEntryFilters['builtUp'] }))}
          >
            <option value="">{m.all}</option>
            <option value="yes">{m.yes}</option>
            <option value="no">{m.no}</option>
          </select>
        </label>
      </div>
      <p class="muted" data-list-count="">
        {m.entriesCount(shown.length, entries.length)}
      </p>
      <p class="muted" data-list-shown-level="">
        {m.colMeasures(levelName)} · {m.colReductions}
      </p>
      {shown.length === 0 ? (
        <p class="muted">{m.noneMatch}</p>
      ) : (
        <ul class="list-entries-cards" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {shown.map((e) => (
            <li
              key={e.enterpriseId}
              data-list-entry={e.enterpriseId}
              style={{ borderTop: '1px solid #e3e3e3', padding: '6px 0' }}
            >
              <div>
                <strong>{e.enterpriseName}</strong>
                {e.townshipName ? <span class="muted"> · {e.townshipName}</span> : null}
                {e.found ? null : (
                  <span class="warning" data-list-gone="">
                    （{m.notInLayer}）
                  </span>
                )}
              </div>
              <div class="muted">
                <span data-list-grade="">{listGradeLabels[e.grade][lang]}</span> · {e.industry}{' '}
                {e.builtUpArea ? (
                  <span class="chip" data-list-mark="built-up">
                    {m.builtUpMark}
                  </span>
                ) : null}
                {e.heavyPolluter ? (
                  <span class="chip" data-list-mark="heavy">
                    {m.heavyMark}
                  </span>
                ) : null}
              </div>
              <ul class="list-measures" data-list-measures={f.level} style={{ margin: '2px 0', paddingLeft: '18px' }}>
                {e.measures[f.level].map((x, i) => (
                  <li key={i}>{m.measureLine(x.line, x.text)}</li>
                ))}
              </ul>
              <div class="muted" data-list-reductions="">
                {reductionsText(lang, e.reductions[f.level])}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
