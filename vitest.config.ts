import { defineConfig } from 'vitest/config';
import { scaled, TIME_SCALE } from './test/helpers/time-scale.ts';

// Time limits stretch with the machine's load (or LANTIAN_TEST_SLOWDOWN); the test processes
// inherit the factor through the environment, so their own limits (scaled()) agree with these.
process.env.LANTIAN_TEST_SLOWDOWN = String(TIME_SCALE);

export default defineConfig({
  test: {
    testTimeout: scaled(30_000),
    hookTimeout: scaled(120_000),
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: ['test/e2e/**'] },
      },
      // One Chromium at a time: two headless SwiftShader browsers on two cores starve each other.
      { extends: true, test: { name: 'browser', include: ['test/e2e/**/*.test.ts'], fileParallelism: false } },
    ],
  },
});
