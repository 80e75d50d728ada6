import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** System font folders a Linux fontconfig scans (missing ones are skipped). */
const SYSTEM_FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts'] as const;

/** The family the project's own CJK font registers under. */
export const PROJECT_CJK_FAMILY = 'Noto Sans SC';

/**
 * The folder of the project's own CJK font: the Noto Sans SC TrueType files (SIL Open Font
 * License 1.1) of the @expo-google-fonts/noto-sans-sc dev dependency, one sub-folder per weight.
 */
export function projectFontDir(): string {
  return dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'));
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The text of a fontconfig file that keeps the system's configuration (when there is one) and adds
 * the system font folders and `fontDirs`, with `family` as the fallback after each generic family.
 *
 * @param fontDirs - extra folders of font files, scanned recursively
 * @param cacheDir - where fontconfig keeps its scan cache
 */
export function fontconfigText(fontDirs: readonly string[], cacheDir: string, family = PROJECT_CJK_FAMILY): string {
  const dirs = [...SYSTEM_FONT_DIRS, ...fontDirs].map((dir) => `  <dir>${escapeXml(dir)}</dir>`);
  const generics = ['sans-serif', 'serif', 'monospace'].map(
    (generic) => `  <alias><family>${generic}</family><default><family>${escapeXml(family)}</family></default></alias>`,
  );
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    ...dirs,
    ...generics,
    `  <cachedir>${escapeXml(cacheDir)}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

/**
 * Writes a fontconfig file for the test browser into a new temporary folder and returns the
 * environment that makes the browser use it (`FONTCONFIG_FILE`), so Chinese text renders with the
 * project's font whichever browser is launched and whatever fonts the machine has. The scan cache
 * is kept in one folder under the temporary directory, shared by the runs.
 */
export function writeTestFontconfig(): { FONTCONFIG_FILE: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lantian-fontconfig-'));
  const cacheDir = join(tmpdir(), 'lantian-fontconfig-cache');
  mkdirSync(cacheDir, { recursive: true });
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, fontconfigText([projectFontDir()], cacheDir));
  return { FONTCONFIG_FILE: file };
}
