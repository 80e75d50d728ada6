import { defineConfig } from 'vite';
import { precompressPlugin } from './server/http/precompress-assets.ts';

/**
 * Client build. The API is served by the Hono server (server/main.ts); in `npm run dev`
 * Vite proxies /api to it. maplibre-gl is excluded from dependency pre-bundling because
 * its web worker only loads un-bundled under the Vite dev server.
 */
export default defineConfig({
  root: 'client',
  publicDir: 'public',
  // .br and .gz beside each asset, which the server sends to browsers that accept them
  plugins: [precompressPlugin()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // the console, and the public report page (issue 17: 群众举报, no sign-in)
    rollupOptions: { input: { main: 'client/index.html', report: 'client/report.html' } },
  },
  optimizeDeps: { exclude: ['maplibre-gl'] },
  server: {
    port: 5173,
    proxy: { '/api': `http://localhost:${process.env.LANTIAN_API_PORT ?? '8080'}` },
  },
});
