import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiFailure } from '../../client/api/api-result.ts';
import { failureText } from '../../client/api/failure-text.ts';
import { dataMessages } from '../../client/i18n/data.ts';
import { loginMessages } from '../../client/i18n/login.ts';
import { usersMessages } from '../../client/i18n/users.ts';
import { createProblem } from '../../client/panels/users-panel.ts';
import { englishLeaks } from '../e2e/english-leaks.ts';

/** Every Chinese message of a catalogue, wording functions called with sample arguments. */
function zhTexts(messages: Record<string, string | ((...args: never[]) => string)>): string[] {
  return Object.values(messages).map((message) =>
    typeof message === 'string' ? message : (message as (...args: unknown[]) => string)('王五', '甲'),
  );
}

describe('failureText', () => {
  it('shows the server’s sentence in the console’s language', () => {
    const failure = apiFailure(409, 'Conflict', {
      error: {
        code: 'conflict',
        message: "username 'dup1' is taken",
        text: { zh: '用户名「dup1」已被占用', en: "username 'dup1' is taken" },
      },
    });
    expect(failureText('zh', failure)).toBe('用户名「dup1」已被占用');
    expect(failureText('en', failure)).toBe("username 'dup1' is taken");
  });

  it('never shows the English message in Chinese when the server sent no text', () => {
    const failure = apiFailure(409, 'Conflict', { error: { code: 'conflict', message: 'alert 3 is verified' } });
    expect(failureText('zh', failure)).toBe('与当前状态冲突，请刷新后重试');
    expect(failureText('en', failure)).toBe('alert 3 is verified');
    expect(failureText('zh', apiFailure(502, 'Bad Gateway', null))).toBe('服务器应答无法识别');
  });
});

describe('新建账号 checks before sending', () => {
  const account = {
    username: 'wangwu',
    displayName: '王五',
    role: 'official' as const,
    townships: [],
    password: 'x'.repeat(10),
  };
  it('names the first obvious problem', () => {
    expect(createProblem(account)).toBeNull();
    expect(createProblem({ ...account, username: 'a' })).toBe('usernameRule');
    expect(createProblem({ ...account, username: 'Wang Wu' })).toBe('usernameRule');
    expect(createProblem({ ...account, displayName: '' })).toBe('nameRequired');
    expect(createProblem({ ...account, role: 'inspector' })).toBe('inspectorNeedsTownship');
    expect(createProblem({ ...account, role: 'inspector', townships: ['140902106'] })).toBeNull();
    expect(createProblem({ ...account, password: 'short' })).toBe('passwordTooShort');
  });
});

describe('the data view, accounts and sign-in speak Chinese in Chinese', () => {
  it('their catalogues have no English in zh', () => {
    for (const catalogue of [dataMessages, usersMessages, loginMessages]) {
      for (const text of zhTexts(catalogue('zh'))) expect(englishLeaks(text.replace('a–z', '')), text).toEqual([]);
    }
  });

  it('their modules word nothing with T() and show no raw server message', () => {
    for (const file of [
      'client/views/data-view.ts',
      'client/panels/users-panel.ts',
      'client/panels/login-screen.ts',
      'client/api/session.ts',
    ]) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/\bT\(lang/);
      expect(source, file).not.toMatch(/i18n\/messages\.ts/);
      expect(source, file).not.toMatch(/error\.message\b|result\.message\b/);
    }
  });
});
