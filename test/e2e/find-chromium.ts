import { spawn } from 'node:child_process';
import {
  accessSync,
  constants,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';

/** Where the browser for the real-browser tests came from. */
export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';

/** The browser the tests launch: its executable and where it was found. */
export interface ChromiumChoice {
  executablePath: string;
  source: ChromiumSource;
}

/** The usual places of a system Chromium or Chrome on Linux, in order of preference. */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
] as const;

/** True when `path` is a file this process may execute. */
export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Picks a system browser: `CHROMIUM_PATH` when set (an error if it is not executable: a wrong
 * setting is not silently replaced), else the first executable of SYSTEM_CHROMIUM_PATHS, else null
 * (the caller then unpacks the one of the @sparticuz/chromium package).
 *
 * @param env - the environment to read CHROMIUM_PATH from
 * @param executable - tells whether a path is an executable file (injected for tests)
 */
export function chooseSystemChromium(
  env: NodeJS.ProcessEnv,
  executable: (path: string) => boolean = isExecutable,
): ChromiumChoice | null {
  const configured = env.CHROMIUM_PATH;
  if (configured !== undefined && configured !== '') {
    if (!executable(configured)) throw new Error(`CHROMIUM_PATH=${configured} is not an executable file`);
    return { executablePath: configured, source: 'CHROMIUM_PATH' };
  }
  const found = SYSTEM_CHROMIUM_PATHS.find((path) => executable(path));
  return found === undefined ? null : { executablePath: found, source: 'system' };
}

/** Decompresses the Brotli file `from` into the new file `to` (mode 0755). */
async function unbrotli(from: string, to: string): Promise<void> {
  await pipeline(createReadStream(from), createBrotliDecompress(), createWriteStream(to, { mode: 0o755 }));
}

/** Unpacks the Brotli-compressed tar archive `from` into the folder `into` with the system's tar. */
async function untarBrotli(from: string, into: string): Promise<void> {
  const tar = spawn('tar', ['-x', '-f', '-', '-C', into], { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  tar.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    tar.on('error', reject);
    tar.on('close', resolve);
  });
  await pipeline(createReadStream(from), createBrotliDecompress(), tar.stdin);
  const code = await exited;
  if (code !== 0) throw new Error(`tar could not unpack ${from} (exit ${code}): ${stderr.trim()}`);
}

/**
 * Unpacks the headless Chromium that the @sparticuz/chromium dev dependency carries in its tarball
 * (the browser, and SwiftShader for WebGL beside it) into `<tmpdir>/lantian-chromium-<version>/`,
 * once per version: it is unpacked into a fresh folder that is then renamed into place, so a
 * concurrent or interrupted run never sees half a browser. Nothing is downloaded.
 *
 * @returns the path of the executable
 */
export async function unpackPackagedChromium(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  const packageDir = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const target = join(tmpdir(), `lantian-chromium-${version}`);
  const executable = join(target, 'chromium');
  if (existsSync(executable)) return executable;
  const staging = mkdtempSync(join(tmpdir(), `lantian-chromium-${version}.partial-`));
  try {
    const bin = join(packageDir, 'bin');
    await unbrotli(join(bin, 'chromium.br'), join(staging, 'chromium'));
    await untarBrotli(join(bin, 'swiftshader.tar.br'), staging);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (existsSync(executable)) return executable; // another process finished first
    throw error;
  }
  return executable;
}

/** The browser for the real-browser tests: a system one (see chooseSystemChromium), else the packaged one. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  return chooseSystemChromium(env) ?? { executablePath: await unpackPackagedChromium(), source: '@sparticuz/chromium' };
}
