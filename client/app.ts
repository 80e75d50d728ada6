import { relabelMap } from './map/map-locale.ts';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '../server/schema/layer-catalogue.ts';
import { createLatestRequest } from './api/latest-request.ts';
import { markBoot } from './api/boot-timing.ts';
import { bootMessages } from './i18n/boot.ts';
import { firstViewLayers, loadLayers, startFirstLoad, type ConsoleData, type PendingLoad } from './api/load-data.ts';
import { consoleMessages, message, type MessageKey } from './i18n/messages.ts';
import { frameMessages } from './i18n/frame.ts';
import { createBottomSheet, type SheetHeight } from './components/bottom-sheet.ts';
import { bundleMessages } from './i18n/bundle.ts';
import { CLUSTER_BELOW_ZOOM, lastLegibility, positionOf, type FeatureCluster } from './layers/point-clusters.ts';
import { filterLayers, type LayerFeature } from './layers/feature-filter.ts';
import type { ConsoleMap } from './map/create-map.ts';
import { loadBasemapGeodata } from './map/basemap-geodata.ts';
import { countyLabelsOf, drawFirstView, townshipLabelsOf } from './map/first-view-canvas.ts';
import { boundsOf } from './map/bounds-of.ts';
import { exportLegend } from './map/export-legend.ts';
import { blobToDataUrl, exportMapPng, setExportLegend } from './map/export-map-png.ts';
import { renderDashboard } from './panels/dashboard-panel.ts';
import { mapLegend } from './panels/map-legend.ts';
import { loadOverviewStanding, type OverviewStanding } from './panels/target-standing.ts';
import { renderDetails } from './panels/details-drawer.ts';
import { h } from './panels/dom.ts';
import { renderLayersPanel } from './panels/layers-panel.ts';
import { searchFeatures, type SearchHit } from './panels/search-index.ts';
import { renderSettings, TIANDITU_TOKEN_KEY } from './panels/settings-menu.ts';
import { allLayerIds, type AppState, type View } from './state/app-state.ts';
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
import { muckTrackBounds } from './layers/muck-track-style.ts';
import { onMuckTrackChange } from './layers/muck-track-overlay.ts';
import { machineDensityOnMap } from './layers/machine-density-control.ts';
import { MACHINE_DENSITY_LAYER_ID } from './layers/machine-density.ts';
import { airSurfaceOnMap } from './layers/air-surface/air-surface-control.ts';

/** The map's code (maplibre-gl, deck.gl), imported once the first view is drawn in 2D. */
type MapRuntime = typeof import('./map/map-runtime.ts');
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
/** Loads a view's code on demand (a dynamic `import()`, issue 18) and gives its mount. */
export type ViewLoader = () => Promise<ViewMount>;

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

/** sessionStorage: the demo banner was closed (its × ); the phone's bottom-sheet height. */
const DEMO_BANNER_CLOSED = 'lantian.demoBannerClosed';
const SHEET_HEIGHT = 'lantian.sheetHeight';
/** The views a phone's tab bar shows first (the inspector's day first, ui.md); the rest open from 更多. */
const phoneTabs: View[] = ['overview', 'routes', 'alerts', 'air', 'layers'];

/** A 24×24 icon of one path, hidden from assistive technology (its button carries the name). */
function icon(path: string): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const shape = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  shape.setAttribute('d', path);
  shape.setAttribute('fill', 'currentColor');
  svg.append(shape);
  return svg;
}

/** Builds the console into `root` and keeps it in step with `store` (and the URL). */
export async function startConsole(
  root: HTMLElement,
  store: Store<AppState>,
  viewMounts: Partial<Record<View, ViewLoader>> = {},
): Promise<void> {
  markBoot('console-start');
  // the first view's data is asked for before the map is built: the server answers while the map initialises
  markBoot('data-requested');
  const firstRequest = startFirstLoad(store.get());
  void loadBasemapGeodata(); // the first view's 2D picture draws the counties and rivers: asked for with the data
  let firstLoad: PendingLoad | null = firstRequest;
  /** Every layer of the first view is on screen (the 2D picture, or the WebGL map when there is none). */
  const markFirstPaint = () => {
    markBoot('first-paint');
    document.body.dataset.firstPaint = 'true';
  };
  const lang = () => store.get().lang;
  const t = (key: MessageKey) => message(lang(), key);

  // --- frame (ui.md): top bar, left rail, left panel, map, right drawer
  const title = h('h1', {});
  const badge = h('span', { class: 'badge' });
  const asOfLabel = h('span', {});
  const asOfInput = h('input', { type: 'datetime-local', step: '3600', 'data-as-of': '' });
  const asOf = h('label', { class: 'as-of' }, asOfLabel, asOfInput);
  const bottom = h('div', { class: 'bottom-strip', hidden: true });
  const searchInput = h('input', {
    type: 'search',
    class: 'search',
    'data-search': '',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-controls': 'search-results',
    'aria-expanded': 'false',
  });
  const searchResults = h('ul', { class: 'search-results', id: 'search-results', hidden: true });
  // phone (issue 18): the search is an icon that expands over the top bar; the rest sits behind a menu button
  const searchToggle = h(
    'button',
    { type: 'button', class: 'top-icon search-toggle', 'data-action': 'search', 'aria-expanded': 'false' },
    icon('M10 3a7 7 0 1 0 4.2 12.6l5 5 1.4-1.4-5-5A7 7 0 0 0 10 3zm0 2a5 5 0 1 1 0 10 5 5 0 0 1 0-10z'),
  );
  const searchClose = h(
    'button',
    { type: 'button', class: 'top-icon search-close', 'data-action': 'close-search' },
    '×',
  );
  const menuToggle = h(
    'button',
    {
      type: 'button',
      class: 'top-icon menu-toggle',
      'data-action': 'menu',
      'aria-expanded': 'false',
      'aria-controls': 'top-actions',
    },
    icon('M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z'),
  );
  const langButton = h('button', { type: 'button', class: 'top-button', 'data-action': 'language' });
  const shareButton = h('button', { type: 'button', class: 'top-button', 'data-action': 'share' });
  const settingsButton = h('button', {
    type: 'button',
    class: 'top-button',
    'data-action': 'settings',
    'aria-expanded': 'false',
    'aria-controls': 'settings-popover',
  });
  const settingsPopover = h('div', { class: 'popover', id: 'settings-popover', role: 'group', hidden: true });
  const userMenu = h('div', { class: 'user-menu', 'data-user': session.user?.username ?? '' });
  // the demo banner closes with its × for the rest of the tab's session (the 演示 badge stays in the top bar)
  const bannerText = h('span', { class: 'demo-banner-text' });
  const bannerClose = h('button', { type: 'button', class: 'demo-banner-close', 'data-action': 'close-banner' }, '×');
  const demoBanner = h(
    'div',
    {
      class: 'demo-banner',
      role: 'note',
      'data-demo-banner': '',
      hidden: !session.demo || sessionStorage.getItem(DEMO_BANNER_CLOSED) === '1',
    },
    bannerText,
    bannerClose,
  );
  bannerClose.addEventListener('click', () => {
    sessionStorage.setItem(DEMO_BANNER_CLOSED, '1');
    demoBanner.hidden = true;
  });
  const rail = h('nav', { class: 'rail' });
  let railOpen = false; // phone: 更多 shows the views beyond the first tabs
  // tabindex: the panel scrolls, so the keyboard reaches it (axe: scrollable-region-focusable)
  const panel = h('aside', { class: 'panel', 'aria-live': 'polite', tabindex: '0' });
  const sheetBox = h('div', { class: 'sheet' });
  const sheet = createBottomSheet(sheetBox, (sessionStorage.getItem(SHEET_HEIGHT) as SheetHeight | null) ?? 'half');
  sheetBox.append(sheet.handle, panel);
  sheet.handle.addEventListener('click', () => sessionStorage.setItem(SHEET_HEIGHT, sheet.get()));
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
  const toastHost = h('div', { class: 'toast-host', role: 'region' });
  const topBar = h(
    'div',
    { class: 'top-bar' },
    title,
    badge,
    asOf,
    liveControl.element,
    h('div', { class: 'search-box', id: 'search-box' }, searchInput, searchResults, searchClose),
    searchToggle,
    menuToggle,
    h(
      'div',
      { class: 'top-actions', id: 'top-actions' },
      shareButton,
      langButton,
      settingsButton,
      settingsPopover,
      userMenu,
    ),
  );
  const setMenu = (open: boolean) => {
    topBar.classList.toggle('menu-open', open);
    menuToggle.setAttribute('aria-expanded', String(open));
  };
  const setSearchOpen = (open: boolean) => {
    topBar.classList.toggle('search-open', open);
    searchToggle.setAttribute('aria-expanded', String(open));
    if (open) {
      setMenu(false);
      searchInput.focus();
    } else searchToggle.focus();
  };
  menuToggle.addEventListener('click', () => {
    setMenu(!topBar.classList.contains('menu-open'));
    if (topBar.classList.contains('menu-open')) shareButton.focus();
  });
  searchToggle.addEventListener('click', () => setSearchOpen(true));
  searchClose.addEventListener('click', () => setSearchOpen(false));
  // Esc closes the innermost open thing of the chrome first (settings, menu, search overlay, 更多), keeping the
  // details drawer for the next Esc
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (!settingsPopover.hidden) {
      settingsPopover.hidden = true;
      renderChrome();
      settingsButton.focus();
    } else if (topBar.classList.contains('menu-open')) {
      setMenu(false);
      menuToggle.focus();
    } else if (topBar.classList.contains('search-open') && searchResults.hidden) setSearchOpen(false);
    else if (railOpen) {
      railOpen = false;
      renderChrome();
      rail.querySelector<HTMLElement>('.rail-more')?.focus();
    } else return;
    event.preventDefault();
  });
  document.addEventListener('click', (event) => {
    if (topBar.classList.contains('menu-open') && !topBar.contains(event.target as Node)) setMenu(false);
  });
  // focus moves into the details drawer when it opens, and back to where it was when it closes
  let focusBeforeDrawer: HTMLElement | null = null;
  store.subscribe((state, previous) => {
    if (state.selected === previous.selected) return;
    queueMicrotask(() => {
      if (!drawer.hidden && state.selected && !previous.selected) {
        const active = document.activeElement;
        focusBeforeDrawer = active instanceof HTMLElement && !drawer.contains(active) ? active : null;
        drawer.querySelector<HTMLElement>('button, [href], input, select, textarea')?.focus();
      } else if (!state.selected && previous.selected) {
        const lost = document.activeElement === document.body || drawer.contains(document.activeElement);
        if (lost && focusBeforeDrawer?.isConnected) focusBeforeDrawer.focus();
        focusBeforeDrawer = null;
      }
    });
  });
  root.replaceChildren(
    h('header', { class: 'chrome' }, demoBanner, topBar),
    h(
      'main',
      { class: 'frame' },
      rail,
      sheetBox,
      h('div', { class: 'map-wrap' }, mapContainer, status, bottom),
      drawer,
      toastHost,
    ),
  );

  // issue 18: every layer of the first view painted in 2D as soon as its data arrive; only then the map's code
  // (maplibre-gl, deck.gl) is asked for, and the WebGL map is built beneath the picture, which goes once it has drawn
  let data: ConsoleData | null = null;
  // --- live (issue 14): alerts announced by the event stream, named after the features they concern
  const entityName = (id: string): string => {
    if (id === DISTRICT_ENTITY) return liveMessages(lang()).wholeDistrict;
    for (const features of Object.values(data?.layers ?? {})) {
      const f = features?.find((x) => String(x.id) === id);
      if (f) return String((lang() === 'en' ? f.properties.nameEn : undefined) ?? f.properties.name ?? id);
    }
    return id;
  };
  const alertNews = createAlertNews({ entityName });
  // the frame's words and the panel's 加载中, before the first view
  renderChrome();
  renderLive();
  panel.replaceChildren(h('p', { class: 'loading' }, t('loading')));

  const paintedState = store.get();
  let firstPicture = await drawFirstView(mapContainer, firstRequest, paintedState).catch(() => null);
  if (firstPicture) {
    markFirstPaint();
    // let the browser show the picture before the map's code (a long task to evaluate) takes the main thread
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  const loadedRuntime = await import('./map/map-runtime.ts').catch(() => null);
  if (!loadedRuntime) {
    // the map's code did not arrive (network lost, a new build replaced it): say so, and offer to load again
    const m = bundleMessages(lang());
    const retry = h('button', { type: 'button', 'data-action': 'retry' }, m.retry);
    retry.addEventListener('click', () => window.location.reload());
    status.hidden = false;
    status.className = 'load-status load-status-error';
    status.replaceChildren(h('span', { class: 'error', 'data-error': '' }, m.viewCodeFailed), retry);
    return;
  }
  const runtime: MapRuntime = loadedRuntime;
  const consoleMap: ConsoleMap = runtime.createConsoleMap(
    mapContainer,
    store.get(),
    localStorage.getItem(TIANDITU_TOKEN_KEY) ?? '',
  );
  const { map, overlay } = consoleMap;
  // first-render milestones (api/boot-timing.ts; `npm run bench -- client` prints the split)
  overlay.setProps({ onLoad: () => markBoot('deck-initialised') });
  const styleReady = () => {
    if (!map.isStyleLoaded()) return;
    markBoot('map-loaded');
    map.off('data', styleReady);
  };
  map.on('data', styleReady);
  let countyLabels: { position: [number, number]; name: string }[] = [];
  // labels are context only: without the file, the outlines still come from the style
  void loadBasemapGeodata().then(({ counties }) => {
    countyLabels = countyLabelsOf(counties);
    renderMapData();
  });
  let highlightTask: number | null = null;
  let deckReady = false;

  const filtered = (): Partial<Record<LayerId, LayerFeature[]>> => (data ? filterLayers(data.layers, store.get()) : {});
  const findFeature = (layer: LayerId, id: string) => data?.layers[layer]?.find((f) => String(f.id) === id);

  function renderChrome(): void {
    const state = store.get();
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appTitle');
    title.textContent = t('appTitle');
    const fm = frameMessages(state.lang);
    title.dataset.short = fm.titleShort; // a phone shows the short form (style.css)
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
    badge.dataset.short = fm.badgeShort;
    asOfLabel.textContent = t('asOf');
    if (data) {
      asOfInput.min = data.meta.dataset.readings_from ?? '';
      asOfInput.max = data.meta.defaultAsOf;
      asOfInput.value = state.asOf ?? data.meta.defaultAsOf;
    }
    searchInput.placeholder = t('search');
    searchInput.setAttribute('aria-label', fm.searchLabel);
    searchToggle.setAttribute('aria-label', fm.openSearch);
    searchClose.setAttribute('aria-label', fm.closeSearch);
    menuToggle.setAttribute('aria-label', fm.menu);
    bannerClose.setAttribute('aria-label', fm.closeBanner);
    bannerClose.title = fm.closeBanner;
    rail.setAttribute('aria-label', fm.views);
    panel.setAttribute('aria-label', fm.panelRegion);
    drawer.setAttribute('aria-label', fm.drawerRegion);
    toastHost.setAttribute('aria-label', fm.notifications);
    settingsPopover.setAttribute('aria-label', fm.settingsDialog);
    sheet.relabel((height) =>
      fm.sheetHandle(height === 'peek' ? fm.sheetPeek : height === 'half' ? fm.sheetHalf : fm.sheetFull),
    );
    langButton.textContent = t('language');
    shareButton.textContent = t('shareLink');
    settingsButton.replaceChildren(h('span', { 'aria-hidden': 'true' }, '⚙ '), t('settings'));
    settingsButton.setAttribute('aria-expanded', String(!settingsPopover.hidden));
    mapContainer.setAttribute('aria-label', t('mapRegion'));
    relabelMap(mapContainer, state.lang);
    bannerText.textContent = t('demoBanner');
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
    // a phone's tab bar: five tabs (the first allowed of phoneTabs; a chosen view among the others takes the fifth
    // place), then 更多 opening the others above the bar
    let tabs = phoneTabs.filter(viewAllowed).slice(0, 5);
    if (!tabs.includes(state.view)) tabs = [...tabs.slice(0, 4), state.view];
    const moreButton = h(
      'button',
      {
        type: 'button',
        class: `rail-more${railOpen ? ' open' : ''}`,
        'data-action': 'more-views',
        'aria-expanded': String(railOpen),
        'aria-label': fm.moreViews,
      },
      h('span', { 'aria-hidden': 'true' }, railOpen ? '▾ ' : '▴ '),
      fm.more,
    );
    moreButton.addEventListener('click', () => {
      railOpen = !railOpen;
      renderChrome();
      if (railOpen) rail.querySelector<HTMLElement>('.rail-item:not(.rail-tab)')?.focus();
      else rail.querySelector<HTMLElement>('.rail-more')?.focus();
    });
    rail.classList.toggle('more-open', railOpen);
    rail.replaceChildren(
      ...railItems
        .filter(([item]) => item === null || viewAllowed(item))
        .map(([item, key]) => {
          const view = item && (item === 'overview' || item === 'layers' || viewMounts[item]) ? item : null;
          const tab = item !== null && tabs.includes(item);
          const button = h(
            'button',
            {
              type: 'button',
              class: ['rail-item', view === state.view && 'active', tab && `rail-tab tab-${tabs.indexOf(item)}`]
                .filter(Boolean)
                .join(' '),
              'data-view': view ?? key,
              'aria-current': view === state.view ? 'page' : undefined,
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
          if (view)
            button.addEventListener('click', () => {
              railOpen = false;
              if (view === store.get().view) renderChrome();
              else store.update({ view });
            });
          return button;
        }),
      moreButton,
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
  /** The views whose code has arrived, and the one whose code is being loaded (issue 18). */
  const loadedViews = new Map<View, ViewMount>();
  let loadingView: { view: View; failed: boolean } | null = null;
  // the first view's code loads together with the console's data, not after it
  const firstView = store.get().view;
  const firstLoader = viewAllowed(firstView) ? viewMounts[firstView] : undefined;
  if (firstLoader)
    firstLoader().then(
      (mount) => loadedViews.set(firstView, mount),
      () => undefined, // showViewLoading tries again and says so if it fails
    );
  function showViewLoading(view: View, loader: ViewLoader): void {
    const words = bundleMessages(lang());
    delete panel.dataset.ready;
    panel.dataset.view = view;
    if (loadingView?.view === view && loadingView.failed) {
      const retry = h('button', { type: 'button', 'data-action': 'retry-view' }, words.retry);
      retry.addEventListener('click', () => {
        loadingView = null;
        renderPanel();
      });
      panel.replaceChildren(h('p', { class: 'error', 'data-view-failed': view }, words.viewCodeFailed, ' ', retry));
      return;
    }
    panel.replaceChildren(h('p', { class: 'loading', 'data-view-loading': view }, words.loadingView));
    if (loadingView?.view === view) return;
    const attempt = { view, failed: false };
    loadingView = attempt;
    loader().then(
      (mount) => {
        loadedViews.set(view, mount);
        if (loadingView === attempt) loadingView = null;
        if (store.get().view === view && !mounted) renderPanel();
      },
      () => {
        if (loadingView !== attempt) return;
        attempt.failed = true;
        if (store.get().view === view && !mounted) renderPanel();
      },
    );
  }
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
    const loader = viewAllowed(state.view) ? viewMounts[state.view] : undefined;
    if (state.view !== shownView) {
      shownView = state.view;
      panel.scrollTop = 0; // a view opens at its top
    }
    if (loader) {
      const mount = loadedViews.get(state.view);
      if (!mount) {
        // its code is on its way (issue 18: views load on demand): 加载中 meanwhile, mounted once it arrives if the
        // user is still on it (a view left before its code arrived is not mounted)
        if (!mounted) showViewLoading(state.view, loader);
        return;
      }
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
    panel.dataset.view = state.view; // the view the panel shows (data-ready: shown)
    panel.dataset.ready = 'true';
  }

  /** The 2D picture of the first view goes once the WebGL map shows the same (or the view changed under it). */
  function retireFirstPicture(): void {
    firstPicture?.remove();
    firstPicture = null;
  }

  function renderMapData(): void {
    if (!data) return;
    const state = store.get();
    if (deckReady && state !== paintedState) retireFirstPicture();
    const shown = filtered();
    const townshipLabels = townshipLabelsOf(shown.townships ?? []);
    const fc = (fs: LayerFeature[] | undefined, on: boolean) => ({
      type: 'FeatureCollection' as const,
      features: on ? (fs ?? []) : [],
    });
    consoleMap.setSourceData('townships', fc(shown.townships, state.layers.includes('townships')));
    consoleMap.setSourceData('zones', fc(shown['nrmm-zones'], state.layers.includes('nrmm-zones')));
    overlay.setProps({
      layers: [
        // issue 18: the concentration surface and wind (beneath the data layers)
        ...airSurfaceOnMap(store, data.meta.defaultAsOf, renderMapData, runtime.airSurfaceLayers),
        // issue 18: the machines' position density
        ...machineDensityOnMap(store, data.meta.defaultAsOf, renderMapData, runtime.machineDensityLayers),
        ...runtime.buildDeckLayers({ data: shown, state, townshipLabels, countyLabels }),
        ...overlayLayers,
      ],
      onAfterRender: () => {
        if (!deckReady && data) {
          deckReady = true;
          document.body.dataset.layersDrawn = 'true';
          markBoot('first-draw');
          markFirstPaint(); // the first view had no 2D picture: this is its first paint
          // the basemap drawn too ('load' may be past already, with sources still loading: 'idle' comes after)
          if (map.loaded()) retireFirstPicture();
          else map.once('idle', retireFirstPicture);
          firstDrawn();
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
      // the editor's code loads on demand (issue 18); load redraws the selection
      void import('./panels/record-editor.ts').then(({ renderRecordEditor }) =>
        renderRecordEditor(editor, sel.layer, feature, state.lang, () => load(true)),
      );
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
      map.flyTo({ center: positionOf(f), zoom: Math.max(map.getZoom(), 12.5), duration: 700 });
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
    if (picked?.layer?.id === 'point-clusters' && picked.object) {
      // a cluster (issue 18) zooms in on its members: 1.5 levels at least, at most to street zoom where they part
      const cluster = picked.object as unknown as FeatureCluster;
      const bounds = boundsOf(cluster.members.map((m) => m.feature));
      const fit = bounds ? map.cameraForBounds(bounds, { padding: 80 }) : undefined;
      const zoom = Math.min(CLUSTER_BELOW_ZOOM, Math.max(map.getZoom() + 1.5, fit?.zoom ?? 0));
      map.flyTo({ center: fit?.center ?? cluster.position, zoom, duration: 600 });
      return;
    }
    const layerId = picked?.layer?.id as LayerId | undefined;
    // a density cell (issue 18) tells its count on hover; a click passes through to the township beneath
    if (picked?.object && layerId && picked.layer?.id !== MACHINE_DENSITY_LAYER_ID) {
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
    if (topBar.classList.contains('search-open')) {
      topBar.classList.remove('search-open');
      searchToggle.setAttribute('aria-expanded', 'false');
    }
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
      // layers still loading (after the first paint, or at a new moment) may add matches: say so
      ...(loadingLayers.size && data
        ? [
            h(
              'li',
              { class: 'muted', 'data-search-loading': '' },
              bootMessages(lang()).searchLayersLoading(
                data.catalogue.layers
                  .filter((l) => loadingLayers.has(l.id))
                  .map((l) => (lang() === 'zh' ? l.nameZh : l.nameEn))
                  .join(lang() === 'zh' ? '、' : ', '),
              ),
            ),
          ]
        : []),
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
  // Two steps: the first view's layers (firstViewLayers: the visible ones, the townships, the selection's) come with
  // the catalogue, plan and meta in one GET /api/bootstrap and are drawn at once; the others load after the first
  // paint. A layer not loaded (or not reloaded at the moment shown) yet is in `loadingLayers`: the layers panel and
  // the search say it is loading rather than show it empty. One latest request covers both steps and every as-of
  // reload, so an older answer never lands over a newer moment.
  const loadingLayers = new Set<LayerId>();
  const timeRequest = createLatestRequest();
  let firstDrawn: () => void = () => undefined;
  const firstDraw = new Promise<void>((resolve) => {
    firstDrawn = resolve;
  });
  /** The spinner in the status line. */
  function showLoading(): void {
    status.hidden = false;
    status.className = 'load-status';
    status.replaceChildren(h('span', { class: 'spinner' }), t('loading'));
  }
  /** A failed load in the status line, with 重试 running `retry`. */
  function showFailure(error: Parameters<typeof failureText>[1], retry: () => void): HTMLElement {
    const button = h('button', { type: 'button', 'data-action': 'retry' }, t('retry'));
    button.addEventListener('click', retry);
    status.hidden = false;
    status.className = 'load-status load-status-error';
    status.replaceChildren(
      h(
        'span',
        { class: 'error', 'data-error': '' },
        consoleMessages(lang()).loadFailedWith(failureText(lang(), error)),
      ),
      button,
    );
    return button;
  }
  /**
   * The panel, the map, the selection and an open search after layers arrived; with `only` (the deferred layers) the
   * drawer only if its feature is among them.
   */
  function showLoaded(only?: readonly LayerId[]): void {
    if (!mounted) renderPanel();
    renderMapData();
    const selected = store.get().selected;
    if (!only || (selected && only.includes(selected.layer))) renderSelection();
    if (!searchResults.hidden && data) {
      searchHits = searchFeatures(data.layers, searchInput.value);
      renderSearchResults();
    }
  }
  /** Loads `ids` at the moment shown into the data; false when it failed (said in the status line) or was overtaken. */
  async function loadInto(ids: readonly LayerId[], signal: AbortSignal): Promise<boolean> {
    const { asOf: at, aqiPeriod } = store.get();
    const result = await loadLayers(ids, { asOf: at, aqiPeriod }, signal);
    if (signal.aborted || !data) return false;
    if (!result.ok) {
      showFailure(result.error, () => void reloadTimeLayers());
      return false;
    }
    for (const id of ids) loadingLayers.delete(id);
    data = { ...data, layers: { ...data.layers, ...result.value } };
    return true;
  }
  /** The layers the first view does not need, in catalogue order. */
  const restOf = (first: readonly LayerId[]) => allLayerIds.filter((id) => !first.includes(id));

  async function reloadTimeLayers(): Promise<void> {
    if (!data) return;
    const signal = timeRequest.next();
    renderChrome();
    showLoading();
    const first = firstViewLayers(store.get());
    const rest = restOf(first);
    for (const id of allLayerIds) loadingLayers.add(id);
    // what is shown first, then the rest; the moment counts as loaded once every layer is
    if (!(await loadInto(first, signal))) return;
    showLoaded();
    if (rest.length && !(await loadInto(rest, signal))) return;
    status.hidden = true;
    if (!data) return;
    document.body.dataset.asOfLoaded = `${store.get().asOf ?? data.meta.defaultAsOf}/${store.get().aqiPeriod}`;
    if (rest.length) showLoaded();
  }

  /** After the first view is drawn (or 2 s at most, should it never draw), the layers it did not need. */
  async function loadRest(ids: readonly LayerId[]): Promise<void> {
    if (!ids.length) return;
    const signal = timeRequest.next();
    await Promise.race([firstDraw, new Promise((resolve) => setTimeout(resolve, 2000))]);
    if (signal.aborted) return;
    if (await loadInto(ids, signal)) showLoaded(ids);
  }

  /**
   * Loads the catalogue, plan, meta and the first view's layers in one request, draws them, then the other layers;
   * `keepPanel` (a reload under a mounted view) leaves the view's panel as it is.
   */
  async function load(keepPanel = false): Promise<void> {
    showLoading();
    if (!keepPanel) panel.replaceChildren(h('p', { class: 'loading' }, t('loading')));
    // the first call takes the request startConsole made; a reload or retry asks again
    const pending = firstLoad ?? startFirstLoad(store.get());
    firstLoad = null;
    const { time, first } = pending;
    const result = await pending.result;
    markBoot('data-parsed');
    if (!result.ok) {
      showFailure(result.error, () => void load());
      const retry = h('button', { type: 'button', 'data-action': 'retry' }, t('retry'));
      retry.addEventListener('click', () => void load());
      panel.replaceChildren(
        h('p', { class: 'error' }, consoleMessages(lang()).loadFailedWith(failureText(lang(), result.error))),
        retry,
      );
      return;
    }
    const rest = restOf(first);
    // a reload keeps the layers it has not fetched again until they arrive (marked loading meanwhile)
    data = { ...result.value, layers: { ...data?.layers, ...result.value.layers } };
    for (const id of allLayerIds) if (!first.includes(id)) loadingLayers.add(id);
    for (const id of first) loadingLayers.delete(id);
    status.hidden = true;
    renderChrome();
    renderPanel();
    const draw = () => {
      renderMapData();
      renderSelection();
    };
    if (map.isStyleLoaded()) draw();
    else map.once('load', draw);
    // the moment moved while this loaded: every layer again at the new one
    if (store.get().asOf !== time.asOf || store.get().aqiPeriod !== time.aqiPeriod) void reloadTimeLayers();
    else void loadRest(rest);
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
      /** What the point layers drew last: clusters, symbol count, the labels' places and sizes (issue 18). */
      legibility: lastLegibility,
    },
  });
}
