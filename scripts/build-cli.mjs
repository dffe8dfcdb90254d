#!/usr/bin/env node
// Builds the `flokk` command (and the server `flokk serve` starts) once into plain JavaScript in dist/cli, so
// `bin/flokk.mjs` starts without compiling TypeScript. Runs from `prepare` (so `npm ci` builds it) and from
// `npm run build`.
//
// To add an entry point, add one line to ENTRIES: `in` is the TypeScript source, `out` the file name in
// dist/cli without `.mjs`. A `new URL('./x.ts', import.meta.url)` that names another entry's source (a
// worker, say) is pointed at that entry's built file.
//
// Every package in `dependencies` stays external and is loaded from node_modules as it is, so packages that
// find their own files (highs.wasm, PGlite's data and WASM) keep working. Code shared by the entries and code
// loaded with `await import()` (the server, for `flokk serve`) goes into chunks beside them, loaded only when
// needed.
//
// `import.meta.url` means the bundle, not the source file, so `new URL('<literal>', import.meta.url)` in the
// sources is rewritten to the same target relative to dist/cli (the SQL migrations stay in src/storage, the
// web app in dist/web). Any other use of `import.meta.url` or `import.meta.dirname`/`filename` fails the
// build rather than resolve against the wrong folder at run time.
//
// dist/cli/inputs.json lists the sources of the build; `bin/flokk.mjs` runs the build only while none of
// them is newer than it, and otherwise falls back to running the sources through tsx.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { build } from 'esbuild';

/** The entry points: `src/…ts` → `dist/cli/<out>.mjs`. */
export const ENTRIES = [
  { in: 'src/cli/main.ts', out: 'flokk' },
  { in: 'src/server/compute/compute-worker.ts', out: 'compute-worker' },
];

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT_DIR = resolve(ROOT, 'dist/cli');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));

const toPosix = (path) => path.split(sep).join('/');

/** `new URL('<rel>', import.meta.url)` in `file`, re-aimed from dist/cli at the same target. */
function rewriteUrl(file, rel) {
  const target = resolve(dirname(file), rel);
  const entry = ENTRIES.find((e) => resolve(ROOT, e.in) === target);
  if (entry) return `./${entry.out}.mjs`;
  let fromOut = toPosix(relative(OUT_DIR, target));
  if (!fromOut.startsWith('.')) fromOut = `./${fromOut}`;
  if (rel.endsWith('/') && !fromOut.endsWith('/')) fromOut += '/';
  return fromOut;
}

const NEW_URL = /new\s+URL\(\s*(['"])([^'"`$]+)\1\s*,\s*import\.meta\.url\s*\)/g;

/** @type {import('esbuild').Plugin} */
const sourceRelativeUrls = {
  name: 'source-relative-urls',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?tsx?$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      const contents = source.replace(
        NEW_URL,
        (_, quote, rel) => `new URL(${JSON.stringify(rewriteUrl(args.path, rel))}, import.meta.url)`,
      );
      const left = contents.replace(/new URL\("[^"]*", import\.meta\.url\)/g, '');
      const errors = /import\.meta\.(url|dirname|filename)/.test(left)
        ? [
            {
              text: `import.meta is only supported as new URL('<literal path>', import.meta.url) in code built by scripts/build-cli.mjs`,
            },
          ]
        : [];
      return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts', errors };
    });
  },
};

const startedAt = Date.now();
rmSync(OUT_DIR, { recursive: true, force: true });
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: ENTRIES,
  outdir: OUT_DIR,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  // Chunks beside the entries, so a rewritten relative URL is right from any of them.
  chunkNames: '[name]-[hash]',
  external: Object.keys(pkg.dependencies ?? {}),
  plugins: [sourceRelativeUrls],
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs)
  .filter((path) => !path.includes('node_modules/'))
  .sort();
writeFileSync(
  resolve(OUT_DIR, 'inputs.json'),
  `${JSON.stringify({ builtAt: startedAt, inputs }, null, 2)}\n`,
);
process.stdout.write(
  `dist/cli: ${ENTRIES.map((e) => `${e.out}.mjs`).join(', ')} from ${inputs.length} sources\n`,
);
