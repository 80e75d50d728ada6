import type { AlertStatus } from '../schema/enums/alert-status.ts';

/**
 * Where an alert stands in the find → assign → handle → verify loop (the enum and its labels:
 * schema/enums/alert-status.ts).
 */
export type { AlertStatus } from '../schema/enums/alert-status.ts';
/** What a person can do to an alert. */
export type AlertAction = 'assign' | 'resolve' | 'verify' | 'reopen';

const transitions: Record<AlertAction, Partial<Record<AlertStatus, AlertStatus>>> = {
  // assign or reassign while not yet handled
  assign: { open: 'assigned', assigned: 'assigned' },
  resolve: { assigned: 'resolved' },
  verify: { resolved: 'verified' },
  // a resolution found wanting, or a verified alert whose problem came back, goes back to its assignee
  reopen: { resolved: 'assigned', verified: 'assigned' },
};

/**
 * The status an action leads to, or null when the action is not allowed from `status`
 * (the API answers 409 then).
 *
 * @example
 * nextAlertStatus('open', 'resolve'); // null: assign it first
 */
export function nextAlertStatus(status: AlertStatus, action: AlertAction): AlertStatus | null {
  return transitions[action][status] ?? null;
}

/**
 * Four eyes: the user who resolved an alert may not verify it, whatever their role (reopening
 * one's own resolution stays allowed: it asks for more work, it does not sign it off). Returns the
 * refusal (the API answers 409 with it), or null when `actor` may take `action`.
 *
 * @example
 * fourEyesRefusal('verify', 'lixd', 'lixd'); // 'lixd resolved this alert, so another user must verify it (four eyes)'
 * fourEyesRefusal('verify', 'wangjj', 'lixd'); // null
 */
export function fourEyesRefusal(action: AlertAction, actor: string, resolvedBy: string | null): string | null {
  if (action !== 'verify' || resolvedBy === null || resolvedBy !== actor) return null;
  return `${actor} resolved this alert, so another user must verify it (four eyes)`;
}
