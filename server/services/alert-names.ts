import type { Alert, ListedAlert } from '../schema/alerts.ts';

/** Display names by login name (`system` stays as it is: the client words it). */
export type DisplayNames = ReadonlyMap<string, string>;

/** The display names of `users` by login name. */
export function displayNamesOf(users: readonly { username: string; displayName: string }[]): DisplayNames {
  return new Map(users.map((u) => [u.username, u.displayName]));
}

/** The login an `assigned` event's note names (`→ <login>` or `→ <login> · <note>`). */
export function assignedTo(note: string | null): string {
  return note?.startsWith('→ ') ? (note.slice(2).split(' · ')[0] ?? '') : '';
}

/**
 * `alert` with the display names of its assignee and of each event's actor, where an account holds them (an
 * assignee written before assignees were accounts, or the system, has none).
 */
export function withDisplayNames<A extends Alert | ListedAlert>(alert: A, names: DisplayNames): A {
  const assigneeName = alert.assignee === null ? null : (names.get(alert.assignee) ?? null);
  return {
    ...alert,
    assigneeName,
    events: alert.events.map((e) => ({
      ...e,
      actorName: names.get(e.actor) ?? null,
      ...(e.action === 'assigned' ? { assigneeName: names.get(assignedTo(e.note)) ?? null } : {}),
    })),
  };
}
