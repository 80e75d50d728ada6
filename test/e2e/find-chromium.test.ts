import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseSystemChromium, SYSTEM_CHROMIUM_PATHS } from './find-chromium.ts';
import { fontconfigText, projectFontDir } from './test-fontconfig.ts';

describe('chooseSystemChromium', () => {
  it('takes CHROMIUM_PATH first, and refuses one that is not executable rather than falling back', () => {
    const executable = (path: string) => path === '/opt/my/chrome' || path === '/usr/bin/chromium';
    expect(chooseSystemChromium({ CHROMIUM_PATH: '/opt/my/chrome' }, executable)).toEqual({
      executablePath: '/opt/my/chrome',
      source: 'CHROMIUM_PATH',
    });
    expect(() => chooseSystemChromium({ CHROMIUM_PATH: '/nowhere/chrome' }, executable)).toThrow(
      'CHROMIUM_PATH=/nowhere/chrome is not an executable file',
    );
  });

  it('then the first usual system path that is executable, else nothing (the packaged browser)', () => {
    expect(
      chooseSystemChromium({}, (path) => path === '/usr/bin/google-chrome' || path === '/usr/bin/chromium-browser'),
    ).toEqual({
      executablePath: '/usr/bin/chromium-browser',
      source: 'system',
    });
    expect(chooseSystemChromium({ CHROMIUM_PATH: '' }, () => false)).toBeNull();
    expect(SYSTEM_CHROMIUM_PATHS[0]).toBe('/usr/bin/chromium');
  });
});

describe('the test fontconfig', () => {
  it('keeps the system configuration and fonts, adds the project CJK font folder, and falls back to it', () => {
    const text = fontconfigText(['/fonts/a&b'], '/tmp/cache');
    expect(text).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
    expect(text).toContain('<dir>/usr/share/fonts</dir>');
    expect(text).toContain('<dir>/fonts/a&amp;b</dir>');
    expect(text).toContain(
      '<alias><family>sans-serif</family><default><family>Noto Sans SC</family></default></alias>',
    );
    expect(text).toContain('<cachedir>/tmp/cache</cachedir>');
  });

  it('finds the project font, a Noto Sans SC TrueType file, in the installed dev dependency', () => {
    expect(existsSync(join(projectFontDir(), '400Regular', 'NotoSansSC_400Regular.ttf'))).toBe(true);
    expect(existsSync(join(projectFontDir(), 'LICENSE_FONT'))).toBe(true);
  });
});
