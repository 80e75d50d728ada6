import {
  fundPurposeLabels,
  fundPurposes,
  fundStatusLabels,
  fundStatuses,
} from '../../../server/schema/enums/department.ts';
import { session } from '../../api/session.ts';
import { useFetched } from '../../api/use-fetched.ts';
import { departmentsFundsMessages } from '../../i18n/departments-funds.ts';
import type { DepartmentsResponse, FundsResponse } from './department-types.ts';

type FundSum = FundsResponse['total'];
import type { DepartmentsSectionProps } from './departments-view.tsx';
import { FundForm } from './fund-form.tsx';
import { disbursedShare } from './disbursed-share.ts';
import { formatWan, loadState, SyntheticMark } from './load-state.tsx';

/**
 * 专项资金: the special funds (S5; GET /api/departments/funds) with totals by purpose (散煤治理, 工业污染源深度治理,
 * 大气污染防治监测, 监管能力建设) and by status, amounts in 万元 and the disbursed share; a form for admins.
 */
export function FundsSection({ lang, asOf }: DepartmentsSectionProps) {
  const m = departmentsFundsMessages(lang);
  const funds = useFetched<FundsResponse>('/api/departments/funds', lang);
  const departments = useFetched<DepartmentsResponse>('/api/departments', lang);
  const waiting = loadState(lang, funds.value, funds.error, funds.reload);
  if (waiting) return <section data-departments-section="funds">{waiting}</section>;
  if (!funds.value) return null;
  const { funds: all, total, byPurpose, byStatus } = funds.value;
  const sumCells = (sum: FundSum | undefined) => (
    <>
      <td>{sum?.count ?? 0}</td>
      <td>{formatWan(sum?.amountWan ?? 0)}</td>
      <td>{formatWan(sum?.disbursedWan ?? 0)}</td>
      <td>{sum ? disbursedShare(sum) : '—'}</td>
    </>
  );
  const head = (first: string) => (
    <thead>
      <tr>
        {[first, m.count, m.amount, m.disbursed, m.share].map((label) => (
          <th key={label} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
  const choices = (departments.value?.departments ?? []).map((d) => ({
    id: d.id,
    name: lang === 'zh' ? d.name : d.nameEn,
  }));
  return (
    <section data-departments-section="funds">
      <p class="muted">{m.intro}</p>
      <p data-fund-total={formatWan(total.amountWan)}>
        {m.total(total.count, formatWan(total.amountWan), formatWan(total.disbursedWan))}
      </p>
      <h4>{m.byPurpose}</h4>
      <table class="departments-table" data-fund-purposes="">
        {head(m.purpose)}
        <tbody>
          {fundPurposes.map((p) => (
            <tr key={p} data-fund-purpose={p}>
              <th scope="row">{fundPurposeLabels[p][lang]}</th>
              {sumCells(byPurpose[p])}
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{m.byStatus}</h4>
      <table class="departments-table" data-fund-statuses="">
        {head(m.status)}
        <tbody>
          {fundStatuses.map((s) => (
            <tr key={s} data-fund-status={s}>
              <th scope="row">{fundStatusLabels[s][lang]}</th>
              {sumCells(byStatus[s])}
            </tr>
          ))}
        </tbody>
      </table>
      {all.length === 0 ? (
        <p class="muted">{m.none}</p>
      ) : (
        <table class="departments-table" data-funds-table="">
          <thead>
            <tr>
              {[m.year, m.project, m.department, m.purpose, m.status, m.amount, m.share].map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {all.map((f) => (
              <tr key={f.id} data-fund={String(f.id)}>
                <td>{f.year}</td>
                <td>
                  {f.project} <SyntheticMark lang={lang} provenance={f.provenance} />
                </td>
                <td>{f.departmentName}</td>
                <td>{fundPurposeLabels[f.purpose][lang]}</td>
                <td>{fundStatusLabels[f.status][lang]}</td>
                <td>{formatWan(f.amountWan)}</td>
                <td>{disbursedShare(f)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {session.can('edit') && choices.length > 0 && (
        <FundForm
          lang={lang}
          departments={choices}
          year={Number((asOf ?? '2023').slice(0, 4))}
          onCreated={funds.reload}
        />
      )}
    </section>
  );
}
