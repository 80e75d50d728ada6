import type { StopLayer } from '../../../server/schema/enums/stop-layer.ts';
import type { DustStatsMessages } from '../../i18n/dust-stats.ts';
import type { RoutesMessages } from '../../i18n/routes.ts';
import type { RoutePlanParams } from './route-plan-codec.ts';

/** The kinds of place the planner can be asked to visit by selection, with their labels. */
export const layerChoices: [StopLayer, (m: RoutesMessages, d: DustStatsMessages) => string][] = [
  ['construction-sites', (m) => m.layerConstruction],
  ['villages', (m) => m.layerVillages],
  ['machines', (m) => m.layerMachines],
  ['enterprises', (m) => m.layerEnterprises],
  ['fuel-points', (m) => m.layerFuel],
  ['checkpoints', (_, d) => d.stopCheckpoints],
  ['repair-shops', (_, d) => d.stopRepairShops],
  ['stockyards', (_, d) => d.stopStockyards],
];

export interface RouteFormProps {
  m: RoutesMessages;
  /** Issue 16's stop kinds (checkpoints, repair shops, stockyards). */
  dm: DustStatsMessages;
  params: RoutePlanParams;
  layers: StopLayer[];
  /** Names of the sites picked by hand, in order. */
  manualNames: string[];
  scope: string;
  canAddSelected: boolean;
  hasShape: boolean;
  busy: boolean;
  /** Messages beside the field they are about. */
  layerError: string | null;
  shiftError: string | null;
  onParams(next: RoutePlanParams): void;
  onLayers(next: StopLayer[]): void;
  onAddSelected(): void;
  onPlan(): void;
}

/** The planner's inputs: what to inspect, the area, the sites picked by hand, the team and its shift. */
export function RouteForm(props: RouteFormProps) {
  const { m, params, layers, onParams } = props;
  return (
    <>
      <div class="field">
        <span class="muted">{m.whatToInspect}</span>
        <div class="chips">
          {layerChoices.map(([id, label]) => (
            <label class="chip" key={id}>
              <input
                type="checkbox"
                data-route-layer={id}
                checked={layers.includes(id)}
                onChange={(e) =>
                  props.onLayers(e.currentTarget.checked ? [...layers, id] : layers.filter((layer) => layer !== id))
                }
              />
              {label(m, props.dm)}
            </label>
          ))}
        </div>
        {props.layerError ? (
          <p class="error" data-route-layer-error="">
            {props.layerError}
          </p>
        ) : null}
      </div>
      <label class="field check">
        <input
          type="checkbox"
          data-route-problems=""
          checked={params.onlyProblems}
          onChange={(e) => onParams({ ...params, onlyProblems: e.currentTarget.checked })}
        />
        {m.onlyProblems}
      </label>
      <label class="field check">
        <input
          type="checkbox"
          data-route-area=""
          checked={params.useArea && props.hasShape}
          disabled={!props.hasShape}
          onChange={(e) => onParams({ ...params, useArea: e.currentTarget.checked })}
        />
        {m.onlyArea}
      </label>
      <div class="field">
        <span class="muted">{m.manualCount(params.manual.length)}</span>
        <div class="alert-actions">
          <button
            type="button"
            class="tool"
            data-route-add=""
            disabled={!props.canAddSelected}
            onClick={props.onAddSelected}
          >
            {m.addSelected}
          </button>
          {params.manual.length ? (
            <button
              type="button"
              class="link-button"
              data-route-clear=""
              onClick={() => onParams({ ...params, manual: [] })}
            >
              {m.clear}
            </button>
          ) : null}
        </div>
        {params.manual.length ? (
          <ol class="itinerary" data-route-manual="">
            {props.manualNames.map((name, i) => (
              <li key={`${params.manual[i]?.layer}:${params.manual[i]?.id}`}>{name}</li>
            ))}
          </ol>
        ) : null}
      </div>
      <p class="muted" data-route-scope="">
        {props.scope}
      </p>
      <div class="alert-actions">
        <span>{m.inspectors}</span>
        <select
          aria-label={m.inspectors}
          data-route-count=""
          value={String(params.count)}
          onChange={(e) => onParams({ ...params, count: Number(e.currentTarget.value) })}
        >
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
        <span>{m.shift}</span>
        <input
          type="time"
          data-route-from=""
          aria-label={m.shiftStart}
          value={params.shift[0]}
          onChange={(e) => onParams({ ...params, shift: [e.currentTarget.value, params.shift[1]] })}
        />
        <input
          type="time"
          data-route-to=""
          aria-label={m.shiftEnd}
          value={params.shift[1]}
          onChange={(e) => onParams({ ...params, shift: [params.shift[0], e.currentTarget.value] })}
        />
      </div>
      {props.shiftError ? (
        <p class="error" data-route-shift-error="">
          {props.shiftError}
        </p>
      ) : null}
      <button type="button" class="tool active" data-route-plan="" disabled={props.busy} onClick={props.onPlan}>
        {props.busy ? m.planning : m.plan}
      </button>
    </>
  );
}
