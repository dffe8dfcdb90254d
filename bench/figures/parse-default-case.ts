import { defaultCaseInput } from '../../src/case/default-case/default-case.ts';
import { parseCase } from '../../src/case/parse-case.ts';
import type { Figure } from '../harness.ts';

/** Migrate and validate the default case, as every load does. */
export const parseDefaultCase: Figure = {
  name: 'parseCase(default case): migrate + validate',
  prepare() {
    const raw: unknown = JSON.parse(JSON.stringify(defaultCaseInput));
    return () => parseCase(raw);
  },
};
