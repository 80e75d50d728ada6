import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { hashPassword } from '../auth/password.ts';
import { passwordPolicyProblem } from '../auth/password-policy.ts';
import { migrate } from '../db/migrate.ts';
import { openDatabase } from '../db/open-database.ts';
import { createSqliteStore } from '../db/sqlite-store.ts';
import { createWriter } from '../db/writer.ts';
import { describeZodError } from '../http/api-error.ts';
import { userCreateSchema } from '../schema/auth.ts';
import { createUser } from '../services/create-user.ts';

/**
 * `npm run user:add -- --role admin --username NAME [--display-name 名字] [--townships C1,C2]
 * [--db FILE]`: creates an account. The password is read from the terminal (not echoed) or, when
 * standard input is not a terminal, from its first line, so it never lands in the shell history.
 */
async function readPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stdout.write('password (at least 10 characters, not easy to guess: several uncommon words): ');
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    output._writeToOutput = () => undefined;
  }
  const line = await new Promise<string>((resolve) => rl.once('line', resolve).once('close', () => resolve('')));
  rl.close();
  if (process.stdin.isTTY) process.stdout.write('\n');
  return line;
}

async function main() {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      'display-name': { type: 'string' },
      townships: { type: 'string' },
      db: { type: 'string' },
    },
    strict: true,
  });
  const parsed = userCreateSchema.safeParse({
    username: values.username ?? '',
    displayName: values['display-name'] ?? values.username ?? '',
    role: values.role ?? '',
    townships: values.townships ? values.townships.split(',').map((t) => t.trim()) : [],
    password: await readPassword(),
  });
  if (!parsed.success) throw new Error(describeZodError(parsed.error, 'option').en);
  const user = parsed.data;
  if (user.role === 'inspector' && user.townships.length === 0)
    throw new Error('--townships: an inspector needs at least one township code');
  const weak = passwordPolicyProblem(user.password, [user.username, user.displayName]);
  if (weak) throw new Error(`password: ${weak}`);
  const db = openDatabase(values.db ?? process.env.LANTIAN_DB ?? 'data/lantian.db');
  migrate(db);
  const writer = createWriter(db);
  const store = createSqliteStore(db, writer);
  const unknown = await store.townships.unknown(user.townships);
  if (unknown.length)
    throw new Error(
      `--townships: unknown township ${unknown.join(', ')} (start the server once to seed the townships)`,
    );
  const passwordHash = await hashPassword(user.password);
  // the command line is this process's entry point: its clock is the wall clock
  const created = await createUser(
    store,
    { id: null, username: 'cli', role: null },
    { ...user, passwordHash },
    new Date().toISOString(),
  );
  await writer.drained();
  db.close();
  if (!created) throw new Error(`username '${user.username}' is taken`);
  console.log(`created ${created.role} '${created.username}' (id ${created.id})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
