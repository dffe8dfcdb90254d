#!/usr/bin/env node
// Runs the TypeScript sources directly: tsx compiles them on load, so the CLI needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main();
