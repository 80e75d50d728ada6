import { passwordPolicyProblem } from '../auth/password-policy.ts';
import { ApiError } from './api-error.ts';
import { fieldLabels } from './zod-issue-text.ts';

/**
 * Throws a 400 ApiError naming `field` (e.g. 'newPassword'; 新密码 in Chinese) when `password` is too easy to guess,
 * saying why in English (see passwordPolicyProblem) and what to do in Chinese; `userInputs` are the account's
 * username and display name.
 */
export function assertPasswordPolicy(field: string, password: string, userInputs: readonly string[]): void {
  const problem = passwordPolicyProblem(password, userInputs);
  if (problem)
    throw new ApiError(400, 'invalid_request', {
      zh:
        `${fieldLabels[field] ?? '密码'}：太容易被猜到（常见密码、键盘序列、日期或用户名等），` +
        '请改用由几个不常见的词组成的较长口令',
      en: `${field}: ${problem}`,
    });
}
