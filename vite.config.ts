import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** Text formats worth compressing; images and fonts (woff2 is brotli already) are left as they are. */
const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|map|svg|txt|xml|webmanifest|wasm|ico)$/;

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip -9) beside every compressible file of the
 * build, once, so the server (src/server/static-files.ts) sends them without compressing per request. A copy
 * that would not be smaller is not written.
 */
function precompress(): Plugin {
  const brotli = promisify(brotliCompress);
  const gz = promisify(gzip);
  let outDir = '';
  return {
    name: 'flokk-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
        .map((entry) => join(entry.parentPath, entry.name));
      await Promise.all(
        files.map(async (file) => {
          const plain = await readFile(file);
          const [br, gzipped] = await Promise.all([
            brotli(plain, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
              },
            }),
            gz(plain, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          if (br.length < plain.length) await writeFile(`${file}.br`, br);
          if (gzipped.length < plain.length) await writeFile(`${file}.gz`, gzipped);
        }),
      );
    },
  };
}

/** The web app: built into `dist/web`, which the server serves; in development `/api` goes to the server. */
export default defineConfig({
  root: 'src/web',
  plugins: [react(), precompress()],
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
            // Bokmål and the i18n code; nynorsk and English are chunks of their own, fetched when chosen.
            { name: 'i18n', test: /src[\\/]web[\\/]i18n[\\/](?!messages-(?:nn|en)[.-])/ },
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
