// Vite build of the staff app. The server serves dist/admin at /admin/ (src/platform/http/admin-static.ts)
// and `npm start` rebuilds it when src/admin changes (src/admin-build.ts), so paths here must match both.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: '/admin/',
  plugins: [react()],
  server: {
    // `npx vite --config src/admin/vite.config.ts` against a backend on the default port.
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: path.resolve(root, '../../dist/admin'),
    emptyOutDir: true,
    // React is kept in its own long-cached chunk. antd and pro-components are left to the automatic
    // splitter: a manual group would pull in its whole dependency tree (rolldown's default), putting
    // pro-components on the login page; left alone, it is loaded only with the list screens.
    // pro-components (ProTable and what it pulls in) is one ~950 kB chunk; it is cached after first use.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
