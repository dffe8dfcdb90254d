import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The web app: built into `dist/web`, which the server serves; in development `/api` goes to the server. */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Budget for any one chunk; pages are split with React.lazy so the first load stays small.
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
