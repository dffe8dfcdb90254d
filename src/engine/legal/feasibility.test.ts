import { describe, expect, it } from 'vitest';
import { feasibility, feasibilityMatrix, lawfulModels, serviceFeasibility } from './feasibility.ts';
import type { LegalModelDescriptor } from './legal-model.ts';
import { formatReference } from './legal-reference.ts';
import { legalModelById, legalModels } from './registry.ts';
import { SERVICE_CODES, type ServiceCode } from './service-code.ts';

function model(id: string): LegalModelDescriptor {
  const found = legalModelById(id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
}

const citations = (id: string, service: ServiceCode) =>
  serviceFeasibility(model(id), service).reasons.flatMap((r) => r.references.map(formatReference));

const HOST_MODELS = ['vertskommune-administrativ', 'vertskommune-nemnd'];
const SERVICE_PRODUCING = legalModels.filter((m) => m.serviceProduction.value === 'yes').map((m) => m.id);

// The services of the default case (src/case/default-case/service-areas.ts).
const DEFAULT_CASE_SERVICES: ServiceCode[] = [
  'payroll',
  'accounting',
  'invoicing',
  'switchboard',
  'archive',
  'mailReception',
  'landUsePlanning',
  'buildingPermits',
  'surveying',
  'geodata',
  'agriculture',
  'civilProtection',
  'climateEnvironment',
  'humanResources',
  'communication',
];

describe('feasibility matrix: acceptance lines of issue 6', () => {
  const matrix = feasibilityMatrix(legalModels, DEFAULT_CASE_SERVICES);
  const cell = (id: string, service: ServiceCode) => {
    const row = matrix.find((r) => r.modelId === id);
    const found = row?.services.find((c) => c.service === service);
    if (!found) throw new Error(`no cell ${id} × ${service}`);
    return found;
  };

  it.each(['buildingPermits', 'surveying', 'agriculture'] as const)(
    '%s is not lawful in a kommunalt oppgavefellesskap or a political council',
    (service) => {
      expect(cell('kommunalt-oppgavefellesskap', service).verdict).toBe('notLawful');
      expect(cell('interkommunalt-politisk-rad', service).verdict).toBe('notLawful');
      expect(citations('kommunalt-oppgavefellesskap', service)).toContain('kommuneloven § 19-1 annet ledd');
      expect(citations('interkommunalt-politisk-rad', service)).toContain('kommuneloven § 18-1 annet ledd');
    },
  );

  it.each(['buildingPermits', 'surveying', 'agriculture'] as const)(
    '%s is lawful in a host-municipality model',
    (service) => {
      for (const id of HOST_MODELS) {
        expect(cell(id, service).verdict).toBe('lawful');
        expect(citations(id, service)).toContain('kommuneloven § 20-1');
      }
    },
  );

  it('bases cadastral surveying in a host model also on matrikkellova § 5a second paragraph', () => {
    expect(citations('vertskommune-administrativ', 'surveying')).toContain('matrikkellova § 5a annet ledd');
  });

  it.each(['switchboard', 'mailReception', 'archive', 'payroll', 'accounting', 'invoicing'] as const)(
    '%s is lawful in all service-producing models',
    (service) => {
      expect(SERVICE_PRODUCING).toHaveLength(8);
      for (const id of SERVICE_PRODUCING) expect(cell(id, service).verdict, id).toBe('lawful');
    },
  );

  it('lets land-use planning be prepared jointly but keeps adoption with each council (pbl § 3-3, § 9-3): conditional', () => {
    for (const id of SERVICE_PRODUCING) {
      const planning = cell(id, 'landUsePlanning');
      expect(planning.verdict, id).toBe('conditional');
      const conditions = planning.reasons.filter((r) => r.effect === 'condition');
      expect(conditions.map((r) => r.code)).toEqual([
        'plan_adoption_by_council',
        'final_plan_by_each_council',
      ]);
      expect(conditions.flatMap((r) => r.references.map(formatReference))).toEqual([
        'plan- og bygningsloven § 3-3',
        'plan- og bygningsloven § 9-3 tredje ledd',
      ]);
    }
  });

  it('keeps each municipality’s own emergency plan (beredskapsforskriften § 5): conditional, flagged as read from the 2011 text', () => {
    const civil = cell('kommunalt-oppgavefellesskap', 'civilProtection');
    expect(civil.verdict).toBe('conditional');
    expect(civil.unconfirmed).toBe(true);
  });

  it('cites a statute paragraph in every cell of a formal model, and a source in every cell', () => {
    for (const row of matrix) {
      const formal = model(row.modelId).listedInSection17_1 || row.modelId === 'kjop-av-tjenester';
      for (const c of row.services) {
        const references = c.reasons.flatMap((r) => r.references);
        expect(references.length, `${row.modelId} × ${c.service}`).toBeGreaterThan(0);
        if (formal)
          expect(
            references.some((r) => r.provision !== null),
            `${row.modelId} × ${c.service}`,
          ).toBe(true);
      }
    }
  });

  it('rules out the political council for every service: it shall not produce services', () => {
    for (const c of matrix.find((r) => r.modelId === 'interkommunalt-politisk-rad')!.services) {
      expect(c.verdict).toBe('notLawful');
      expect(c.reasons[0]!.code).toBe('model_produces_no_services');
    }
  });

  it('bars a company for building permits only as far as no special-act opening is known (flagged UNCONFIRMED)', () => {
    const iks = cell('interkommunalt-selskap', 'buildingPermits');
    expect(iks.verdict).toBe('notLawful');
    expect(iks.unconfirmed).toBe(true);
    // For the cadastre the special act is known and names only a chapter 20 host or Kartverket: confirmed.
    expect(cell('interkommunalt-selskap', 'surveying').unconfirmed).toBe(false);
  });
});

describe('feasibility of a package', () => {
  it('uses a model only if it is lawful for all services', () => {
    const ko = feasibility(model('kommunalt-oppgavefellesskap'), [
      'payroll',
      'accounting',
      'buildingPermits',
    ]);
    expect(ko.services.map((c) => c.verdict)).toEqual(['lawful', 'lawful', 'notLawful']);
    expect(ko.verdict).toBe('notLawful');
    expect(ko.packageRule.references[0]!.sources).toEqual(['S34c']);
  });

  it('is conditional if any service is conditional', () => {
    expect(feasibility(model('vertskommune-administrativ'), ['payroll', 'landUsePlanning']).verdict).toBe(
      'conditional',
    );
    expect(feasibility(model('vertskommune-administrativ'), ['payroll', 'buildingPermits']).verdict).toBe(
      'lawful',
    );
  });

  it('lists the candidate models for cadastral surveying', () => {
    expect(lawfulModels(legalModels, ['surveying']).map((m) => m.id)).toEqual([
      'vertskommune-administrativ',
      'vertskommune-nemnd',
      'kjop-av-tjenester',
      'fagnettverk',
    ]);
  });

  it('refuses an empty package', () => {
    expect(() => feasibility(model('vertskommune-administrativ'), [])).toThrow(RangeError);
  });

  it('gives every model a verdict for every service code', () => {
    const matrix = feasibilityMatrix(legalModels, SERVICE_CODES);
    expect(matrix).toHaveLength(legalModels.length);
    for (const row of matrix) expect(row.services).toHaveLength(SERVICE_CODES.length);
  });
});
