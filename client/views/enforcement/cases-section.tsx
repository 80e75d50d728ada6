import { useMemo, useState } from 'preact/hooks';
import type { CaseDetail, CaseSummary, CasesResponse } from '../../../server/schema/cases.ts';
import { sendJson } from '../../api/send-json.ts';
import { useFetched } from '../../api/use-fetched.ts';
import { enforcementMessages } from '../../i18n/enforcement.ts';
import { enforcementCasesMessages } from '../../i18n/enforcement-cases.ts';
import { useAppState } from '../../state/use-app-state.ts';
import { CaseDetailPanel } from './case-detail.tsx';
import { CaseFilters, type CaseFilter, casesQuery, noCaseFilter } from './case-filters.tsx';
import { fineText } from './case-format.ts';
import { CaseList } from './case-list.tsx';
import type { EnforcementSectionProps } from './enforcement-view.tsx';

/** The strip above the list: open cases, overdue rectifications, this year's fines, penalties decided this month. */
function SummaryStrip({
  summary,
  decidedThisMonth,
  lang,
}: {
  summary: CaseSummary;
  decidedThisMonth: number | null;
  lang: 'zh' | 'en';
}) {
  const m = enforcementCasesMessages(lang);
  return (
    <p class="case-summary" data-case-summary="">
      <span data-summary="open">{m.summaryOpen(summary.open)}</span>
      <span data-summary="overdue" class={summary.overdue > 0 ? 'overdue' : ''}>
        {m.summaryOverdue(summary.overdue)}
      </span>
      <span data-summary="fines">{m.summaryFines(summary.asOf.slice(0, 4), fineText(lang, summary.finesYuan))}</span>
      {decidedThisMonth !== null && <span data-summary="decided">{m.summaryDecided(decidedThisMonth)}</span>}
    </p>
  );
}

/**
 * 执法案件 (issue 17; S8, S10): the summary strip, the filters and the list of cases (GET /api/cases), the CSV
 * export; a case selected (the URL's `case=`, which an alert's 「查看案件」 sets) shows its detail, timeline,
 * documents and the steps this user may take (POST /api/cases/:id/steps).
 */
export function CasesSection({ context, lang, asOf }: EnforcementSectionProps) {
  const { store, map, data } = context;
  const m = enforcementMessages(lang);
  const [caseId] = useAppState(store, (s) => [s.caseId] as const);
  const [filter, setFilter] = useState<CaseFilter>(noCaseFilter);
  const list = useFetched<CasesResponse>(`/api/cases${casesQuery(filter, { limit: '500' })}`, lang);
  const all = useFetched<CasesResponse>('/api/cases?limit=500', lang);
  const summary = useFetched<CaseSummary>(`/api/cases/summary${asOf ? `?asOf=${asOf}` : ''}`, lang);
  const detail = useFetched<CaseDetail>(caseId === null ? null : `/api/cases/${caseId}`, lang);
  const townships = useMemo(
    () =>
      (data().layers.townships ?? []).map((f) => ({
        code: String(f.properties.code),
        name: String(lang === 'zh' ? f.properties.name : (f.properties.nameEn ?? f.properties.name)),
      })),
    [data, lang],
  );
  const layerNames = useMemo(() => new Map(data().catalogue.layers.map((l) => [l.id as string, l])), [data]);
  const layerName = (layer: string) => {
    const info = layerNames.get(layer);
    return info ? (lang === 'zh' ? info.nameZh : info.nameEn) : layer;
  };
  const month = summary.value?.asOf.slice(0, 7) ?? null;
  const decidedThisMonth =
    month && all.value ? all.value.cases.filter((c) => c.decidedAt?.startsWith(month)).length : null;
  const reloadAll = () => {
    list.reload();
    all.reload();
    summary.reload();
    detail.reload();
  };
  const error = list.error ?? summary.error;
  const shown = caseId !== null && detail.value?.id === caseId ? detail.value : null;

  return (
    <section data-enforcement-section="cases" class="cases-section">
      {summary.value && <SummaryStrip summary={summary.value} decidedThisMonth={decidedThisMonth} lang={lang} />}
      {error && (
        <p class="error">
          {m.loadFailed(error)}{' '}
          <button type="button" class="tool" onClick={reloadAll}>
            {m.retry}
          </button>
        </p>
      )}
      {caseId !== null && detail.error && <p class="error">{m.loadFailed(detail.error)}</p>}
      {shown ? (
        <CaseDetailPanel
          key={shown.id}
          detail={shown}
          lang={lang}
          context={{ store, map, data }}
          send={async (body) => {
            const result = await sendJson<CaseDetail>('POST', `/api/cases/${shown.id}/steps`, body);
            if (!result.ok) return result.error;
            reloadAll();
            return null;
          }}
          onBack={() => store.update({ caseId: null })}
          onChanged={reloadAll}
        />
      ) : (
        <>
          <CaseFilters filter={filter} lang={lang} townships={townships} onChange={setFilter} />
          {list.value ? (
            <CaseList
              cases={list.value.cases}
              total={list.value.total}
              lang={lang}
              selectedId={caseId}
              onSelect={(id) => store.update({ caseId: id })}
              layerName={layerName}
            />
          ) : (
            !error && <p class="loading">{m.loading}</p>
          )}
        </>
      )}
    </section>
  );
}
