import { spawn } from 'node:child_process';
import { createServer } from 'vite';

/**
 * `npm run dev`: the API (tsx watch, port $LANTIAN_API_PORT or 8080) and the Vite dev server
 * (port 5173, proxying /api) side by side.
 */
const apiPort = process.env.LANTIAN_API_PORT ?? '8080';
const api = spawn('npx', ['tsx', 'watch', 'server/main.ts', '--port', apiPort], { stdio: 'inherit' });
const vite = await createServer({ configFile: 'vite.config.ts' });
await vite.listen();
vite.printUrls();
const stop = () => {
  api.kill();
  void vite.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
