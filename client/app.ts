import { relabelMap } from './map/map-locale.ts';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '../server/schema/layer-catalogue.ts';
import { createLatestRequest } from './api/latest-request.ts';
import { loadConsoleData, loadLayers, timeDependentLayers, type ConsoleData } from './api/load-data.ts';
import { consoleMessages, message, type MessageKey } from './i18n/messages.ts';
import {
  buildDeckLayers,
  MACHINE_CLUSTER_BELOW_ZOOM,
  pointPosition,
  type MachineCluster,
} from './layers/build-deck-layers.ts';
import { filterFeatures, type LayerFeature } from './layers/feature-filter.ts';
import { countiesGeojsonUrl, createConsoleMap, type ConsoleMap } from './map/create-map.ts';
import { boundsOf } from './map/bounds-of.ts';
import { labelPoint } from './map/label-point.ts';
import { exportLegend } from './map/export-legend.ts';
import { blobToDataUrl, exportMapPng, setExportLegend } from './map/export-map-png.ts';
import { renderDashboard } from './panels/dashboard-panel.ts';
import { mapLegend } from './panels/map-legend.ts';
import { loadOverviewStanding, type OverviewStanding } from './panels/target-standing.ts';
import { renderDetails } from './panels/details-drawer.ts';
import { h } from './panels/dom.ts';
import { renderLayersPanel } from './panels/layers-panel.ts';
import { renderRecordEditor } from './panels/record-editor.ts';
import { searchFeatures, type SearchHit } from './panels/search-index.ts';
import { renderSettings, TIANDITU_TOKEN_KEY } from './panels/settings-menu.ts';
import type { AppState, View } from './state/app-state.ts';
import type { Store } from './state/store.ts';
import { formatUrlState, parseUrlState } from './state/url-state.ts';
import { session, SIGNED_OUT_EVENT, signOut } from './api/session.ts';
import { failureText } from './api/failure-text.ts';
import { roleLabels } from '../server/schema/enums/role.ts';
import { DISTRICT_ENTITY, ruleTitles, type RuleId } from '../server/schema/enums/rule-id.ts';
import { createAlertNews } from './live/alert-news.ts';
import { mountAlertToasts } from './live/alert-toasts.tsx';
import { createLiveControl } from './live/live-control.ts';
import { connectLiveEvents, onLive, onLiveStatus } from './live/live-events.ts';
import { onPresentMoved, readingsTouchShown } from './live/live-mode.ts';
import { liveMessages } from './i18n/live.ts';
import { muckTrackBounds } from './layers/muck-track-layers.ts';
import { onMuckTrackChange } from './layers/muck-track-overlay.ts';

/** What a view module gets to work with while it is shown. */
export interface ViewContext {
  panel: HTMLElement;
  /** The bottom strip (timeline), empty and hidden unless the view fills it. */
  bottom: HTMLElement;
  store: Store<AppState>;
  data: () => ConsoleData;
  map: MapLibreMap;
  /** Deck.gl layers the view draws above the data layers (routes, numbered stops…); [] to remove. */
  setOverlayLayers(layers: Layer[]): void;
  /** Reloads every layer from the API (after an import changed them). */
  reloadData(): Promise<void>;
}
/** Mounts a view into the panel; returns its clean-up. */
export type ViewMount = (context: ViewContext) => () => void;

const railItems: [View | null, MessageKey][] = [
  ['overview', 'viewOverview'],
  ['layers', 'viewLayers'],
  ['analysis', 'viewAnalysis'],
  ['air', 'viewAir'],
  ['alerts', 'viewAlerts'],
  ['emergency', 'viewEmergency'],
  ['dust', 'viewDust'],
  ['enforcement', 'viewEnforcement'],
  ['departments', 'viewDepartments'],
  ['ledgers', 'viewLedgers'],
  ['routes', 'viewRoutes'],
  ['tasks', 'viewTasks'],
  ['plan', 'viewPlan'],
  ['data', 'viewData'],
];

/** Views a role may not use are not offered (the server refuses their writes anyway). */
const viewAllowed = (view: View): boolean => view !== 'routes' || session.can('routes');

/** Builds the console into `root` and keeps it in step with `store` (and the URL). */
export function startConsole(
  root: HTMLElement,
  store: Store<AppState>,
  viewMounts: Partial<Record<View, ViewMount>> = {},
): void {
  const lang = () => store.get().lang;
  const t = (key: MessageKey) => message(lang(), key);

  // --- frame (ui.md): top bar, left rail, left panel, map, right drawer
  const title = h('h1', {});
  const badge = h('span', { class: 'badge' });
  const asOfLabel = h('span', {});
  const asOfInput = h('input', { type: 'datetime-local', step: '3600', 'data-as-of': '' });
  const asOf = h('label', { class: 'as-of' }, asOfLabel, asOfInput);
  const bottom = h('div', { class: 'bottom-strip', hidden: true });
  const searchInput = h('input', { type: 'search', class: 'search', 'data-search': '' });
  const searchResults = h('ul', { class: 'search-results', hidden: true });
  const langButton = h('button', { type: 'button', class: 'top-button', 'data-action': 'language' });
  const shareButton = h('button', { type: 'button', class: 'top-button', 'data-action': 'share' });
  const settingsButton = h('button', {
    type: 'button',
    class: 'top-button',
    'data-action': 'settings',
    'aria-haspopup': 'true',
  });
  const settingsPopover = h('div', { class: 'popover', hidden: true });
  const userMenu = h('div', { class: 'user-menu', 'data-user': session.user?.username ?? '' });
  const demoBanner = h('div', { class: 'demo-banner', role: 'note', 'data-demo-banner': '', hidden: !session.demo });
  const rail = h('nav', { class: 'rail' });
  const panel = h('aside', { class: 'panel', 'aria-live': 'polite' });
  const mapContainer = h('div', { class: 'map', role: 'region' });
  const drawer = h('aside', { class: 'drawer', hidden: true });
  const status = h('div', { class: 'load-status', hidden: true });
  // 实时 (issue 14): the toggle and 「有新数据」 beside the as-of, new-alert toasts over the map
  let liveChosen = store.get().live;
  let newData: string | null = null;
  let liveLost = false;
  const liveControl = createLiveControl({
    onToggle: () => {
      liveChosen = true;
      store.update(store.get().live ? { live: false } : { live: true, asOf: null });
    },
    onJump: () => {
      liveChosen = true;
      store.update({ live: true, asOf: null });
    },
  });
  const renderLive = () => liveControl.render({ lang: lang(), live: store.get().live, newData, lost: liveLost });
  const toastHost = h('div', { class: 'toast-host' });
  root.replaceChildren(
    demoBanner,
    h(
      'header',
      { class: 'top-bar' },
      title,
      badge,
      asOf,
      liveControl.element,
      h('div', { class: 'search-box' }, searchInput, searchResults),
      h('div', { class: 'top-actions' }, shareButton, langButton, settingsButton, settingsPopover, userMenu),
    ),
    h('main', { class: 'frame' }, rail, panel, h('div', { class: 'map-wrap' }, mapContainer, status, bottom), drawer),
    toastHost,
  );

  const consoleMap: ConsoleMap = createConsoleMap(
    mapContainer,
    store.get(),
    localStorage.getItem(TIANDITU_TOKEN_KEY) ?? '',
  );
  const { map, overlay } = consoleMap;
  let data: ConsoleData | null = null;
  let countyLabels: { position: [number, number]; name: string }[] = [];
  void fetch(countiesGeojsonUrl)
    .then((res) => res.json() as Promise<FeatureCollection<Polygon | MultiPolygon, { name: string; adcode: string }>>)
    .then((fc) => {
      countyLabels = fc.features
        .filter((f) => f.properties.adcode !== '140902')
        .map((f) => ({ position: labelPoint(f.geometry), name: f.properties.name }));
      renderMapData();
    })
    .catch(() => undefined); // labels are context only; the outlines come from the style
  let highlightTask: number | null = null;
  let deckReady = false;

  const filtered = (): Partial<Record<LayerId, LayerFeature[]>> => {
    if (!data) return {};
    const state = store.get();
    return Object.fromEntries(
      Object.entries(data.layers).map(([id, fs]) => [id, filterFeatures(id as LayerId, fs ?? [], state)]),
    );
  };
  const findFeature = (layer: LayerId, id: string) => data?.layers[layer]?.find((f) => String(f.id) === id);

  function renderChrome(): void {
    const state = store.get();
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appTitle');
    title.textContent = t('appTitle');
    // the badge says what is not official: provisional boundaries (until surveyed ones are imported) and synthetic
    // records
    const approximate = !data || (data.layers.townships ?? []).some((f) => f.properties.provenance !== 'official');
    const synthetic =
      !data || Object.values(data.layers).some((fs) => fs?.some((f) => f.properties.provenance === 'synthetic'));
    badge.textContent = [approximate ? t('badgeApproximate') : '', synthetic ? t('badgeSynthetic') : '']
      .filter(Boolean)
      .join(' · ');
    badge.hidden = !approximate && !synthetic;
    badge.title = t('demoBadgeTitle');
    asOfLabel.textContent = t('asOf');
    if (data) {
      asOfInput.min = data.meta.dataset.readings_from ?? '';
      asOfInput.max = data.meta.defaultAsOf;
      asOfInput.value = state.asOf ?? data.meta.defaultAsOf;
    }
    searchInput.placeholder = t('search');
    langButton.textContent = t('language');
    shareButton.textContent = t('shareLink');
    settingsButton.textContent = `⚙ ${t('settings')}`;
    mapContainer.setAttribute('aria-label', t('mapRegion'));
    relabelMap(mapContainer, state.lang);
    demoBanner.textContent = t('demoBanner');
    const user = session.user;
    const signOutButton = h(
      'button',
      { type: 'button', class: 'top-button', 'data-action': user ? 'sign-out' : 'sign-in' },
      user ? t('signOut') : t('signIn'),
    );
    signOutButton.addEventListener(
      'click',
      () => void (user ? signOut() : Promise.resolve()).then(() => window.location.reload()),
    );
    userMenu.replaceChildren(
      ...(user
        ? [h('span', { title: user.username }, `${user.displayName} · ${roleLabels[user.role][state.lang]}`)]
        : []),
      signOutButton,
    );
    rail.replaceChildren(
      ...railItems
        .filter(([item]) => item === null || viewAllowed(item))
        .map(([item, key]) => {
          const view = item && (item === 'overview' || item === 'layers' || viewMounts[item]) ? item : null;
          const button = h(
            'button',
            {
              type: 'button',
              class: `rail-item${view === state.view ? ' active' : ''}`,
              'data-view': view ?? key,
              disabled: view === null,
              title: view ? undefined : t('comingSoon'),
            },
            t(key),
          );
          const news = item === 'alerts' ? alertNews.get().count : 0;
          if (news > 0)
            button.append(
              h(
                'span',
                {
                  class: 'rail-badge',
                  'data-alert-badge': String(news),
                  title: liveMessages(state.lang).badgeTitle(news),
                },
                news > 99 ? '99+' : String(news),
              ),
            );
          if (view) button.addEventListener('click', () => store.update({ view }));
          return button;
        }),
    );
    if (!settingsPopover.hidden)
      renderSettings(settingsPopover, store, () =>
        consoleMap.setBasemap(store.get(), localStorage.getItem(TIANDITU_TOKEN_KEY) ?? ''),
      );
  }

  // 总览: where the targets stand at the as-of (loaded once per as-of, redrawn when it arrives)
  let standing: { asOf: string; value: OverviewStanding | null } | null = null;
  const standingRequest = createLatestRequest();
  function loadStanding(at: string): void {
    standing = { asOf: at, value: null };
    const signal = standingRequest.next();
    void loadOverviewStanding(at, signal).then((value) => {
      if (signal.aborted || standing?.asOf !== at) return;
      standing = { asOf: at, value };
      if (store.get().view === 'overview' && !mounted) renderPanel();
    });
  }

  let mounted: { view: View; dispose: () => void } | null = null;
  let shownView: View | null = null;
  let overlayLayers: Layer[] = [];
  function renderPanel(): void {
    if (!data) return;
    const state = store.get();
    if (mounted && mounted.view !== state.view) {
      mounted.dispose();
      mounted = null;
      if (overlayLayers.length) {
        overlayLayers = [];
        renderMapData();
      }
      bottom.hidden = true;
      bottom.replaceChildren();
    }
    const mount = viewAllowed(state.view) ? viewMounts[state.view] : undefined;
    if (state.view !== shownView) {
      shownView = state.view;
      panel.scrollTop = 0; // a view opens at its top
    }
    if (mount) {
      if (!mounted) {
        // a view mounts into an empty panel (Preact renders beside what it finds; a hand-built view leaves its frame)
        panel.replaceChildren();
        const current = (): ConsoleData => {
          if (!data) throw new Error('view mounted before the data loaded');
          return data;
        };
        mounted = {
          view: state.view,
          dispose: mount({
            panel,
            bottom,
            store,
            map,
            data: current,
            setOverlayLayers: (layers) => {
              overlayLayers = layers;
              renderMapData();
            },
            reloadData: () => load(true),
          }),
        };
      }
    } else if (state.view === 'overview') {
      const asOfNow = state.asOf ?? data.meta.defaultAsOf;
      if (standing?.asOf !== asOfNow) loadStanding(asOfNow);
      renderDashboard(panel, data.plan, state.lang, highlightTask, {
        standing: standing?.asOf === asOfNow ? standing.value : null,
        dustfall: filtered()['dustfall-points'] ?? [],
        legend: mapLegend(state.layers, data.catalogue.layers, state.lang),
      });
    } else {
      const townships = (data.layers.townships ?? []).map((f) => ({
        code: String(f.properties.code),
        name: String(f.properties.name),
        nameEn: String(f.properties.nameEn),
      }));
      renderLayersPanel(panel, store, data.catalogue.layers, data.layers, townships);
    }
    panel.dataset.ready = 'true';
  }

  function renderMapData(): void {
    if (!data) return;
    const state = store.get();
    const shown = filtered();
    const townshipLabels = (shown.townships ?? []).map((f) => ({
      position: f.properties.seat as [number, number],
      name: String(f.properties.name),
      nameEn: String(f.properties.nameEn),
    }));
    const fc = (fs: LayerFeature[] | undefined, on: boolean) => ({
      type: 'FeatureCollection' as const,
      features: on ? (fs ?? []) : [],
    });
    consoleMap.setSourceData('townships', fc(shown.townships, state.layers.includes('townships')));
    consoleMap.setSourceData('zones', fc(shown['nrmm-zones'], state.layers.includes('nrmm-zones')));
    overlay.setProps({
      layers: [
        // issue 18: the concentration surface and wind (beneath the data layers)
        // issue 18: the machines' position density
        ...buildDeckLayers({ data: shown, state, townshipLabels, countyLabels }),
        ...overlayLayers,
      ],
      onAfterRender: () => {
        if (!deckReady && data) {
          deckReady = true;
          document.body.dataset.layersDrawn = 'true';
        }
      },
    });
  }

  let selectedPolygon: { source: string; id: string } | null = null;
  function renderSelection(): void {
    const state = store.get();
    if (selectedPolygon && map.getSource(selectedPolygon.source))
      map.setFeatureState({ source: selectedPolygon.source, id: selectedPolygon.id }, { selected: false });
    selectedPolygon = null;
    const sel = state.selected;
    const polygonSource = sel?.layer === 'townships' ? 'townships' : sel?.layer === 'nrmm-zones' ? 'zones' : null;
    if (sel && polygonSource && map.getSource(polygonSource)) {
      selectedPolygon = { source: polygonSource, id: sel.id };
      map.setFeatureState(selectedPolygon, { selected: true });
    }
    if (!data) return;
    renderDetails(
      drawer,
      sel?.layer ?? 'townships',
      sel ? findFeature(sel.layer, sel.id) : undefined,
      data.catalogue.layers,
      state.lang,
      {
        close: () => store.update({ selected: null }),
        showTownship: (code) => {
          store.update({ townships: [code], selected: { layer: 'townships', id: code }, view: 'layers' });
          fitTownships([code]);
        },
        showTask: (n) => {
          highlightTask = n;
          store.update({ view: 'overview' });
          renderPanel();
        },
        showRequirement: (id) => store.update({ view: 'plan', planReq: id }),
      },
      {
        asOf: state.asOf ?? data.meta.defaultAsOf,
        townshipNameEn: (code) => {
          const nameEn = findFeature('townships', code)?.properties.nameEn;
          return typeof nameEn === 'string' ? nameEn : undefined;
        },
      },
    );
    // admins correct a record in place (the server checks the role and every field)
    const feature = sel ? findFeature(sel.layer, sel.id) : undefined;
    if (sel && feature && sel.layer !== 'townships' && session.can('edit') && !drawer.hidden) {
      const editor = h('div', { class: 'record-edit', 'data-record-edit': '' });
      drawer.append(editor);
      renderRecordEditor(editor, sel.layer, feature, state.lang, () => load(true)); // load redraws the selection
    }
  }

  /** Fits the map to the chosen townships (the 图层 filter). */
  function fitTownships(codes: readonly string[]): void {
    const chosen = codes.map((code) => findFeature('townships', code)).filter((f) => f !== undefined);
    const bounds = chosen.length ? boundsOf(chosen) : null;
    if (bounds) map.fitBounds(bounds, { padding: 40, duration: 600 });
  }

  function flyTo(layer: LayerId, id: string): void {
    const f = findFeature(layer, id);
    if (!f) return;
    if (f.geometry.type === 'Point')
      map.flyTo({ center: pointPosition(f), zoom: Math.max(map.getZoom(), 12.5), duration: 700 });
    else {
      const b = boundsOf([f]);
      if (b) map.fitBounds(b, { padding: 40, duration: 700 });
    }
  }

  // --- interaction
  map.on('click', (event) => {
    if (document.body.dataset.drawing === 'true') return; // the analysis view is drawing
    const picked = overlay.pickObject({
      x: event.point.x,
      y: event.point.y,
      radius: 4,
    }) as PickingInfo<LayerFeature> | null;
    if ((picked?.layer?.id === 'machines-clusters' || picked?.layer?.id === 'vehicles-clusters') && picked.object) {
      const cluster = picked.object as unknown as MachineCluster;
      map.flyTo({
        center: cluster.position,
        zoom: Math.max(MACHINE_CLUSTER_BELOW_ZOOM, map.getZoom() + 2),
        duration: 600,
      });
      return;
    }
    const layerId = picked?.layer?.id as LayerId | undefined;
    if (picked?.object && layerId) {
      store.update({ selected: { layer: layerId, id: String(picked.object.id) } });
      return;
    }
    const hit = map.queryRenderedFeatures(event.point, { layers: ['zones-fill', 'townships-fill'] })[0];
    if (hit) {
      const layer: LayerId = hit.layer.id === 'zones-fill' ? 'nrmm-zones' : 'townships';
      store.update({ selected: { layer, id: String(hit.id ?? hit.properties.code ?? hit.properties.id) } });
      return;
    }
    store.update({ selected: null });
  });
  map.on('mousemove', (event) => {
    const picked = overlay.pickObject({ x: event.point.x, y: event.point.y, radius: 4 });
    map.getCanvas().style.cursor = picked ? 'pointer' : '';
  });
  map.on('moveend', () => {
    const c = map.getCenter();
    store.update({
      center: [Number(c.lng.toFixed(5)), Number(c.lat.toFixed(5))],
      zoom: Number(map.getZoom().toFixed(2)),
    });
  });

  // search: typing lists matches; ArrowUp/ArrowDown move the highlight, Enter opens it (or the first match), Esc
  // closes the list; opening a match clears the box
  let searchHits: SearchHit[] = [];
  let activeHit = -1;
  function closeSearch(): void {
    searchResults.hidden = true;
    searchInput.value = '';
    searchHits = [];
    activeHit = -1;
  }
  function openHit(hit: SearchHit): void {
    closeSearch();
    const layers = store.get().layers.includes(hit.layer) ? store.get().layers : [...store.get().layers, hit.layer];
    store.update({ selected: { layer: hit.layer, id: hit.id }, layers });
    flyTo(hit.layer, hit.id);
  }
  function renderSearchResults(): void {
    searchResults.hidden = searchInput.value.trim() === '';
    searchInput.setAttribute('aria-expanded', String(!searchResults.hidden));
    searchResults.replaceChildren(
      ...(searchHits.length
        ? searchHits.map((hit, index) => {
            const layerName = data?.catalogue.layers.find((l) => l.id === hit.layer);
            const button = h(
              'button',
              {
                type: 'button',
                'data-hit': `${hit.layer}:${hit.id}`,
                class: index === activeHit ? 'active' : undefined,
                'aria-selected': index === activeHit ? 'true' : undefined,
              },
              h('span', {}, hit.name || hit.code),
              h(
                'span',
                { class: 'muted' },
                ` ${hit.code} · ${layerName ? (lang() === 'zh' ? layerName.nameZh : layerName.nameEn) : hit.layer}`,
              ),
            );
            button.addEventListener('click', () => openHit(hit));
            return h('li', {}, button);
          })
        : [h('li', { class: 'muted' }, t('searchNoResult'))]),
    );
    searchResults.querySelector('button.active')?.scrollIntoView({ block: 'nearest' });
  }
  searchInput.addEventListener('input', () => {
    searchHits = data ? searchFeatures(data.layers, searchInput.value) : [];
    activeHit = -1;
    renderSearchResults();
  });
  searchInput.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!searchHits.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      activeHit = (activeHit + step + searchHits.length) % searchHits.length;
      renderSearchResults();
    } else if (event.key === 'Enter') {
      const hit = searchHits[activeHit] ?? searchHits[0];
      if (!hit) return;
      event.preventDefault();
      openHit(hit);
    } else if (event.key === 'Escape' && !searchResults.hidden) {
      event.preventDefault();
      event.stopPropagation();
      searchResults.hidden = true;
      activeHit = -1;
    }
  });
  // Esc closes the details drawer (the search list first, when it is open)
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !searchResults.hidden) return;
    if (store.get().selected) store.update({ selected: null });
  });
  asOfInput.addEventListener('change', () => {
    if (!data || !asOfInput.value) return;
    const value = `${asOfInput.value.slice(0, 13)}:00`;
    // a chosen moment leaves 实时
    store.update({ asOf: value === data.meta.defaultAsOf ? null : value, live: false });
  });
  langButton.addEventListener('click', () => store.update({ lang: lang() === 'zh' ? 'en' : 'zh' }));
  shareButton.addEventListener('click', () => {
    void navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
    shareButton.textContent = t('copied');
    setTimeout(() => (shareButton.textContent = t('shareLink')), 1500);
  });
  settingsButton.addEventListener('click', () => {
    settingsPopover.hidden = !settingsPopover.hidden;
    renderChrome();
  });

  // --- state → view
  // Back and Forward restore the state of that entry (its view among it) without adding an entry
  let restoringHistory = false;
  window.addEventListener('popstate', () => {
    restoringHistory = true;
    try {
      store.update(parseUrlState(window.location.search));
    } finally {
      restoringHistory = false;
    }
  });
  store.subscribe((state, previous) => {
    // a new view is a new history entry (Back returns to the previous view); every other change replaces the entry
    const url = formatUrlState(state) + window.location.hash;
    if (state.view !== previous.view && !restoringHistory) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    const changed = (keys: (keyof AppState)[]) => keys.some((k) => state[k] !== previous[k]);
    if (changed(['view']) && state.view === 'alerts') alertNews.seen();
    if (changed(['lang', 'view'])) renderChrome();
    if (changed(['live']) && state.live) newData = null;
    if (changed(['lang', 'live'])) renderLive();
    if (changed(['lang'])) renderToasts();
    // a moment picked elsewhere (a view's time slider) leaves 实时 too
    if (state.live && state.asOf !== null)
      queueMicrotask(() => store.get().live && store.get().asOf !== null && store.update({ live: false }));
    if (changed(['view'])) closeSearch(); // no stale search text in another view
    if (changed(['basemap'])) consoleMap.setBasemap(state, localStorage.getItem(TIANDITU_TOKEN_KEY) ?? '');
    if (changed(['asOf', 'aqiPeriod'])) void reloadTimeLayers();
    if (changed(['lang', 'view', 'layers', 'townships', 'industries', 'grades', 'problemsOnly', 'provenance']))
      renderPanel();
    if (
      changed(['lang', 'layers', 'townships', 'industries', 'grades', 'problemsOnly', 'provenance', 'selected']) ||
      state.zoom !== previous.zoom
    )
      renderMapData();
    if (changed(['selected', 'lang'])) renderSelection();
    if (changed(['townships']) && state.townships.length) fitTownships(state.townships);
  });

  // --- data
  const timeRequest = createLatestRequest();
  async function reloadTimeLayers(): Promise<void> {
    if (!data) return;
    const signal = timeRequest.next();
    renderChrome();
    status.hidden = false;
    status.className = 'load-status';
    status.replaceChildren(h('span', { class: 'spinner' }), t('loading'));
    const { asOf: at, aqiPeriod } = store.get();
    const result = await loadLayers(timeDependentLayers, { asOf: at, aqiPeriod }, signal);
    if (signal.aborted || !data) return;
    if (!result.ok) {
      status.className = 'load-status load-status-error';
      status.replaceChildren(
        h(
          'span',
          { class: 'error', 'data-error': '' },
          consoleMessages(lang()).loadFailedWith(failureText(lang(), result.error)),
        ),
      );
      return;
    }
    status.hidden = true;
    data = { ...data, layers: { ...data.layers, ...result.value } };
    document.body.dataset.asOfLoaded = `${store.get().asOf ?? data.meta.defaultAsOf}/${store.get().aqiPeriod}`;
    if (!mounted) renderPanel();
    renderMapData();
    renderSelection();
  }

  /** Loads every layer; `keepPanel` (a reload under a mounted view) leaves the view's panel as it is. */
  async function load(keepPanel = false): Promise<void> {
    status.hidden = false;
    status.className = 'load-status';
    status.replaceChildren(h('span', { class: 'spinner' }), t('loading'));
    if (!keepPanel) panel.replaceChildren(h('p', { class: 'loading' }, t('loading')));
    const result = await loadConsoleData({ asOf: store.get().asOf, aqiPeriod: store.get().aqiPeriod });
    if (!result.ok) {
      const retry = h('button', { type: 'button', 'data-action': 'retry' }, t('retry'));
      retry.addEventListener('click', () => void load());
      status.className = 'load-status load-status-error';
      status.replaceChildren(
        h(
          'span',
          { class: 'error', 'data-error': '' },
          consoleMessages(lang()).loadFailedWith(failureText(lang(), result.error)),
        ),
        retry,
      );
      panel.replaceChildren(
        h('p', { class: 'error' }, consoleMessages(lang()).loadFailedWith(failureText(lang(), result.error))),
        retry.cloneNode(true),
      );
      panel.querySelector('button')?.addEventListener('click', () => void load());
      return;
    }
    data = result.value;
    status.hidden = true;
    renderChrome();
    renderPanel();
    const draw = () => {
      renderMapData();
      renderSelection();
    };
    if (map.isStyleLoaded()) draw();
    else map.once('load', draw);
  }

  // an exported map PNG carries the legend of the layers shown, in the console's language
  setExportLegend(() => (data ? exportLegend(store.get().layers, data.catalogue.layers, lang()) : null));
  // a muck truck's track (查看轨迹 in its details, issue 16): redraw, and fit the map to it
  onMuckTrackChange((track) => {
    renderMapData();
    const box = track ? muckTrackBounds(track) : null;
    if (box)
      map.fitBounds(
        [
          [box[0], box[1]],
          [box[2], box[3]],
        ],
        { padding: 60, maxZoom: 15, duration: 600 },
      );
  });

  window.addEventListener(SIGNED_OUT_EVENT, () => {
    sessionStorage.setItem('lantian.expired', '1');
    window.location.reload();
  });
  // --- live (issue 14): the one event stream moves the present, recolours stations, announces alerts
  const entityName = (id: string): string => {
    if (id === DISTRICT_ENTITY) return liveMessages(lang()).wholeDistrict;
    for (const features of Object.values(data?.layers ?? {})) {
      const f = features?.find((x) => String(x.id) === id);
      if (f) return String((lang() === 'en' ? f.properties.nameEn : undefined) ?? f.properties.name ?? id);
    }
    return id;
  };
  const alertNews = createAlertNews({ entityName });
  alertNews.subscribe(() => renderChrome()); // the 告警 badge
  const renderToasts = () =>
    mountAlertToasts(toastHost, {
      news: alertNews,
      lang: lang(),
      onOpen: (toast) => {
        const layer = (Object.entries(data?.layers ?? {}) as [LayerId, LayerFeature[] | undefined][]).find(([, fs]) =>
          fs?.some((f) => String(f.id) === toast.entityId),
        )?.[0];
        store.update({
          view: 'alerts',
          alertRule: Object.hasOwn(ruleTitles, toast.rule) ? (toast.rule as RuleId) : null,
          ...(layer ? { selected: { layer, id: toast.entityId } } : {}),
        });
      },
    });
  renderToasts();
  onLive('alerts', ({ raised }) => alertNews.raised(raised, store.get().view === 'alerts'));
  onLive('present', ({ asOf: present }) => {
    if (!data || present === data.meta.defaultAsOf) return;
    const previous = data.meta.defaultAsOf;
    data = { ...data, meta: { ...data.meta, defaultAsOf: present } };
    const outcome = onPresentMoved(store.get(), previous, liveChosen);
    newData = outcome.newData ? present : null;
    const asOfBefore = store.get().asOf;
    if (outcome.patch) store.update(outcome.patch);
    // at the default already: nothing in the state changed, so reload here
    if (outcome.follow && store.get().asOf === asOfBefore) void reloadTimeLayers();
    renderChrome();
    renderLive();
  });
  // station hours of the shown moment: refetch the stations layer and redraw it in place; outlet hours: the
  // enterprises layer (its markers carry the stack rules' problems). A burst gives one fetch per layer.
  const liveRequests = { stations: createLatestRequest(), enterprises: createLatestRequest() };
  const liveSoon: {
    stations: ReturnType<typeof setTimeout> | null;
    enterprises: ReturnType<typeof setTimeout> | null;
  } = { stations: null, enterprises: null };
  async function refreshLayer(id: 'stations' | 'enterprises'): Promise<void> {
    const { asOf: at, aqiPeriod } = store.get();
    const signal = liveRequests[id].next();
    const result = await loadLayers([id], { asOf: at, aqiPeriod }, signal);
    if (signal.aborted || !data || !result.ok || store.get().asOf !== at || store.get().aqiPeriod !== aqiPeriod) return;
    data = { ...data, layers: { ...data.layers, ...result.value } };
    renderMapData();
    if (store.get().selected?.layer === id) renderSelection();
    const key = id === 'stations' ? 'stationsRefreshed' : 'enterprisesRefreshed';
    document.body.dataset[key] = String(Number(document.body.dataset[key] ?? 0) + 1);
  }
  const refreshSoon = (id: 'stations' | 'enterprises') => {
    if (liveSoon[id]) return;
    liveSoon[id] = setTimeout(() => {
      liveSoon[id] = null;
      void refreshLayer(id);
    }, 250);
  };
  onLive('readings', ({ readings }) => {
    if (!data) return;
    const { asOf: at, aqiPeriod } = store.get();
    if (readingsTouchShown(readings, at ?? data.meta.defaultAsOf, aqiPeriod)) refreshSoon('stations');
  });
  onLive('outlets', ({ outlets }) => {
    if (!data) return;
    const shown = store.get().asOf ?? data.meta.defaultAsOf;
    // an hour at or before the shown moment may change what the stack rules find there
    if (outlets.some((o) => o.ts <= shown)) refreshSoon('enterprises');
  });
  // the server no longer holds what this console missed (or the data were rebuilt): reload everything
  onLive('reset', () => void (data ? load(true) : undefined));
  onLiveStatus((status) => {
    liveLost = status === 'retrying';
    renderLive();
  });
  if (session.user) connectLiveEvents();
  renderLive();

  renderChrome();
  void load();
  // A handle for tests and for curious officials' IT staff: the map, the state and a projector.
  Object.assign(window, {
    lantian: {
      map,
      store,
      project: (lon: number, lat: number) => map.project([lon, lat]),
      features: (layer: LayerId) => data?.layers[layer] ?? [],
      /** Ids of the deck.gl layers the view draws above every data layer. */
      overlayLayers: () => overlayLayers.map((layer) => layer.id),
      /** The map as the exported PNG (legend and scale drawn on), as a data URL. */
      exportMapPng: () => exportMapPng(map, t('appTitle')).then(blobToDataUrl),
    },
  });
}
