import { session } from '../api/session.ts';
import { message, type MessageKey } from '../i18n/messages.ts';
import { openApiMessages } from '../i18n/openapi.ts';
import type { AppState, BasemapId } from '../state/app-state.ts';
import type { Store } from '../state/store.ts';
import { h } from './dom.ts';

/** Where the user's own Tianditu token is kept: this browser only, never the URL or the server. */
export const TIANDITU_TOKEN_KEY = 'lantian.tiandituToken';

const options: [BasemapId, MessageKey][] = [
  ['offline', 'basemapOffline'],
  ['osm', 'basemapOsm'],
  ['tianditu-vec', 'basemapTdtVec'],
  ['tianditu-img', 'basemapTdtImg'],
];

/** The settings popover: basemap choice (offline by default; online sources optional) and the Tianditu token. */
export function renderSettings(container: HTMLElement, store: Store<AppState>, onTokenChange: () => void): void {
  const state = store.get();
  const lang = state.lang;
  const radios = options.map(([id, key]) => {
    const input = h('input', { type: 'radio', name: 'basemap', value: id, checked: state.basemap === id });
    input.addEventListener('change', () => store.update({ basemap: id }));
    return h('label', { class: 'field check' }, input, message(lang, key));
  });
  const token = h('input', {
    type: 'password',
    value: localStorage.getItem(TIANDITU_TOKEN_KEY) ?? '',
    autocomplete: 'off',
  });
  token.addEventListener('change', () => {
    localStorage.setItem(TIANDITU_TOKEN_KEY, token.value.trim());
    onTokenChange();
  });
  container.replaceChildren(
    h('h3', {}, message(lang, 'basemap')),
    ...radios,
    h('label', { class: 'field' }, h('span', {}, message(lang, 'tdtToken')), token),
    // issue 18: the API reference, for signed-in users (the server refuses anyone else)
    ...(session.user
      ? [
          h(
            'a',
            {
              href: '/api/docs',
              target: '_blank',
              rel: 'noopener',
              class: 'api-reference-link',
              title: openApiMessages(lang).apiReferenceHint,
            },
            openApiMessages(lang).apiReference,
          ),
        ]
      : []),
  );
}
