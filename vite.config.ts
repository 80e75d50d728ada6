import { defineConfig } from 'vite';
import { precompressPlugin } from './server/http/precompress-assets.ts';

/**
 * The libraries a chunk's file name names when it holds any of their modules (issue 18): the split stays the
 * bundler's own, and the requests of a page say which of the heavy libraries it loads (the sign-in page none;
 * test/e2e/bundle-split.test.ts and `npm run bench -- client-bundle` read them).
 */
const namedLibraries: [label: string, test: RegExp][] = [
  ['maplibre-gl', /node_modules\/maplibre-gl\//],
  ['deck-gl', /node_modules\/(@deck\.gl|@luma\.gl|@loaders\.gl|@math\.gl|mjolnir\.js)\//],
  ['echarts', /node_modules\/(echarts|zrender)\//],
  ['terra-draw', /node_modules\/terra-draw/],
];
const chunkFileNames = ({ moduleIds }: { moduleIds: string[] }): string => {
  const labels = namedLibraries
    .filter(([, test]) => moduleIds.some((id) => test.test(id.replaceAll('\\', '/'))))
    .map(([label]) => `${label}.`);
  return `assets/${labels.join('')}[name]-[hash].js`;
};

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
    rolldownOptions: {
      input: { main: 'client/index.html', report: 'client/report.html' },
      output: { chunkFileNames },
    },
  },
  optimizeDeps: { exclude: ['maplibre-gl'] },
  server: {
    port: 5173,
    proxy: { '/api': `http://localhost:${process.env.LANTIAN_API_PORT ?? '8080'}` },
  },
});
