import { PathLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { RoutePlanResponse, StopLayer } from '../../server/schema/routes.ts';
import type { ViewMount } from '../app.ts';
import { h, present } from '../panels/dom.ts';
import { routeSheetHtml, routeToGpx } from './route-exports.ts';
import { takeHandedSites, type HandedSite } from './route-handoff.ts';
import { circleRing, decodeShape } from './shape-codec.ts';
import { T } from '../i18n/messages.ts';
import { session } from '../api/session.ts';
import { saveFile } from '../api/save-file.ts';
import { sendJson } from '../api/send-json.ts';

/** One colour per inspector (ui.md: routes, one colour per inspector). */
const COLORS: [number, number, number][] = [
  [214, 51, 132],
  [25, 113, 194],
  [47, 158, 68],
  [240, 140, 0],
  [112, 72, 232],
  [12, 166, 120],
];
const layerChoices: [StopLayer, string, string][] = [
  ['construction-sites', '建筑工地', 'Construction sites'],
  ['villages', '村（散煤复烧）', 'Villages'],
  ['machines', '非道路机械', 'Machines'],
  ['enterprises', '企业', 'Enterprises'],
  ['fuel-points', '非标油品', 'Fuel reports'],
];
const hex = (c: [number, number, number]) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/** The names of the signed-in inspector's townships. */
const ownTownshipNames = (townships: { properties: Record<string, unknown> }[]) =>
  (session.user?.townships ?? [])
    .map((code) => String(townships.find((t) => t.properties.code === code)?.properties.name ?? code))
    .join('、');

/**
 * 巡查 view: pick what to inspect (layers, the township filter, only places with an open
 * problem), set the team and the shift, plan; the routes are drawn on the map in one colour per
 * inspector with numbered stops, with an itinerary per inspector, what could not be fitted and
 * why, and GPX and a printable route sheet.
 */
export const mountRoutesView: ViewMount = ({ panel, store, data, setOverlayLayers }) => {
  const ownNames = () => ownTownshipNames(data().layers.townships ?? []);
  let layers: StopLayer[] = ['construction-sites'];
  let onlyProblems = true;
  let count = 2;
  let shift: [string, string] = ['08:30', '17:30'];
  /** Sites picked by hand (clicked on the map, or handed over from the alerts); when any, they are what is planned. */
  let manual: HandedSite[] = takeHandedSites();
  let useDrawnArea = false;
  let plan: RoutePlanResponse | null = null;
  /** Routes reordered by hand since the last plan, by inspector: they are kept as given when re-planning the rest. */
  let reordered = new Map<number, HandedSite[]>();
  let error = '';
  let busy = false;

  function drawRoutes(): void {
    if (!plan) {
      setOverlayLayers([]);
      return;
    }
    const stops = plan.routes.flatMap((r) =>
      r.stops.map((s, i) => ({
        ...s,
        n: i + 1,
        color: COLORS[(r.inspector - 1) % COLORS.length] as [number, number, number],
      })),
    );
    setOverlayLayers([
      new PathLayer({
        id: 'inspection-routes',
        data: plan.routes,
        getPath: (r) => r.geometry.coordinates,
        getColor: (r) =>
          [...(COLORS[(r.inspector - 1) % COLORS.length] as [number, number, number]), 220] as [
            number,
            number,
            number,
            number,
          ],
        getWidth: 4,
        widthUnits: 'pixels',
        jointRounded: true,
        capRounded: true,
      }),
      new ScatterplotLayer({
        id: 'inspection-stops',
        data: stops,
        getPosition: (s) => s.position,
        getRadius: 9,
        radiusUnits: 'pixels',
        getFillColor: (s) => s.color,
        stroked: true,
        getLineColor: [255, 255, 255],
        lineWidthUnits: 'pixels',
        getLineWidth: 2,
      }),
      new TextLayer({
        id: 'inspection-stop-numbers',
        data: stops,
        getPosition: (s) => s.position,
        getText: (s) => String(s.n),
        getSize: 11,
        fontWeight: 700,
        getColor: [255, 255, 255],
        getTextAnchor: 'middle',
        getAlignmentBaseline: 'center',
      }),
      new ScatterplotLayer({
        id: 'inspection-depot',
        data: [plan.depot],
        getPosition: (d) => d,
        getRadius: 8,
        radiusUnits: 'pixels',
        getFillColor: [20, 20, 20],
        stroked: true,
        getLineColor: [255, 255, 255],
        lineWidthUnits: 'pixels',
        getLineWidth: 2,
      }),
    ]);
  }

  async function runPlan(override?: { sites: HandedSite[]; fixed: HandedSite[][] }): Promise<void> {
    const state = store.get();
    busy = true;
    error = '';
    render();
    const shape = useDrawnArea ? decodeShape(state.shape) : null;
    const area = shape
      ? {
          type: 'Polygon' as const,
          coordinates: [shape.kind === 'circle' ? circleRing(shape.center, shape.radiusM) : shape.ring],
        }
      : undefined;
    // an inspector plans within their own townships unless a township is chosen (the server checks it either way)
    const own = session.user?.role === 'inspector' ? session.user.townships : null;
    const townships = state.township ? [state.township] : own;
    const body = override
      ? {
          sites: override.sites.map(({ layer, id }) => ({ layer, id })),
          fixed: override.fixed.map((route) => route.map(({ layer, id }) => ({ layer, id }))),
          inspectors: { count, shift },
          ...(state.asOf ? { asOf: state.asOf } : {}),
        }
      : {
          ...(manual.length
            ? { sites: manual.map(({ layer, id }) => ({ layer, id })) }
            : {
                select: {
                  layers,
                  ...(townships ? { townships } : {}),
                  onlyWithAlerts: onlyProblems,
                  ...(area ? { area } : {}),
                },
              }),
          inspectors: { count, shift },
          ...(state.asOf ? { asOf: state.asOf } : {}),
        };
    reordered = new Map();
    const result = await sendJson<RoutePlanResponse>('POST', '/api/routes/plan', body);
    plan = result.ok ? result.value : null;
    if (!result.ok) error = result.error.message;
    busy = false;
    drawRoutes();
    render();
  }

  /** ▲▼ to move a stop within its inspector's route (the route is then kept as ordered). */
  function moveButtons(inspector: number, order: HandedSite[], i: number): HTMLElement {
    const move = (delta: number) => {
      const next = [...order];
      const j = i + delta;
      if (j < 0 || j >= next.length) return;
      [next[i], next[j]] = [next[j] as HandedSite, next[i] as HandedSite];
      reordered.set(inspector, next);
      render();
    };
    const up = h(
      'button',
      { type: 'button', class: 'tool', 'data-move-up': `${inspector}:${i}`, disabled: i === 0 },
      '▲',
    );
    const down = h(
      'button',
      { type: 'button', class: 'tool', 'data-move-down': `${inspector}:${i}`, disabled: i === order.length - 1 },
      '▼',
    );
    up.addEventListener('click', () => move(-1));
    down.addEventListener('click', () => move(1));
    return h('span', { class: 'move-buttons' }, up, down);
  }

  function render(): void {
    const lang = store.get().lang;
    const date = (store.get().asOf ?? '').slice(0, 10) || T(lang, '当日', 'today');
    const layerChips = layerChoices.map(([id, zh, en]) => {
      const input = h('input', { type: 'checkbox', checked: layers.includes(id), 'data-route-layer': id });
      input.addEventListener('change', () => {
        layers = input.checked ? [...layers, id] : layers.filter((l) => l !== id);
      });
      return h('label', { class: 'chip' }, input, T(lang, zh, en));
    });
    const problems = h('input', { type: 'checkbox', checked: onlyProblems, 'data-route-problems': '' });
    problems.addEventListener('change', () => (onlyProblems = problems.checked));
    const team = h(
      'select',
      { 'data-route-count': '' },
      ...[1, 2, 3, 4, 5].map((n) => h('option', { value: String(n), selected: n === count }, String(n))),
    );
    team.addEventListener('change', () => (count = Number(team.value)));
    const from = h('input', { type: 'time', value: shift[0], 'data-route-from': '' });
    const to = h('input', { type: 'time', value: shift[1], 'data-route-to': '' });
    from.addEventListener('change', () => (shift = [from.value, shift[1]]));
    to.addEventListener('change', () => (shift = [shift[0], to.value]));
    const go = h(
      'button',
      { type: 'button', class: 'tool active', 'data-route-plan': '', disabled: busy },
      busy ? T(lang, '规划中…', 'Planning…') : T(lang, '规划路线', 'Plan routes'),
    );
    go.addEventListener('click', () => void runPlan());
    const township = store.get().township;
    const selected = store.get().selected;
    const selectable =
      selected &&
      (layerChoices.some(([id]) => id === selected.layer) ||
        selected.layer === 'dustfall-points' ||
        selected.layer === 'stations');
    const addSelected = h(
      'button',
      { type: 'button', class: 'tool', 'data-route-add': '', disabled: !selectable },
      T(lang, '加入选中点位', 'Add the selected place'),
    );
    addSelected.addEventListener('click', () => {
      if (!selected || manual.some((m) => m.layer === selected.layer && m.id === selected.id)) return;
      const feature = data().layers[selected.layer]?.find((f) => String(f.id) === selected.id);
      manual = [
        ...manual,
        { layer: selected.layer as StopLayer, id: selected.id, name: String(feature?.properties.name ?? selected.id) },
      ];
      render();
    });
    const clearManual = h(
      'button',
      { type: 'button', class: 'link-button', 'data-route-clear': '' },
      T(lang, '清空', 'Clear'),
    );
    clearManual.addEventListener('click', () => {
      manual = [];
      render();
    });
    const areaBox = h('input', {
      type: 'checkbox',
      checked: useDrawnArea,
      disabled: !store.get().shape,
      'data-route-area': '',
    });
    areaBox.addEventListener('change', () => (useDrawnArea = areaBox.checked));

    const results: (Node | null)[] = [];
    if (plan) {
      const p = plan;
      results.push(
        h(
          'p',
          { class: 'muted', 'data-route-summary': '' },
          T(
            lang,
            `${p.routes.length} 名巡查员，` +
              `${p.routes.reduce((n, r) => n + r.stops.length, 0)} 个点位，求解 ${p.solveMs} ms` +
              `${p.method === 'straight-line' ? '（无路网，按直线估算）' : '（路网为合成示意）'}`,
            `${p.routes.length} inspectors, ` +
              `${p.routes.reduce((n, r) => n + r.stops.length, 0)} stops, solved in ${p.solveMs} ms` +
              `${p.method === 'straight-line' ? ' (no road network: straight lines)' : ' (synthetic roads)'}`,
          ),
        ),
      );
      for (const r of p.routes) {
        const color = hex(COLORS[(r.inspector - 1) % COLORS.length] as [number, number, number]);
        const gpx = h('button', { type: 'button', class: 'link-button', 'data-route-gpx': String(r.inspector) }, 'GPX');
        gpx.addEventListener('click', () =>
          saveFile(`lantian-route-${date}-${r.inspector}.gpx`, routeToGpx(r, date), 'application/gpx+xml'),
        );
        results.push(
          h(
            'section',
            { class: 'route-card', 'data-route': String(r.inspector) },
            h(
              'h3',
              {},
              h('span', { class: 'route-swatch', style: `background:${color}` }),
              T(lang, `巡查员 ${r.inspector}`, `Inspector ${r.inspector}`),
              h(
                'span',
                { class: 'muted' },
                ` ${r.depart}–${r.end} · ${r.travelMinutes} ${T(lang, '分钟', 'min')} · ${r.distanceKm} km `,
              ),
              gpx,
            ),
            r.fixed
              ? h(
                  'p',
                  { class: 'muted' },
                  T(
                    lang,
                    `📌 按手动顺序${r.overShift ? '（超出班次！）' : ''}`,
                    `📌 kept in your order${r.overShift ? ' (runs past the shift!)' : ''}`,
                  ),
                )
              : null,
            (() => {
              const order = reordered.get(r.inspector);
              if (order) {
                return h(
                  'ol',
                  { class: 'itinerary', 'data-reordered': String(r.inspector) },
                  ...order.map((s, i) =>
                    h('li', { 'data-stop': `${s.layer}:${s.id}` }, s.name, ' ', moveButtons(r.inspector, order, i)),
                  ),
                );
              }
              return h(
                'ol',
                { class: 'itinerary' },
                ...r.stops.map((s, i) => {
                  const b = h('button', { type: 'button', class: 'link-button' }, s.name);
                  b.addEventListener('click', () => store.update({ selected: { layer: s.layer, id: s.id } }));
                  const asSites = r.stops.map((x) => ({ layer: x.layer, id: x.id, name: x.name }));
                  return h(
                    'li',
                    { 'data-stop': `${s.layer}:${s.id}` },
                    b,
                    h('span', { class: 'muted' }, ` ${s.arrival} · ${s.start}–${s.departure} `),
                    moveButtons(r.inspector, asSites, i),
                  );
                }),
              );
            })(),
          ),
        );
      }
      if (reordered.size) {
        const replan = h(
          'button',
          { type: 'button', class: 'tool active', 'data-route-replan': '' },
          T(lang, '按调整重新规划其余点位', 'Keep my order, re-plan the rest'),
        );
        replan.addEventListener('click', () => {
          const sites = [
            ...p.routes.flatMap((r) => r.stops.map((s) => ({ layer: s.layer, id: s.id, name: s.name }))),
            ...p.unassigned.map((u) => ({ layer: u.layer, id: u.id, name: u.name })),
          ];
          const fixed = [...reordered.entries()].sort((a, b) => a[0] - b[0]).map(([, order]) => order);
          void runPlan({ sites, fixed });
        });
        results.push(h('p', {}, replan));
      }
      if (p.unassigned.length) {
        results.push(
          h('h3', {}, T(lang, `未能安排（${p.unassigned.length}）`, `Not fitted (${p.unassigned.length})`)),
          h(
            'ul',
            { class: 'alert-list', 'data-route-unassigned': '' },
            ...p.unassigned.map((u) => h('li', {}, `${u.name}：${u.reason}`)),
          ),
        );
      }
      const print = h(
        'button',
        { type: 'button', class: 'link-button', 'data-route-print': '' },
        T(lang, '打印路线单', 'Print route sheet'),
      );
      print.addEventListener('click', () => {
        const w = window.open('', '_blank');
        if (w) {
          w.document.write(routeSheetHtml(p, date));
          w.document.close();
          w.print();
        }
      });
      results.push(h('p', {}, print));
    }
    panel.replaceChildren(
      ...present(
        h('h2', {}, T(lang, '巡查路线规划', 'Inspection routes')),
        h(
          'div',
          { class: 'field' },
          h('span', { class: 'muted' }, T(lang, '巡查对象', 'What to inspect')),
          h('div', { class: 'chips' }, ...layerChips),
        ),
        h(
          'label',
          { class: 'field check' },
          problems,
          T(lang, '只选有问题的点位（告警）', 'Only places with an open problem (alerts)'),
        ),
        h(
          'label',
          { class: 'field check' },
          areaBox,
          T(lang, '只选“分析”中绘制的区域内', 'Only inside the area drawn under Analysis'),
        ),
        h(
          'div',
          { class: 'field' },
          h(
            'span',
            { class: 'muted' },
            T(
              lang,
              `手选点位（优先于上面的条件）：${manual.length}`,
              `Picked by hand (overrides the selection): ${manual.length}`,
            ),
          ),
          h('div', { class: 'alert-actions' }, addSelected, manual.length ? clearManual : null),
          manual.length
            ? h('ol', { class: 'itinerary', 'data-route-manual': '' }, ...manual.map((m) => h('li', {}, m.name)))
            : null,
        ),
        h(
          'p',
          { class: 'muted', 'data-route-scope': '' },
          township
            ? T(lang, `范围：已筛选乡镇 ${township}`, `Area: township ${township}`)
            : session.user?.role === 'inspector'
              ? T(lang, `范围：所辖乡镇 ${ownNames()}`, `Area: your townships ${ownNames()}`)
              : T(lang, '范围：全区（可在“图层”中选择乡镇）', 'Area: whole district (pick a township under Layers)'),
        ),
        h(
          'div',
          { class: 'alert-actions' },
          h('span', {}, T(lang, '巡查员', 'Inspectors')),
          team,
          h('span', {}, T(lang, '班次', 'Shift')),
          from,
          to,
        ),
        go,
        error ? h('p', { class: 'error', 'data-route-error': '' }, error) : null,
        ...results,
      ),
    );
    panel.dataset.ready = 'true';
  }

  let previous = store.get();
  const unsubscribe = store.subscribe((state) => {
    if (
      state.lang !== previous.lang ||
      state.township !== previous.township ||
      state.selected !== previous.selected ||
      state.shape !== previous.shape
    )
      render();
    previous = state;
  });
  render();
  return () => {
    unsubscribe();
    setOverlayLayers([]);
  };
};
