import { useState } from 'preact/hooks';
import {
  reportCategories,
  reportCategoryLabels,
  reportStatuses,
  reportStatusLabels,
  type ReportCategory,
  type ReportStatus,
} from '../../../server/schema/enums/public-report.ts';
import type { PublicReportDetail, PublicReportsResponse } from '../../../server/schema/public-reports.ts';
import { useFetched } from '../../api/use-fetched.ts';
import { enforcementReportsMessages } from '../../i18n/enforcement-reports.ts';
import { showOnMap } from '../../map/show-on-map.ts';
import type { EnforcementSectionProps } from './enforcement-view.tsx';
import { ReportDetail } from './report-detail.tsx';
import { loadFailure } from '../../components/load-failure.tsx';

/**
 * 群众举报 (issue 17): the public reports, newest first, filtered by status and category (no contact data in the
 * list); a row opens the report's detail (photo, contact data when served, the handling steps by permission,
 * 「立案」, 「在地图上显示」).
 */
export function ReportsSection({ context, lang }: EnforcementSectionProps) {
  const m = enforcementReportsMessages(lang);
  const [status, setStatus] = useState<ReportStatus | ''>('');
  const [category, setCategory] = useState<ReportCategory | ''>('');
  const [selected, setSelected] = useState<number | null>(null);
  const query = new URLSearchParams({ limit: '500' });
  if (status) query.set('status', status);
  if (category) query.set('category', category);
  const list = useFetched<PublicReportsResponse>(`/api/public-reports?${query.toString()}`, lang);
  const detail = useFetched<PublicReportDetail>(selected === null ? null : `/api/public-reports/${selected}`, lang);
  const failure = loadFailure(m);
  const reports = list.value?.reports ?? [];
  const open = reports.filter((r) => r.status === 'received' || r.status === 'accepted').length;
  return (
    <section data-enforcement-section="reports" class="reports-section">
      <h3>{m.title}</h3>
      <div class="report-filters">
        <label>
          {m.filterStatus}
          <select
            data-filter="status"
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as ReportStatus | '')}
          >
            <option value="">{m.all}</option>
            {reportStatuses.map((s) => (
              <option key={s} value={s}>
                {reportStatusLabels[s][lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.filterCategory}
          <select
            data-filter="category"
            value={category}
            onChange={(e) => setCategory(e.currentTarget.value as ReportCategory | '')}
          >
            <option value="">{m.all}</option>
            {reportCategories.map((c) => (
              <option key={c} value={c}>
                {reportCategoryLabels[c][lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {list.error ? failure(list.error, list.reload) : null}
      {!list.value && !list.error ? <p class="muted">{m.loading}</p> : null}
      {list.value ? <p class="muted">{m.summary(list.value.total, open)}</p> : null}
      {list.value && reports.length === 0 ? <p class="muted">{m.none}</p> : null}
      <ul class="report-list">
        {reports.map((r) => (
          <li key={r.id}>
            <button
              type="button"
              class={r.id === selected ? 'report-row selected' : 'report-row'}
              data-report={r.ticket}
              onClick={() => setSelected(r.id === selected ? null : r.id)}
            >
              <span class={`report-status status-${r.status}`}>{reportStatusLabels[r.status][lang]}</span>{' '}
              <strong>{reportCategoryLabels[r.category][lang]}</strong> {r.townshipName}{' '}
              <span class="muted">{r.receivedAt.replace('T', ' ')}</span>
              <span class="report-excerpt">{r.description}</span>
            </button>
          </li>
        ))}
      </ul>
      {selected !== null && detail.error ? failure(detail.error, detail.reload) : null}
      {selected !== null && detail.value?.id === selected ? (
        <ReportDetail
          key={detail.value.id}
          report={detail.value}
          lang={lang}
          onChanged={() => {
            detail.reload();
            list.reload();
            void context.reloadData();
          }}
          onShowOnMap={() => {
            const r = detail.value;
            if (r) showOnMap(context.store, context.map, 'public-reports', r.ticket, [r.lon, r.lat]);
          }}
        />
      ) : null}
    </section>
  );
}
