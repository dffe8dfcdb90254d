/**
 * Test support (not used by the app): the default case with figures that can be worked out by hand.
 * @module
 */
import { defaultCase } from '../default-case/default-case.ts';
import { parseCase } from '../parse-case.ts';
import type { CaseDocument, CaseDocumentInput } from '../schema/case-document.ts';

export const SCENARIO = 'administrative-tjenester';

/**
 * The default case with payroll, accounting and invoicing at a fixed 20 % saving and a new management cost
 * of 300 000 kr a year from 2027, so every coalition cost can be worked out by hand; `typed` adds a cost
 * table of the study's own.
 */
export function handCase(typed: CaseDocumentInput['costGames'] = []): CaseDocument {
  const input = structuredClone(defaultCase()) as unknown as CaseDocumentInput;
  const area = input.scenarios?.[0]?.areas[0];
  if (!area) throw new Error('default scenario changed');
  area.savingsShare = { ...area.savingsShare, distribution: { kind: 'fixed', value: 0.2 } };
  // Every group saves the same 20 % and the running cost is shared by population, so the hand
  // calculations stay short; the default's placeholder scale curve and key are tested on their own.
  delete area.scale;
  area.costKey = { keyId: 'population' };
  area.oneOffKey = { keyId: 'population' };
  area.recurringCosts = [
    {
      id: 'leder',
      kind: 'management',
      startYear: 2027,
      amount: {
        distribution: { kind: 'fixed', value: 300_000 },
        provenance: { placeholder: { toBeSetBy: 'Test' } },
      },
    },
  ];
  input.costGames = typed;
  const parsed = parseCase(input);
  if (!parsed.success) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return parsed.data;
}

/**
 * The default case with the placeholder scale curve removed and the running cost shared by population in
 * every area: every group then saves the same share s, which gives the closed forms the tests write out.
 */
export function uniformCase(): CaseDocument {
  const input = structuredClone(defaultCase()) as unknown as CaseDocumentInput;
  for (const scenario of input.scenarios ?? []) {
    for (const area of scenario.areas) {
      delete area.scale;
      area.costKey = { keyId: 'population' };
      area.oneOffKey = { keyId: 'population' };
    }
  }
  const parsed = parseCase(input);
  if (!parsed.success) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return parsed.data;
}
