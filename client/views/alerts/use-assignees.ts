import { useEffect, useState } from 'preact/hooks';
import type { Assignee, AssigneesResponse } from '../../../server/schema/alerts.ts';
import { fetchJson } from '../../api/fetch-json.ts';

/** The accounts an alert may be assigned to, per township, read once per view (the inspectors of a township). */
export type AssigneeCache = Map<string, Promise<Assignee[] | null>>;

/** A new, empty cache (one per mounted view). */
export function createAssigneeCache(): AssigneeCache {
  return new Map();
}

/**
 * The accounts alert `alertId` (in `township`) may be assigned to: undefined while loading, null when they could
 * not be read. Alerts of one township share one request (GET /api/alerts/:id/assignees).
 */
export function useAssignees(cache: AssigneeCache, alertId: number, township: string): Assignee[] | null | undefined {
  const [assignees, setAssignees] = useState<Assignee[] | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let pending = cache.get(township);
    if (!pending) {
      pending = fetchJson<AssigneesResponse>(`/api/alerts/${alertId}/assignees`).then((r) =>
        r.ok ? r.value.assignees : null,
      );
      cache.set(township, pending);
      // a failed read is tried again by the next row that asks
      void pending.then((list) => {
        if (list === null) cache.delete(township);
      });
    }
    void pending.then((list) => {
      if (live) setAssignees(list);
    });
    return () => {
      live = false;
    };
  }, [cache, alertId, township]);
  return assignees;
}
