import { describe, expect, it } from 'vitest';
import { defaultCaseInput } from '../default-case/default-case.ts';
import { fieldLabel } from '../field-label.ts';
import { parseCase } from '../parse-case.ts';

const unit = {
  id: 'adm',
  name: { nb: 'Felles enhet' },
  members: [{ municipality: '5027' }, { municipality: '5028' }, { municipality: '5029' }],
};
const component = {
  id: 'drift',
  name: 'Drift',
  kind: 'mandatory',
  amount: 900,
  provenance: { placeholder: {} },
  key: { keyId: 'equal' },
  participants: ['5027', '5028', '5029'],
};

function parseWith(operations: Record<string, unknown>) {
  const input = structuredClone(defaultCaseInput) as Record<string, unknown>;
  input['operations'] = operations;
  return parseCase(input);
}

const issues = (result: ReturnType<typeof parseCase>) =>
  result.success ? [] : result.issues.map((i) => `${i.path} ${i.message}`);

describe('the operations part of the case document', () => {
  it('is empty when a document has none, so stored version-2 documents parse unchanged', () => {
    const input = structuredClone(defaultCaseInput) as Record<string, unknown>;
    delete input['operations'];
    const result = parseCase(input);
    expect(result.success && result.data.operations).toEqual({
      units: [],
      budgets: [],
      settlements: [],
      benefitPlans: [],
    });
  });

  it('accepts a unit with a budget whose components go to its members', () => {
    const result = parseWith({
      units: [unit],
      budgets: [{ unitId: 'adm', year: 2027, components: [component] }],
    });
    expect(issues(result)).toEqual([]);
    // Defaults: the three usual dimensions, no rules, no a-konto periods yet.
    expect(result.success && result.data.operations.units[0]?.dimensions).toEqual([
      'account',
      'responsibility',
      'function',
    ]);
  });

  it('names every unknown unit, component, municipality and area by its path', () => {
    const result = parseWith({
      units: [{ ...unit, areaIds: ['finnes-ikke'], members: [...unit.members, { municipality: '9999' }] }],
      budgets: [
        {
          unitId: 'adm',
          year: 2027,
          components: [{ ...component, participants: ['5027', '5028', '5029'], areaId: 'ukjent' }],
          ledgerRules: [{ component: 'ukjent', account: '10*' }],
        },
        { unitId: 'ingen', year: 2027, components: [component] },
      ],
      settlements: [
        {
          unitId: 'adm',
          year: 2028,
          ledger: { fingerprint: 'a'.repeat(64), lines: 1 },
          actualPerComponent: [],
          unmapped: { lines: 0, amount: 0 },
          recordedOn: '2029-02-01',
        },
      ],
    });
    expect(issues(result)).toEqual(
      expect.arrayContaining([
        'operations.units[0].areaIds[0] Viser til noe som ikke finnes i saken',
        'operations.units[0].members[3].municipality Viser til noe som ikke finnes i saken',
        'operations.budgets[0].components[0].areaId Viser til noe som ikke finnes i saken',
        'operations.budgets[0].ledgerRules[0].component Viser til noe som ikke finnes i saken',
        'operations.budgets[1].unitId Viser til noe som ikke finnes i saken',
        'operations.settlements[0].year Viser til noe som ikke finnes i saken',
      ]),
    );
  });

  it('refuses a shared cost for a non-member, a direct cost for two, and a key or margin missing', () => {
    const result = parseWith({
      units: [{ ...unit, members: unit.members.slice(0, 2) }],
      budgets: [
        {
          unitId: 'adm',
          year: 2027,
          components: [
            component,
            { ...component, id: 'direkte', kind: 'direct', key: undefined, participants: ['5027', '5028'] },
            { ...component, id: 'salg', kind: 'serviceSale' },
            { ...component, id: 'uten-nokkel', key: undefined },
          ],
        },
      ],
    });
    const at = 'operations.budgets[0].components';
    expect(issues(result)).toEqual(
      expect.arrayContaining([
        `${at}[0].participants[2] Kommunen er ikke medlem av enheten`,
        `${at}[1].participants En direkte kostnad tilhører én kommune; velg bare én`,
        `${at}[2].margin Et tjenestesalg trenger et påslag (0 % eller mer)`,
        `${at}[3].key Velg en fordelingsnøkkel for denne delen av budsjettet`,
      ]),
    );
  });

  it('refuses two budgets for one unit and year, and amounts beyond 100 mrd. kr', () => {
    const budget = { unitId: 'adm', year: 2027, components: [component] };
    const result = parseWith({
      units: [unit],
      budgets: [budget, { ...budget, components: [{ ...component, amount: 100_000_000_001 }] }],
    });
    expect(issues(result)).toEqual(
      expect.arrayContaining([
        'operations.budgets[1].year Enheten har allerede et budsjett for dette året',
        expect.stringMatching(/^operations\.budgets\[1\]\.components\[0\]\.amount /),
      ]),
    );
  });

  it('labels the new fields as the forms will', () => {
    const document = { operations: { budgets: [{ components: [{ name: 'Drift' }] }] } };
    expect(fieldLabel('operations.budgets[0].components[0].key', document, 'nb')).toBe(
      'Drift av samarbeidet: budsjett nr. 1, drift, fordelingsnøkkel',
    );
    expect(fieldLabel('operations.budgets[0].components[0].margin', document, 'nn')).toBe(
      'Drift av samarbeidet: budsjett nr. 1, drift, påslag',
    );
    expect(fieldLabel('operations.units[0].hostMunicipality', {}, 'en')).toBe(
      'Running the cooperation: joint unit no. 1, host municipality',
    );
  });
});
