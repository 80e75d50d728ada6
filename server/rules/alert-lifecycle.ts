/** Where an alert stands in the find → assign → handle → verify loop. */
export type AlertStatus = 'open' | 'assigned' | 'resolved' | 'verified';
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
