import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CaseDetail } from '../../../server/schema/cases.ts';
import {
  caseMeasureLabels,
  caseOriginLabels,
  caseStageLabels,
  reinspectionResultLabels,
} from '../../../server/schema/enums/enforcement-case.ts';
import { provenanceLabels } from '../../../server/schema/enums/provenance.ts';
import type { LayerId } from '../../../server/schema/layer-catalogue.ts';
import type { ApiFailure } from '../../api/api-result.ts';
import { session } from '../../api/session.ts';
import { enforcementCasesMessages } from '../../i18n/enforcement-cases.ts';
import { showOnMap } from '../../map/show-on-map.ts';
import type { ConsoleData } from '../../api/load-data.ts';
import type { AppState, Language } from '../../state/app-state.ts';
import type { Store } from '../../state/store.ts';
import { CaseDocuments } from './case-documents.tsx';
import { dayOf, fineText } from './case-format.ts';
import { CaseStepForm } from './case-step-form.tsx';
import { CaseTimeline, shownAt } from './case-timeline.tsx';

/** What the detail needs from the view: the map, the store and the loaded layers (to show the entity). */
export interface CaseDetailContext {
  store: Store<AppState>;
  map: MapLibreMap;
  data: () => ConsoleData;
}

/** Where a layer's feature is, when it is a point the console has loaded. */
function pointOf(data: () => ConsoleData, layer: string, id: string): [number, number] | null {
  const geometry = data().layers[layer as LayerId]?.find((f) => String(f.id) === id)?.geometry;
  return geometry?.type === 'Point' ? [geometry.coordinates[0] as number, geometry.coordinates[1] as number] : null;
}

/**
 * One case: who and what, where it came from (the alert, the report's ticket, the sample's number, each a link),
 * its timeline, the decision, the rectification order, the documents and the next steps this user may take.
 */
export function CaseDetailPanel({
  detail,
  lang,
  context,
  send,
  onBack,
  onChanged,
}: {
  detail: CaseDetail;
  lang: Language;
  context: CaseDetailContext;
  send: (body: Record<string, unknown>) => Promise<ApiFailure | null>;
  onBack: () => void;
  onChanged: () => void;
}) {
  const m = enforcementCasesMessages(lang);
  const { store, map, data } = context;
  const show = (layer: string, id: string) => showOnMap(store, map, layer as LayerId, id, pointOf(data, layer, id));
  const decided = detail.decidedAt !== null || detail.stage === 'no-penalty';
  const measures = detail.otherMeasures.map((x) => caseMeasureLabels[x][lang]).join(lang === 'zh' ? '、' : ', ');
  const { links } = detail;
  return (
    <article class="case-detail" data-case={String(detail.id)} data-case-stage={detail.stage}>
      <button type="button" class="link-button" data-case-back="" onClick={onBack}>
        {m.back}
      </button>
      <h3>
        {m.detailTitle(detail.number)}{' '}
        <span class={`case-stage case-stage-${detail.stage}`}>{caseStageLabels[detail.stage][lang]}</span>{' '}
        {detail.provenance !== 'official' ? (
          <span class="badge" data-provenance={detail.provenance}>
            {provenanceLabels[detail.provenance][lang]}
          </span>
        ) : null}
      </h3>
      <table class="details">
        <tbody>
          <tr>
            <th>{m.colEntity}</th>
            <td>
              {detail.entity.name}{' '}
              <button
                type="button"
                class="link-button"
                data-show-entity={`${detail.entity.layer}:${detail.entity.id}`}
                onClick={() => show(detail.entity.layer, detail.entity.id)}
              >
                {m.showOnMap}
              </button>
            </td>
          </tr>
          <tr>
            <th>{m.colTownship}</th>
            <td>{detail.townshipName}</td>
          </tr>
          <tr>
            <th>{m.origin}</th>
            <td data-case-origin={detail.origin}>
              {caseOriginLabels[detail.origin][lang]}
              {links.alertId !== null && (
                <>
                  {' · '}
                  <button
                    type="button"
                    class="link-button"
                    data-open-alert={String(links.alertId)}
                    onClick={() =>
                      store.update({
                        view: 'alerts',
                        selected: { layer: detail.entity.layer as LayerId, id: detail.entity.id },
                      })
                    }
                  >
                    {m.openAlert(links.alertId)}
                  </button>
                </>
              )}
              {links.reportTicket !== null && (
                <>
                  {' · '}
                  <button
                    type="button"
                    class="link-button"
                    data-report-ticket={links.reportTicket}
                    onClick={() => show('public-reports', links.reportTicket ?? '')}
                  >
                    {m.reportTicket(links.reportTicket)}
                  </button>
                </>
              )}
              {links.sampleNo !== null && (
                <>
                  {' · '}
                  <button
                    type="button"
                    class="link-button"
                    data-sample-no={links.sampleNo}
                    onClick={() => show('fuel-samples', links.sampleNo ?? '')}
                  >
                    {m.sampleNo(links.sampleNo)}
                  </button>
                </>
              )}
            </td>
          </tr>
          <tr>
            <th>{m.colTask}</th>
            <td>{m.task(detail.task)}</td>
          </tr>
          <tr>
            <th>{m.department}</th>
            <td>{detail.departmentName ?? detail.departmentId}</td>
          </tr>
          <tr>
            <th>{m.violation}</th>
            <td>
              {detail.violation}
              <div class="muted">{m.openedBy(shownAt(detail.openedAt), detail.openedBy)}</div>
            </td>
          </tr>
        </tbody>
      </table>
      <CaseTimeline row={detail} steps={detail.steps} lang={lang} />
      {decided && (
        <section class="case-decision" data-case-decision="">
          <h4>{m.decision}</h4>
          <table class="details">
            <tbody>
              <tr>
                <th>{m.legalBasis}</th>
                <td>{detail.legalBasis ?? ''}</td>
              </tr>
              {detail.decisionNo !== null && (
                <tr>
                  <th>{m.decisionNo}</th>
                  <td>{detail.decisionNo}</td>
                </tr>
              )}
              {detail.fineYuan !== null && (
                <tr>
                  <th>{m.fine}</th>
                  <td data-fine={String(detail.fineYuan)}>{fineText(lang, detail.fineYuan)}</td>
                </tr>
              )}
              {detail.decidedAt !== null && (
                <tr>
                  <th>{m.measures}</th>
                  <td>{measures || m.noMeasures}</td>
                </tr>
              )}
            </tbody>
          </table>
        </section>
      )}
      {(detail.rectificationDueOn !== null || detail.reinspectedAt !== null) && (
        <section class="case-rectification" data-case-rectification="">
          <h4>{m.rectification}</h4>
          <table class="details">
            <tbody>
              {detail.rectificationDueOn !== null && (
                <tr>
                  <th>{m.dueOn}</th>
                  <td class={detail.overdue ? 'overdue' : ''} data-due={detail.rectificationDueOn}>
                    {detail.overdue ? m.dueOverdue(detail.rectificationDueOn) : detail.rectificationDueOn}
                  </td>
                </tr>
              )}
              {detail.reinspectedAt !== null && detail.reinspectionResult !== null && (
                <tr>
                  <th>{m.reinspection}</th>
                  <td>
                    {dayOf(detail.reinspectedAt)} · {reinspectionResultLabels[detail.reinspectionResult][lang]}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </section>
      )}
      <CaseDocuments
        caseId={detail.id}
        documents={detail.documents}
        lang={lang}
        canUpload={session.can('cases') && detail.stage !== 'closed'}
        onUploaded={onChanged}
      />
      <CaseStepForm row={detail} lang={lang} can={(p) => session.can(p)} send={send} />
    </article>
  );
}
