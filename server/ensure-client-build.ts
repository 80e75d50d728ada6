import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Builds the client into dist/client when it is missing or older than any source file
 * (client/, vite.config.ts, server/schema/ which the client imports). Run by `npm start`.
 */
const root = fileURLToPath(new URL('../', import.meta.url));
const output = join(root, 'dist/client/index.html');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

const sources = ['client', 'server/schema', 'vite.config.ts', 'package-lock.json']
  .map((p) => join(root, p))
  .filter(existsSync);
const newestSource = Math.max(...sources.map(newestMtime));
if (existsSync(output) && statSync(output).mtimeMs >= newestSource) {
  console.log('client build is up to date');
} else {
  console.log('building the client…');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  console.log('client built into dist/client');
}
