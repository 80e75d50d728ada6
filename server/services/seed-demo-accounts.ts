import { hashPassword } from '../auth/password.ts';
import { writeDatasetMeta } from '../db/dataset-meta.ts';
import type { Db } from '../db/open-database.ts';
import { assignDemoDepartment } from '../db/departments-assign.ts';
import { insertUser } from '../db/users-repository.ts';
import type { Role } from '../schema/auth.ts';

/** The demo password of every demo account (README lists them). */
export const DEMO_PASSWORD = 'lantian-demo';

/**
 * The demo inspector acts in 庄磨镇 and 董村镇 (failing construction sites and open alerts exist
 * there in the demo data).
 */
export const DEMO_INSPECTOR_TOWNSHIPS = ['140902103', '140902105'];

/**
 * Issue 17: the demo accounts' departments: the official is the development and reform bureau's (a department that
 * leads tasks and updates its own plan items); the others work at the ecology-environment branch (the enforcing
 * department, which also runs the heavy-pollution duty).
 */
const demoAccounts: { username: string; displayName: string; role: Role; departmentId: string }[] = [
  { username: 'official', displayName: '演示·领导', role: 'official', departmentId: 'ndrc' },
  { username: 'analyst', displayName: '演示·分析员', role: 'analyst', departmentId: 'eco-env' },
  { username: 'inspector', displayName: '演示·巡查员', role: 'inspector', departmentId: 'eco-env' },
  { username: 'duty', displayName: '演示·应急值守', role: 'duty', departmentId: 'eco-env' },
  { username: 'admin', displayName: '演示·管理员', role: 'admin', departmentId: 'eco-env' },
];

/**
 * Demo mode: the five demo accounts (password `lantian-demo`) and the flag that makes the
 * console show its demo banner. Only for a database created in demo mode; `--no-demo` skips it.
 *
 * @param cost bcrypt cost (tests pass a low one); default the hashing module's
 * @param at when the accounts are created (the entry point's clock)
 * @example
 * await seedDemoAccounts(db, undefined, new Date(now()));
 */
export async function seedDemoAccounts(db: Db, cost: number | undefined, at: Date): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD, cost);
  const now = at.toISOString();
  db.transaction(() => {
    for (const { departmentId, ...account } of demoAccounts) {
      insertUser(
        db,
        {
          ...account,
          townships: account.role === 'inspector' ? DEMO_INSPECTOR_TOWNSHIPS : [],
          passwordHash,
          demo: true,
        },
        now,
      );
      assignDemoDepartment(db, account.username, departmentId);
    }
    writeDatasetMeta(db, 'demo_mode', 'true');
  })();
}
