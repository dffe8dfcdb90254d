import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_REVISION, ENGINE_VERSION, PACKAGE_VERSION } from './engine-version.ts';

describe('ENGINE_VERSION', () => {
  it('is the package version plus the engine revision', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(PACKAGE_VERSION).toBe(pkg.version);
    expect(ENGINE_VERSION).toBe(`${pkg.version}+engine.${ENGINE_REVISION}`);
  });
});
