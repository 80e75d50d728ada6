import { config } from 'zod';

/**
 * Imported first by main.ts, before any schema module (the console shares label constants with
 * server/schema/, which build zod schemas as they load). zod otherwise probes `new Function('')`
 * to decide whether to compile fast object parsers; under the console's Content-Security-Policy
 * (script-src without 'unsafe-eval') that probe is refused and reported as a CSP violation even
 * though zod catches it. Jitless parsing needs no eval; the console parses little.
 */
config({ jitless: true });
