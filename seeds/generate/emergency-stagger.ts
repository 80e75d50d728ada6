import type { Db } from '../../server/db/open-database.ts';
import { insertRows } from '../insert-rows.ts';
import type { Rng } from '../random.ts';
import type { DemoEntry } from './emergency-list.ts';
import { BY, type Row, utc } from './emergency-model.ts';

/**
 * Staggered production for the 2023-2024 season: ~20 of the list's building-materials, coking, casting and
 * chemical enterprises. Kiln and furnace plants without outlets stop (brick) or limit from November / December;
 * the built-up area's heavy polluters stop longer (stricter_built_up). The plants whose outlets carry the demo's
 * CEMS hours (cement grinding, coking) are scheduled from January 2024 on, so their 2023 hours stay the normal
 * baseline the warnings' compliance check compares with.
 */
export function seedStagger(db: Db, rng: Rng, entries: readonly DemoEntry[]) {
  const basis = '忻府区2023-2024年秋冬季错峰生产方案（示意）';
  const quota: Record<string, number> = {
    'cement-grinding': 3,
    coking: 2,
    'brick-tile': 4,
    lime: 3,
    refractory: 3,
    casting: 4,
    chemical: 2,
  };
  const taken = new Map<string, number>();
  const ordered = [...entries].sort(
    (a, b) =>
      Number(b.builtUpArea && b.heavyPolluter) - Number(a.builtUpArea && a.heavyPolluter) ||
      a.enterpriseId.localeCompare(b.enterpriseId),
  );
  const rows: Row[] = [];
  for (const e of ordered) {
    const max = quota[e.consoleIndustry] ?? 0;
    const n = taken.get(e.consoleIndustry) ?? 0;
    if (n >= max) continue;
    taken.set(e.consoleIndustry, n + 1);
    const stricter = e.builtUpArea && e.heavyPolluter;
    const lines = e.outlets.length ? e.outlets.map((o) => ({ line: o.name, code: o.code as string | null })) : null;
    const plantLine = (
      {
        'brick-tile': '轮窑/隧道窑',
        lime: '石灰窑',
        refractory: '隧道窑',
        casting: '熔化炉',
        chemical: '全厂',
      } as Record<string, string>
    )[e.consoleIndustry];
    const schedule = (from: string, to: string, production: 'stop' | 'limit', pct: number | null, note: string) => {
      for (const l of lines ?? [{ line: plantLine ?? '全厂', code: null }])
        rows.push({
          season: '2023-2024',
          enterprise_id: e.enterpriseId,
          line: l.line,
          outlet_code: l.code,
          period_from: from,
          period_to: to,
          production,
          limit_pct: pct,
          stricter_built_up: stricter ? 1 : 0,
          basis,
          note,
          provenance: 'synthetic',
          created_at: utc('2023-10-20T10:00'),
          created_by: BY,
        });
    };
    switch (e.consoleIndustry) {
      case 'cement-grinding':
        schedule('2024-01-10', '2024-03-15', 'stop', null, '水泥粉磨春节前后错峰停产');
        break;
      case 'coking':
        schedule('2024-01-01', '2024-02-29', 'limit', rng.pick([30, 40, 50]), '焦炉延长结焦时间限产');
        break;
      case 'brick-tile':
        schedule(stricter ? '2023-11-01' : '2023-11-15', '2024-03-15', 'stop', null, '采暖季错峰停产');
        break;
      case 'chemical':
        schedule('2023-12-15', '2024-02-15', 'limit', 30, '采暖期限产');
        break;
      default:
        if (stricter) schedule('2023-11-15', '2024-03-15', 'stop', null, '建成区重污染企业从严：采暖季停产');
        else schedule('2023-12-01', '2024-02-29', 'limit', rng.pick([30, 40, 50]), '12月至2月限产');
    }
  }
  insertRows(db, 'stagger_schedules', rows);
}
