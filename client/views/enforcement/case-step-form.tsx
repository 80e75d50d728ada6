import { useState } from 'preact/hooks';
import {
  caseMeasureLabels,
  caseMeasures,
  type CaseMeasure,
  type CaseStepKind,
  caseStepLabels,
  type ReinspectionResult,
  reinspectionResultLabels,
  reinspectionResults,
} from '../../../server/schema/enums/enforcement-case.ts';
import type { ApiFailure } from '../../api/api-result.ts';
import { failureText } from '../../api/failure-text.ts';
import { enforcementCasesMessages } from '../../i18n/enforcement-cases.ts';
import type { Language } from '../../state/app-state.ts';
import { allowedSteps, legalSteps, type StepPermission } from './case-stages.ts';
import type { CaseListItem } from '../../../server/schema/cases.ts';

/** What the form fills in; each step sends the fields it needs (see stepBody). */
export interface StepFields {
  note: string;
  legalBasis: string;
  decisionNo: string;
  fineYuan: string;
  measures: CaseMeasure[];
  dueOn: string;
  orderText: string;
  result: ReinspectionResult;
}

const emptyFields: StepFields = {
  note: '',
  legalBasis: '',
  decisionNo: '',
  fineYuan: '',
  measures: [],
  dueOn: '',
  orderText: '',
  result: 'passed',
};

/** The body of POST /api/cases/:id/steps for `step`, or the message of what is missing. */
export function stepBody(
  step: CaseStepKind,
  fields: StepFields,
  lang: Language,
): { ok: true; body: Record<string, unknown> } | { ok: false; message: string } {
  const m = enforcementCasesMessages(lang);
  const note = fields.note.trim();
  const missing = (label: string) => ({ ok: false as const, message: m.required(label) });
  switch (step) {
    case 'decide': {
      if (!fields.legalBasis.trim()) return missing(m.legalBasis);
      if (!fields.decisionNo.trim()) return missing(m.decisionNo);
      const text = fields.fineYuan.trim();
      const fine = text === '' ? 0 : Number(text);
      if (!Number.isFinite(fine) || fine < 0) return { ok: false, message: m.badFine };
      return {
        ok: true,
        body: {
          step,
          legalBasis: fields.legalBasis.trim(),
          decisionNo: fields.decisionNo.trim(),
          fineYuan: fine,
          measures: fields.measures,
          note,
        },
      };
    }
    case 'no-penalty':
      if (!note) return missing(m.stepNote);
      return {
        ok: true,
        body: fields.legalBasis.trim() ? { step, note, legalBasis: fields.legalBasis.trim() } : { step, note },
      };
    case 'order-rectification':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.dueOn)) return missing(m.deadline);
      if (!fields.orderText.trim()) return missing(m.requirement);
      return { ok: true, body: { step, dueOn: fields.dueOn, requirement: fields.orderText.trim(), note } };
    case 'reinspect':
      if (fields.result === 'passed') return { ok: true, body: { step, result: fields.result, note } };
      if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.dueOn)) return missing(m.newDeadline);
      return { ok: true, body: { step, result: fields.result, newDueOn: fields.dueOn, note } };
    case 'investigate':
    case 'note':
      if (!note) return missing(m.stepNote);
      return { ok: true, body: { step, note } };
    default:
      return { ok: true, body: { step, note } };
  }
}

/**
 * The next steps of a case: only those legal at its stage and allowed to this user (`cases` works a case, `decide`
 * decides and closes it); picking one shows its fields; what is missing is said before sending, the server's refusal
 * in words after.
 */
export function CaseStepForm({
  row,
  lang,
  can,
  send,
}: {
  row: CaseListItem;
  lang: Language;
  can: (permission: StepPermission) => boolean;
  send: (body: Record<string, unknown>) => Promise<ApiFailure | null>;
}) {
  const m = enforcementCasesMessages(lang);
  const passed = row.reinspectionResult === 'passed';
  const steps = allowedSteps(row.stage, passed, can);
  const [chosen, setChosen] = useState<CaseStepKind | null>(null);
  const [fields, setFields] = useState<StepFields>(emptyFields);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (row.stage === 'closed') return null;
  const step = chosen && steps.includes(chosen) ? chosen : null;
  const withheld = legalSteps(row.stage, passed).some((s) => !steps.includes(s));
  const set = (patch: Partial<StepFields>) => {
    setFields({ ...fields, ...patch });
    setError(null);
  };
  const submit = async () => {
    if (!step) return;
    const built = stepBody(step, fields, lang);
    if (!built.ok) {
      setError(built.message);
      return;
    }
    setBusy(true);
    const failure = await send(built.body);
    setBusy(false);
    if (failure) {
      setError(m.failed(failureText(lang, failure)));
      return;
    }
    setChosen(null);
    setFields(emptyFields);
  };
  return (
    <section class="case-step-form" data-case-steps={steps.join(',')}>
      <h4>{m.nextSteps}</h4>
      {steps.length === 0 ? <p class="muted">{m.noStepAllowed}</p> : null}
      <div class="chips">
        {steps.map((s) => (
          <button
            key={s}
            type="button"
            class={s === step ? 'tool active' : 'tool'}
            data-step={s}
            aria-pressed={s === step}
            onClick={() => {
              setChosen(s);
              setError(null);
            }}
          >
            {caseStepLabels[s][lang]}
          </button>
        ))}
      </div>
      {withheld ? (
        <p class="muted" data-needs-decide="">
          {m.needsDecide}
        </p>
      ) : null}
      {step && (
        <div class="case-form" data-step-form={step}>
          {step === 'decide' || step === 'no-penalty' ? (
            <label>
              {m.legalBasis}
              <input
                type="text"
                data-field="legalBasis"
                maxLength={500}
                value={fields.legalBasis}
                onInput={(e) => set({ legalBasis: e.currentTarget.value })}
              />
            </label>
          ) : null}
          {step === 'decide' && (
            <>
              <label>
                {m.decisionNo}
                <input
                  type="text"
                  data-field="decisionNo"
                  maxLength={100}
                  value={fields.decisionNo}
                  onInput={(e) => set({ decisionNo: e.currentTarget.value })}
                />
              </label>
              <label>
                {m.fineYuan}
                <input
                  type="number"
                  min={0}
                  step="any"
                  data-field="fineYuan"
                  value={fields.fineYuan}
                  onInput={(e) => set({ fineYuan: e.currentTarget.value })}
                />
              </label>
              <fieldset class="case-measures">
                <legend>{m.measures}</legend>
                {caseMeasures.map((measure) => (
                  <label key={measure} class="check">
                    <input
                      type="checkbox"
                      data-measure={measure}
                      checked={fields.measures.includes(measure)}
                      onChange={(e) =>
                        set({
                          measures: e.currentTarget.checked
                            ? [...fields.measures, measure]
                            : fields.measures.filter((x) => x !== measure),
                        })
                      }
                    />
                    {caseMeasureLabels[measure][lang]}
                  </label>
                ))}
              </fieldset>
            </>
          )}
          {step === 'order-rectification' || (step === 'reinspect' && fields.result === 'failed') ? (
            <label>
              {step === 'reinspect' ? m.newDeadline : m.deadline}
              <input
                type="date"
                data-field="dueOn"
                value={fields.dueOn}
                onInput={(e) => set({ dueOn: e.currentTarget.value })}
              />
            </label>
          ) : null}
          {step === 'order-rectification' && (
            <label>
              {m.requirement}
              <input
                type="text"
                data-field="requirement"
                maxLength={1000}
                value={fields.orderText}
                onInput={(e) => set({ orderText: e.currentTarget.value })}
              />
            </label>
          )}
          {step === 'reinspect' && (
            <fieldset class="case-result">
              <legend>{m.result}</legend>
              {reinspectionResults.map((r) => (
                <label key={r} class="check">
                  <input
                    type="radio"
                    name={`reinspect-${row.id}`}
                    data-result={r}
                    checked={fields.result === r}
                    onChange={() => set({ result: r })}
                  />
                  {reinspectionResultLabels[r][lang]}
                </label>
              ))}
            </fieldset>
          )}
          <label>
            {m.stepNote}
            <textarea
              data-field="note"
              maxLength={2000}
              rows={2}
              value={fields.note}
              onInput={(e) => set({ note: e.currentTarget.value })}
            />
          </label>
          <button type="button" class="tool" data-submit-step={step} disabled={busy} onClick={() => void submit()}>
            {busy ? m.working : m.submit(caseStepLabels[step][lang])}
          </button>
        </div>
      )}
      {error ? (
        <p class="error" role="alert" data-step-error="">
          {error}
        </p>
      ) : null}
    </section>
  );
}
