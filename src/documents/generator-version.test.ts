import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_GENERATOR_VERSION, DOCX_VERSION, TYPST_TS_VERSION } from './generator-version.ts';

const installed = (name: string): unknown =>
  (
    JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as {
      version: unknown;
    }
  ).version;

describe('DOCUMENT_GENERATOR_VERSION', () => {
  it('names the versions installed in node_modules', () => {
    expect(DOCX_VERSION).toBe(installed('docx'));
    expect(TYPST_TS_VERSION).toBe(installed('@myriaddreamin/typst-ts-node-compiler'));
  });

  it('names Flokk’s version from package.json', () => {
    const flokk = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(DOCUMENT_GENERATOR_VERSION).toMatch(new RegExp(`^Flokk ${flokk.version.replaceAll('.', '\\.')} `));
  });
});
