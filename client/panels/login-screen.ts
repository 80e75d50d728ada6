import { signIn } from '../api/session.ts';
import { T } from '../i18n/messages.ts';
import type { Language } from '../state/app-state.ts';
import { h } from './dom.ts';

/**
 * The sign-in page: username and password, the server's message when refused (wrong password,
 * too many tries), and in demo mode the demo accounts. Calls `onSignedIn` once a session exists.
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
  const switchLanguage = h(
    'button',
    { type: 'button', class: 'link-button login-language', 'data-action': 'language' },
    lang === 'zh' ? 'English' : '中文',
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
  const error = h(
    'p',
    { class: 'error', role: 'alert', 'data-login-error': '' },
    options.expired ? T(lang, '登录已过期，请重新登录', 'Your session ended: sign in again') : '',
  );
  const submit = h('button', { type: 'submit', class: 'primary' }, T(lang, '登录', 'Sign in'));
  const form = h(
    'form',
    { class: 'login-form', 'data-login': '' },
    switchLanguage,
    h('h1', {}, T(lang, '蓝天 · 忻府区大气环境监管', 'Lantian · Xinfu air-quality supervision')),
    h('label', { class: 'field' }, h('span', {}, T(lang, '账号', 'Username')), username),
    h('label', { class: 'field' }, h('span', {}, T(lang, '密码', 'Password')), password),
    error,
    submit,
    demo
      ? h(
          'div',
          { class: 'demo-accounts', 'data-demo-accounts': '' },
          h(
            'p',
            {},
            T(
              lang,
              '演示模式：以下演示账号的密码均为 lantian-demo',
              'Demo mode: each demo account’s password is lantian-demo',
            ),
          ),
          h(
            'ul',
            {},
            ...(
              [
                ['official', '领导（只读）', 'official (read)'],
                ['analyst', '分析员（统计、导出）', 'analyst (statistics, exports)'],
                ['inspector', '巡查员（巡查、告警，限所辖乡镇）', 'inspector (routes, alerts in their townships)'],
                ['admin', '管理员（用户、导入、编辑）', 'admin (users, imports, edits)'],
              ] as const
            ).map(([name, zh, en]) => {
              const pick = h('button', { type: 'button', class: 'link-button', 'data-demo-account': name }, name);
              pick.addEventListener('click', () => {
                username.value = name;
                password.value = 'lantian-demo';
                password.focus();
              });
              return h('li', {}, pick, ` — ${T(lang, zh, en)}`);
            }),
          ),
        )
      : null,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    void signIn(username.value.trim(), password.value).then((result) => {
      submit.disabled = false;
      if (result.ok) options.onSignedIn();
      else {
        error.textContent =
          result.status === 429
            ? T(lang, `尝试次数过多：${result.message}`, result.message)
            : result.status === 401
              ? T(lang, '账号或密码错误', 'Wrong username or password')
              : result.message;
        password.select();
      }
    });
  });
  root.replaceChildren(h('main', { class: 'login-page' }, form));
  username.focus();
}
