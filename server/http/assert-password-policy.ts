import { passwordPolicyProblem } from '../auth/password-policy.ts';
import { ApiError } from './api-error.ts';

/**
 * Throws a 400 ApiError naming `field` (e.g. 'newPassword') when `password` is too easy to guess,
 * saying why (see passwordPolicyProblem); `userInputs` are the account's username and display name.
 */
export function assertPasswordPolicy(field: string, password: string, userInputs: readonly string[]): void {
  const problem = passwordPolicyProblem(password, userInputs);
  if (problem) throw new ApiError(400, 'invalid_request', `${field}: ${problem}`);
}
