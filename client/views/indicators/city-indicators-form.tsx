import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  CITY_INDICATOR_FIRST_YEAR,
  CITY_INDICATOR_LAST_YEAR,
  cityConcentrationKeys,
  cityEmissionKeys,
  cityEmissionNames,
  type CityConcentrationKey,
  type CityEmissionKey,
} from '../../../server/schema/city-indicator-keys.ts';
import type { CityIndicators, CityIndicatorsResponse } from '../../../server/schema/city-indicators.ts';
import { failureText } from '../../api/failure-text.ts';
import { fetchJson } from '../../api/fetch-json.ts';
import { sendJson } from '../../api/send-json.ts';
import { cityIndicatorsMessages } from '../../i18n/city-indicators.ts';
import type { Language } from '../../state/app-state.ts';

/** The form's text fields: concentration targets, the good-day floor, emission caps/reductions, the document. */
interface Draft {
  concentrations: Record<CityConcentrationKey, string>;
  goodDayRatio: string;
  emissions: Record<CityEmissionKey, { cap: string; reduction: string }>;
  name: string;
  number: string;
  issuer: string;
  issuedOn: string;
  provenance: 'official' | 'synthetic';
}

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The draft of a year: its entry's figures, or empty fields (an official document) when none was entered. */
function draftOf(entry: CityIndicators | undefined): Draft {
  return {
    concentrations: Object.fromEntries(
      cityConcentrationKeys.map((k) => [k, text(entry?.concentrations[k])]),
    ) as Draft['concentrations'],
    goodDayRatio: text(entry?.goodDayRatio),
    emissions: Object.fromEntries(
      cityEmissionKeys.map((k) => [
        k,
        { cap: text(entry?.emissions[k].cap), reduction: text(entry?.emissions[k].reduction) },
      ]),
    ) as Draft['emissions'],
    name: entry?.source.name ?? '',
    number: entry?.source.number ?? '',
    issuer: entry?.source.issuer ?? '',
    issuedOn: entry?.source.issuedOn ?? '',
    provenance: entry?.provenance ?? 'official',
  };
}

/** A figure as the API takes it: empty → null, a number → the number, anything else as typed (the server names it). */
function figure(value: string): number | string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}

/** The body of PUT /api/plan/indicators/:year. */
function bodyOf(draft: Draft) {
  return {
    concentrations: Object.fromEntries(cityConcentrationKeys.map((k) => [k, figure(draft.concentrations[k])])),
    goodDayRatio: figure(draft.goodDayRatio),
    emissions: Object.fromEntries(
      cityEmissionKeys.map((k) => [
        k,
        { cap: figure(draft.emissions[k].cap), reduction: figure(draft.emissions[k].reduction) },
      ]),
    ),
    source: {
      name: draft.name,
      number: draft.number.trim() === '' ? null : draft.number,
      issuer: draft.issuer,
      issuedOn: draft.issuedOn,
    },
    provenance: draft.provenance,
  };
}

type Status = { kind: 'ok' | 'error' | 'busy'; text: string } | null;

/**
 * 数据 → 市下达年度约束性指标 (admins): pick a year, edit its figures and source document, save (PUT) or delete
 * (DELETE). A year already entered fills the form; the server's errors are shown in the UI language (`failureText`).
 */
export function CityIndicatorsForm({ lang, initialYear }: { lang: Language; initialYear: number }) {
  const m = cityIndicatorsMessages(lang);
  const [entries, setEntries] = useState<CityIndicators[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [year, setYear] = useState(String(initialYear));
  const [draft, setDraft] = useState<Draft>(draftOf(undefined));
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    const controller = new AbortController();
    void fetchJson<CityIndicatorsResponse>('/api/plan/indicators', controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (!result.ok) {
        setLoadError(failureText(lang, result.error));
        return;
      }
      setEntries(result.value.indicators);
      const latest = result.value.indicators.at(-1);
      const chosen = result.value.indicators.find((e) => e.year === initialYear) ?? latest;
      if (chosen) setYear(String(chosen.year));
      setDraft(draftOf(chosen));
    });
    return () => controller.abort();
  }, []);

  const yearNumber = Number(year);
  const yearValid =
    /^\d{4}$/.test(year) && yearNumber >= CITY_INDICATOR_FIRST_YEAR && yearNumber <= CITY_INDICATOR_LAST_YEAR;
  const existing = entries?.find((e) => e.year === yearNumber);

  const chooseYear = (value: string) => {
    setYear(value);
    setStatus(null);
    setDraft(draftOf(entries?.find((e) => String(e.year) === value)));
  };
  const save = async () => {
    if (!yearValid) {
      setStatus({ kind: 'error', text: m.yearInvalid });
      return;
    }
    setStatus({ kind: 'busy', text: m.saving });
    const result = await sendJson<CityIndicators>('PUT', `/api/plan/indicators/${yearNumber}`, bodyOf(draft));
    if (!result.ok) {
      setStatus({ kind: 'error', text: failureText(lang, result.error) });
      return;
    }
    const stored = result.value;
    setEntries((list) =>
      [...(list ?? []).filter((e) => e.year !== stored.year), stored].sort((a, b) => a.year - b.year),
    );
    setDraft(draftOf(stored));
    setStatus({ kind: 'ok', text: m.saved(stored.year) });
  };
  const remove = async () => {
    setStatus({ kind: 'busy', text: m.saving });
    const result = await sendJson<{ deleted: number }>('DELETE', `/api/plan/indicators/${yearNumber}`, {});
    if (!result.ok) {
      setStatus({ kind: 'error', text: failureText(lang, result.error) });
      return;
    }
    setEntries((list) => (list ?? []).filter((e) => e.year !== yearNumber));
    setDraft(draftOf(undefined));
    setStatus({ kind: 'ok', text: m.removed(yearNumber) });
  };

  const field = (label: string, key: string, value: string, onInput: (value: string) => void, type = 'text') => (
    <label class="field" key={key}>
      <span class="muted">{label}</span>
      <input
        type={type}
        inputMode={type === 'text' ? 'decimal' : undefined}
        data-city-field={key}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </label>
  );
  const concentrationLabel = (k: CityConcentrationKey) => (k === 'CO' ? m.co : k === 'O3' ? m.o3 : m.annualMean(k));

  if (loadError !== null) return <p class="error">{m.loadFailed(loadError)}</p>;
  if (entries === null) return <p class="loading">{m.loading}</p>;
  return (
    <form
      class="city-indicators-form"
      data-city-form=""
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p class="muted">{m.about}</p>
      <p class="muted" data-city-entered="">
        {entries.length ? m.entered(entries.map((e) => e.year).join('、')) : m.noneEntered}
      </p>
      <label class="field">
        <span class="muted">{m.year}</span>
        <input
          type="number"
          min={CITY_INDICATOR_FIRST_YEAR}
          max={CITY_INDICATOR_LAST_YEAR}
          data-city-year=""
          value={year}
          onInput={(event) => chooseYear(event.currentTarget.value)}
        />
      </label>
      <fieldset>
        <legend>{m.concentrations}</legend>
        {cityConcentrationKeys.map((k) =>
          field(concentrationLabel(k), k, draft.concentrations[k], (value) =>
            setDraft((d) => ({ ...d, concentrations: { ...d.concentrations, [k]: value } })),
          ),
        )}
        {field(m.goodDayRatio, 'goodDayRatio', draft.goodDayRatio, (value) =>
          setDraft((d) => ({ ...d, goodDayRatio: value })),
        )}
      </fieldset>
      <fieldset>
        <legend>{m.emissions}</legend>
        {cityEmissionKeys.map((k) => {
          const name = cityEmissionNames[k][lang];
          const set = (part: 'cap' | 'reduction') => (value: string) =>
            setDraft((d) => ({ ...d, emissions: { ...d.emissions, [k]: { ...d.emissions[k], [part]: value } } }));
          return [
            field(m.cap(name), `${k}.cap`, draft.emissions[k].cap, set('cap')),
            field(m.reduction(name), `${k}.reduction`, draft.emissions[k].reduction, set('reduction')),
          ];
        })}
      </fieldset>
      <fieldset>
        <legend>{m.source}</legend>
        {field(m.sourceName, 'name', draft.name, (value) => setDraft((d) => ({ ...d, name: value })))}
        {field(m.sourceNumber, 'number', draft.number, (value) => setDraft((d) => ({ ...d, number: value })))}
        {field(m.sourceIssuer, 'issuer', draft.issuer, (value) => setDraft((d) => ({ ...d, issuer: value })))}
        {field(
          m.sourceDate,
          'issuedOn',
          draft.issuedOn,
          (value) => setDraft((d) => ({ ...d, issuedOn: value })),
          'date',
        )}
        <label class="field">
          <span class="muted">{m.provenance}</span>
          <select
            data-city-field="provenance"
            value={draft.provenance}
            onChange={(event) =>
              setDraft((d) => ({
                ...d,
                provenance: event.currentTarget.value === 'synthetic' ? 'synthetic' : 'official',
              }))
            }
          >
            <option value="official">{m.official}</option>
            <option value="synthetic">{m.synthetic}</option>
          </select>
        </label>
      </fieldset>
      <div class="alert-actions">
        <button type="submit" class="tool" data-city-save="" disabled={status?.kind === 'busy'}>
          {m.save}
        </button>
        {existing ? (
          <button
            type="button"
            class="tool"
            data-city-delete=""
            disabled={status?.kind === 'busy'}
            onClick={() => void remove()}
          >
            {m.remove(existing.year)}
          </button>
        ) : null}
      </div>
      {status ? (
        <p
          role="status"
          class={status.kind === 'error' ? 'error' : status.kind === 'ok' ? 'import-done' : 'muted'}
          data-city-message={status.kind}
        >
          {status.text}
        </p>
      ) : null}
    </form>
  );
}

/**
 * Renders the form into `box` (a section of the h()-built 数据 view); returns the unmount.
 *
 * @example
 * const unmount = mountCityIndicatorsForm(section, 'zh', 2023);
 */
export function mountCityIndicatorsForm(box: HTMLElement, lang: Language, initialYear: number): () => void {
  render(<CityIndicatorsForm lang={lang} initialYear={initialYear} />, box);
  return () => render(null, box);
}
