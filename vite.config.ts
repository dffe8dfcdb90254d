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
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React package re-exports every component from one index without declaring itself
        // free of side effects, which would ship all of them. Its components are pure; the custom elements
        // they need come from @digdir/designsystemet-web, which keeps its side effects.
        moduleSideEffects: [{ test: /@digdir[\\/]designsystemet-react[\\/]/, sideEffects: false }],
      },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/ },
            {
              name: 'designsystemet',
              test: /node_modules[\\/](@digdir|@floating-ui|@radix-ui|@u-elements|clsx)[\\/]/,
            },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            { name: 'i18n', test: /src[\\/]web[\\/]i18n[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
