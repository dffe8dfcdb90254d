// Entry of a compute worker when Flokk runs from its TypeScript sources (tests, `npm run dev`): workers do
// not inherit the parent's loader, so this one registers tsx itself. The built CLI bundles
// `compute-worker.ts` into `dist/cli/compute-worker.mjs`, beside the bundle that starts it.
import { register } from 'tsx/esm/api';

register();
await import('./compute-worker.ts');
