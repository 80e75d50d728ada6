import { failureText } from '../api/failure-text.ts';
import { signIn } from '../api/session.ts';
import { loginMessages } from '../i18n/login.ts';
import { publicReportMessages } from '../i18n/public-report.ts';
import type { Language } from '../state/app-state.ts';
import { h } from './dom.ts';

/**
 * The sign-in page: username and password, the server's message in the console's language when refused (wrong
 * password, too many tries), and in demo mode the demo accounts. Calls `onSignedIn` once a session exists.
 */
export function renderLoginScreen(
  root: HTMLElement,
  options: {
    lang: Language;
    demo: boolean;
    expired?: boolean;
    onSignedIn: () => void;
    onLanguage: (lang: Language) => void;
  },
): void {
  const { lang, demo } = options;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'; // the page's language follows the choice
  const m = loginMessages(lang);
  const switchLanguage = h(
    'button',
    { type: 'button', class: 'link-button login-language', 'data-action': 'language' },
    m.otherLanguage,
  );
  switchLanguage.addEventListener('click', () => options.onLanguage(lang === 'zh' ? 'en' : 'zh'));
  const username = h('input', {
    type: 'text',
    name: 'username',
    autocomplete: 'username',
    required: true,
    maxlength: '64',
    'data-login-username': '',
  });
  const password = h('input', {
    type: 'password',
    name: 'password',
    autocomplete: 'current-password',
    required: true,
    maxlength: '128',
    'data-login-password': '',
  });
  const error = h('p', { class: 'error', role: 'alert', 'data-login-error': '' }, options.expired ? m.expired : '');
  const submit = h('button', { type: 'submit', class: 'primary' }, m.signIn);
  const form = h(
    'form',
    { class: 'login-form', 'data-login': '' },
    switchLanguage,
    h('h1', {}, m.title),
    h('label', { class: 'field' }, h('span', {}, m.username), username),
    h('label', { class: 'field' }, h('span', {}, m.password), password),
    error,
    submit,
    h(
      'a',
      { href: '/report.html', class: 'report-link', 'data-public-report-link': '' },
      publicReportMessages(lang).loginLink,
    ),
    demo
      ? h(
          'div',
          { class: 'demo-accounts', 'data-demo-accounts': '' },
          h('p', {}, m.demoNote),
          h(
            'ul',
            {},
            ...(
              [
                ['official', m.demoOfficial],
                ['analyst', m.demoAnalyst],
                ['inspector', m.demoInspector],
                ['duty', m.demoDuty],
                ['admin', m.demoAdmin],
              ] as const
            ).map(([name, role]) => {
              const pick = h('button', { type: 'button', class: 'link-button', 'data-demo-account': name }, name);
              pick.addEventListener('click', () => {
                username.value = name;
                password.value = 'lantian-demo';
                password.focus();
              });
              return h('li', {}, pick, ` — ${role}`);
            }),
          ),
        )
      : null,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (username.value.trim() === '' || password.value === '') {
      error.textContent = m.missing;
      return;
    }
    submit.disabled = true;
    error.textContent = '';
    void signIn(username.value.trim(), password.value).then((result) => {
      submit.disabled = false;
      if (result.ok) options.onSignedIn();
      else {
        error.textContent = failureText(lang, result.error);
        password.select();
      }
    });
  });
  root.replaceChildren(h('main', { class: 'login-page' }, form));
  username.focus();
}
