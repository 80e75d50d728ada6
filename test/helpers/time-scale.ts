import { availableParallelism, loadavg } from 'node:os';

/** The largest factor the load alone may give (an explicit LANTIAN_TEST_SLOWDOWN may exceed it). */
const MAX_LOAD_FACTOR = 4;

/**
 * How much slower than an idle machine the suite should expect to run: `LANTIAN_TEST_SLOWDOWN`
 * when set (a number ≥ 1), else 1 + the one-minute load average per core (1 on an idle machine,
 * 1.5 with one of two cores busy), capped at 4.
 *
 * @param env - the environment to read LANTIAN_TEST_SLOWDOWN from
 * @param load - the one-minute load average
 * @param cores - the number of cores
 * @throws Error when LANTIAN_TEST_SLOWDOWN is set to anything but a number ≥ 1
 */
export function timeScaleFor(env: NodeJS.ProcessEnv, load: number, cores: number): number {
  const configured = env.LANTIAN_TEST_SLOWDOWN;
  if (configured !== undefined && configured !== '') {
    const factor = Number(configured);
    if (!Number.isFinite(factor) || factor < 1)
      throw new Error(`LANTIAN_TEST_SLOWDOWN=${configured}: expected a number ≥ 1`);
    return factor;
  }
  return Math.min(MAX_LOAD_FACTOR, 1 + Math.max(0, load) / Math.max(1, cores));
}

/**
 * The factor of this run. vitest.config.ts computes it once at start and writes it back to
 * LANTIAN_TEST_SLOWDOWN, so the test processes it forks use the same factor.
 */
export const TIME_SCALE = timeScaleFor(process.env, loadavg()[0] ?? 0, availableParallelism());

/** A time limit in milliseconds, stretched by TIME_SCALE. */
export function scaled(ms: number): number {
  return Math.round(ms * TIME_SCALE);
}
