import { useState } from 'preact/hooks';
import { failureText } from '../../api/failure-text.ts';
import { sendJson } from '../../api/send-json.ts';
import { departmentsPlansMessages } from '../../i18n/departments-plans.ts';
import type { Language } from '../../state/app-state.ts';
import type { DepartmentChoice } from './department-types.ts';

/** The admin's 新增计划事项 form (POST /api/departments/plan-items): department, year, title, task and due date. */
export function PlanItemForm(props: {
  lang: Language;
  departments: DepartmentChoice[];
  tasks: { number: number; title: string }[];
  year: number;
  onCreated(): void;
}) {
  const { lang } = props;
  const m = departmentsPlansMessages(lang);
  const [departmentId, setDepartmentId] = useState(props.departments[0]?.id ?? '');
  const [year, setYear] = useState(String(props.year));
  const [title, setTitle] = useState('');
  const [task, setTask] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!title.trim() || !dueOn || !departmentId) {
      setError(m.titleRequired);
      return;
    }
    const body = {
      departmentId,
      year: Number(year),
      title: title.trim(),
      dueOn,
      ...(task ? { task: Number(task) } : {}),
    };
    const result = await sendJson<unknown>('POST', '/api/departments/plan-items', body);
    setError(result.ok ? null : m.failed(failureText(lang, result.error)));
    if (result.ok) {
      setTitle('');
      props.onCreated();
    }
  };
  return (
    <form class="department-form" data-plan-item-form="" onSubmit={(e) => void submit(e)}>
      <h4>{m.newItem}</h4>
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
        {m.title}
        <input name="title" maxLength={200} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <label>
        {m.task}
        <select name="task" value={task} onChange={(e) => setTask(e.currentTarget.value)}>
          <option value="">{m.noTask}</option>
          {props.tasks.map((t) => (
            <option key={t.number} value={String(t.number)}>
              {`${t.number}. ${t.title}`}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.dueOn}
        <input type="date" name="dueOn" value={dueOn} onInput={(e) => setDueOn(e.currentTarget.value)} />
      </label>
      <button type="submit" data-plan-item-create="">
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
