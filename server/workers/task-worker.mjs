// The file piscina starts in each worker thread. Workers are plain Node: under vitest (whose
// forks transform only test files) nothing would load TypeScript, and under `tsx` the loader
// the main thread got from its execArgv may or may not reach the worker. tsx's scoped import
// loads the .ts entry and everything it imports, the same way in both.
import { tsImport } from 'tsx/esm/api';

const entry = await tsImport('./task-worker.ts', import.meta.url);

export default entry.default;
