import { vi } from 'vitest';
import type { ViewContext } from '../../client/app.ts';
import { loadSession } from '../../client/api/session.ts';
import type {
  DepartmentDetail,
  DepartmentSummary,
  Fund,
  FundsResponse,
  LeadersResponse,
  PlanItem,
} from '../../server/schema/departments.ts';

/** A department summary for the 部门 view's component tests. */
export function departmentSummary(id: string, changes: Partial<DepartmentSummary> = {}): DepartmentSummary {
  return {
    id,
    name: `部门${id}`,
    nameEn: `Department ${id}`,
    kind: 'district',
    townshipCode: null,
    position: 1,
    provenance: 'synthetic',
    source: '演示数据（合成）',
    tasks: { lead: 0, cooperating: 0, responsible: 0 },
    openAlerts: 0,
    openCases: 0,
    overdueRectifications: 0,
    planItems: { total: 0, done: 0, overdue: 0, meanProgress: null },
    funds: { totalWan: 0, disbursedWan: 0 },
    openRequests: 0,
    ...changes,
  };
}

/** An annual plan item. */
export function planItem(id: number, changes: Partial<PlanItem> = {}): PlanItem {
  return {
    id,
    departmentId: 'eco-env',
    departmentName: '市生态环境局忻府分局',
    year: 2023,
    title: `计划事项${id}`,
    task: 10,
    dueOn: '2023-06-30',
    progress: 40,
    status: 'in-progress',
    doneOn: null,
    note: null,
    updatedAt: '2023-06-01T00:00:00.000Z',
    provenance: 'synthetic',
    source: '演示数据（合成）',
    overdue: false,
    ...changes,
  };
}

/** A special fund (万元). */
export function fund(id: number, changes: Partial<Fund> = {}): Fund {
  return {
    id,
    departmentId: 'energy',
    departmentName: '区能源局',
    year: 2023,
    project: `项目${id}`,
    purpose: 'loose-coal',
    amountWan: 100,
    disbursedWan: 25,
    status: 'disbursing',
    task: 6,
    townshipCode: null,
    note: null,
    provenance: 'synthetic',
    source: '演示数据（合成）',
    ...changes,
  };
}

/** Totals as the server gives them with the funds. */
export function fundsResponse(funds: Fund[]): FundsResponse {
  const sum = (list: Fund[]) => ({
    count: list.length,
    amountWan: list.reduce((s, f) => s + f.amountWan, 0),
    disbursedWan: list.reduce((s, f) => s + f.disbursedWan, 0),
  });
  const kept = funds.filter((f) => f.status !== 'cancelled');
  return {
    funds,
    total: sum(kept),
    byPurpose: Object.fromEntries(
      [...new Set(kept.map((f) => f.purpose))].map((p) => [p, sum(kept.filter((f) => f.purpose === p))]),
    ),
    byStatus: Object.fromEntries(
      [...new Set(funds.map((f) => f.status))].map((s) => [s, sum(funds.filter((f) => f.status === s))]),
    ),
  } as FundsResponse;
}

/** The eco-env department's detail with one thing of each kind. */
export function ecoEnvDetail(): DepartmentDetail {
  return {
    asOf: '2023-12-31T23:00',
    department: departmentSummary('eco-env', { name: '市生态环境局忻府分局', kind: 'city-branch' }),
    tasks: [
      { number: 10, title: '深化工业污染治理。', role: 'lead' },
      { number: 6, title: '推进散煤治理。', role: 'cooperating' },
    ],
    alerts: [
      {
        id: 31,
        rule: 'nrmm-banned-in-zone',
        task: 14,
        title: { zh: '禁用区内高排放机械', en: 'Banned machine in the zone' },
        township: '140902103',
        raisedAt: '2023-12-20T08:00',
        status: 'open',
        ageDays: 11,
        routed: 'explicit',
      },
    ],
    cases: [
      {
        id: 5,
        number: '忻府环立〔2023〕0005号',
        entityLayer: 'enterprises',
        entityId: 'E001',
        entityName: '甲建材',
        township: '140902103',
        stage: 'rectifying',
        dueOn: '2023-12-20',
        overdue: true,
      },
    ],
    planItems: [planItem(1, { overdue: true })],
    funds: [],
    requests: [],
    users: null,
  };
}

/** Leaders of two townships: one with both first responsible persons, one with none. */
export function leadersResponse(): LeadersResponse {
  const leader = (id: number, role: 'party-secretary' | 'government-head', name: string, post: string) => ({
    id,
    name,
    post,
    role,
    phone: null,
    since: '2022-01-01',
    until: null,
    provenance: 'synthetic' as const,
    source: '演示数据（合成）',
  });
  return {
    asOf: '2023-12-31T23:00',
    townships: [
      {
        code: '140902001',
        name: '秀容街道',
        departmentId: 'township-140902001',
        leaders: [
          leader(1, 'party-secretary', '王建国', '党工委书记'),
          leader(2, 'government-head', '李明', '街道办事处主任'),
        ],
      },
      { code: '140902100', name: '播明镇', departmentId: 'township-140902100', leaders: [] },
    ],
  };
}

/** A response to a stubbed API call. */
function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/**
 * Stubs fetch: /api/auth/me answers `user`; other paths the first `routes` entry whose key the path starts with
 * (a function of the request, or a body); anything else 404. Returns the mock to inspect the calls.
 */
export async function stubApi(
  user: Record<string, unknown> | null,
  routes: Record<string, object | ((init: RequestInit | undefined) => Response)>,
) {
  const mock = vi.fn(async (path: string, init?: RequestInit) => {
    if (path.startsWith('/api/auth/me'))
      return json({ user, csrfToken: user ? 't' : null, demo: false, publicRead: false });
    const key = Object.keys(routes)
      .sort((a, b) => b.length - a.length)
      .find((k) => path.startsWith(k));
    if (key === undefined) return json({ error: { code: 'not_found', message: `${path}: not found` } }, 404);
    const route = routes[key];
    return typeof route === 'function' ? (route as (i: RequestInit | undefined) => Response)(init) : json(route);
  });
  vi.stubGlobal('fetch', mock);
  await loadSession();
  return mock;
}

/** The view context the sections use: the store and the console data (townships, plan tasks). */
export function sectionContext(): { context: ViewContext; update: ReturnType<typeof vi.fn> } {
  const update = vi.fn();
  const context = {
    store: { update, get: () => ({}), subscribe: () => () => undefined },
    data: () => ({
      layers: { townships: [], enterprises: [] },
      plan: { tasks: [{ number: 10, title: '深化工业污染治理。', titleEn: 'Industrial pollution' }] },
    }),
  } as unknown as ViewContext;
  return { context, update };
}

export { json };
