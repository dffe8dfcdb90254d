#!/usr/bin/env node
// The `flokk` command. Runs the CLI built into plain JavaScript by scripts/build-cli.mjs (`npm ci` and
// `npm run build` build it) while none of its sources has changed since; otherwise, as in a checkout
// where it has not been built or a source has been edited since, it runs the TypeScript through tsx.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

const ROOT = new URL('../', import.meta.url);
const BUILT = new URL('dist/cli/flokk.mjs', ROOT);

/** True when dist/cli holds a build and none of the sources it lists is newer than the build. */
function builtIsCurrent() {
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(new URL('dist/cli/inputs.json', ROOT), 'utf8'));
    statSync(BUILT);
    return inputs.every((path) => statSync(fileURLToPath(new URL(path, ROOT))).mtimeMs <= builtAt);
  } catch {
    // Not built, or a source was removed: run the sources.
    return false;
  }
}

let main;
if (builtIsCurrent()) {
  ({ main } = await import(BUILT.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
await main();
