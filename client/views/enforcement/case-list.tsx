import type { CaseListItem } from '../../../server/schema/cases.ts';
import { caseStageLabels } from '../../../server/schema/enums/enforcement-case.ts';
import { enforcementCasesMessages } from '../../i18n/enforcement-cases.ts';
import type { Language } from '../../state/app-state.ts';
import { dayOf } from './case-format.ts';

/**
 * The cases, a few lines each (the panel is narrow): number and stage badge; entity, its layer and township; task,
 * opened and the rectification deadline (red when overdue). The number opens the case.
 */
export function CaseList({
  cases,
  total,
  lang,
  selectedId,
  onSelect,
  layerName,
}: {
  cases: readonly CaseListItem[];
  /** A layer's name in the user's language (the catalogue's). */
  layerName: (layer: string) => string;
  total: number;
  lang: Language;
  selectedId: number | null;
  onSelect: (id: number) => void;
}) {
  const m = enforcementCasesMessages(lang);
  if (cases.length === 0)
    return (
      <p class="muted" data-case-total="0">
        {m.none}
      </p>
    );
  return (
    <>
      <p class="muted" data-case-total={String(total)}>
        {m.total(total)}
      </p>
      <ul class="case-list">
        {cases.map((c) => (
          <li
            key={c.id}
            data-case-row={String(c.id)}
            data-overdue={c.overdue ? 'true' : 'false'}
            class={c.id === selectedId ? 'selected' : ''}
          >
            <div class="case-line">
              <button type="button" class="link-button" data-open-case={String(c.id)} onClick={() => onSelect(c.id)}>
                {c.number}
              </button>{' '}
              <span class={`case-stage case-stage-${c.stage}`} data-stage={c.stage}>
                {caseStageLabels[c.stage][lang]}
              </span>
            </div>
            <div class="case-line">
              <strong>{c.entity.name}</strong>
              <span class="muted">
                {' '}
                {layerName(c.entity.layer)} · {c.townshipName}
              </span>
            </div>
            <div class="case-line muted">
              {m.task(c.task)} · {m.colOpened} {dayOf(c.openedAt)}
              {c.rectificationDueOn !== null && (
                <>
                  {' · '}
                  {m.colDue}{' '}
                  <span class={c.overdue ? 'num overdue' : 'num'} data-due={c.rectificationDueOn}>
                    {c.rectificationDueOn}
                    {c.overdue ? ` ${m.overdue}` : ''}
                  </span>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
