/**
 * Run by worker-pool.test.ts as the server runs, under the tsx CLI: `tsx worker-pool-child.ts FILE`.
 * Runs one task in a worker and prints which thread ran it, then leaves the pool open: an idle
 * worker must not keep the process alive, so the process ends by itself.
 */
import { openDatabase } from '../../server/db/open-database.ts';
import { createTaskPool } from '../../server/workers/task-pool.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: tsx worker-pool-child.ts DATABASE_FILE');
const pool = createTaskPool({ db: openDatabase(file), workers: 1, testTasks: true });
const threadId = await pool.run('test.threadId', undefined);
console.log(JSON.stringify({ threadId, threads: pool.threads() }));
