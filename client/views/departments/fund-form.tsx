import { useState } from 'preact/hooks';
import {
  type FundPurpose,
  fundPurposeLabels,
  fundPurposes,
  type FundStatus,
  fundStatusLabels,
  fundStatuses,
} from '../../../server/schema/enums/department.ts';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { departmentsFundsMessages } from '../../i18n/departments-funds.ts';
import type { Language } from '../../state/app-state.ts';
import type { DepartmentChoice } from './department-types.ts';

/** Whether a fund's amounts are acceptable: amount above 0, disbursed from 0 up to the amount (万元). */
export function validFundAmounts(amount: string, disbursed: string): boolean {
  const a = Number(amount);
  const d = disbursed === '' ? 0 : Number(disbursed);
  return amount !== '' && Number.isFinite(a) && a > 0 && Number.isFinite(d) && d >= 0 && d <= a;
}

/** The admin's 新增资金项目 form (POST /api/departments/funds). */
export function FundForm(props: { lang: Language; departments: DepartmentChoice[]; year: number; onCreated(): void }) {
  const { lang } = props;
  const m = departmentsFundsMessages(lang);
  const [departmentId, setDepartmentId] = useState(props.departments[0]?.id ?? '');
  const [year, setYear] = useState(String(props.year));
  const [project, setProject] = useState('');
  const [purpose, setPurpose] = useState<FundPurpose>('loose-coal');
  const [status, setStatus] = useState<FundStatus>('planned');
  const [amount, setAmount] = useState('');
  const [disbursed, setDisbursed] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!project.trim() || !departmentId || !validFundAmounts(amount, disbursed)) {
      setError(m.invalid);
      return;
    }
    const body = {
      departmentId,
      year: Number(year),
      project: project.trim(),
      purpose,
      status,
      amountWan: Number(amount),
      disbursedWan: disbursed === '' ? 0 : Number(disbursed),
    };
    const result = await sendJson<unknown>('POST', '/api/departments/funds', body);
    setError(result.ok ? null : m.failed(failureText(lang, result.error)));
    if (result.ok) {
      setProject('');
      setAmount('');
      setDisbursed('');
      props.onCreated();
    }
  };
  return (
    <form class="department-form" data-fund-form="" onSubmit={(e) => void submit(e)}>
      <h4>{m.newFund}</h4>
      <label>
        {m.department}
        <select name="department" value={departmentId} onChange={(e) => setDepartmentId(e.currentTarget.value)}>
          {props.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.year}
        <input
          type="number"
          name="year"
          min={2000}
          max={2100}
          value={year}
          onInput={(e) => setYear(e.currentTarget.value)}
        />
      </label>
      <label>
        {m.project}
        <input name="project" maxLength={200} value={project} onInput={(e) => setProject(e.currentTarget.value)} />
      </label>
      <label>
        {m.purpose}
        <select name="purpose" value={purpose} onChange={(e) => setPurpose(e.currentTarget.value as FundPurpose)}>
          {fundPurposes.map((p) => (
            <option key={p} value={p}>
              {fundPurposeLabels[p][lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.status}
        <select name="status" value={status} onChange={(e) => setStatus(e.currentTarget.value as FundStatus)}>
          {fundStatuses.map((s) => (
            <option key={s} value={s}>
              {fundStatusLabels[s][lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.amount}
        <input
          type="number"
          name="amount"
          min={0}
          step="0.01"
          value={amount}
          onInput={(e) => setAmount(e.currentTarget.value)}
        />
      </label>
      <label>
        {m.disbursed}
        <input
          type="number"
          name="disbursed"
          min={0}
          step="0.01"
          value={disbursed}
          onInput={(e) => setDisbursed(e.currentTarget.value)}
        />
      </label>
      <button type="submit" data-fund-create="">
        {m.create}
      </button>
      {error && (
        <p class="error" role="alert" data-form-error="">
          {error}
        </p>
      )}
    </form>
  );
}
